using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Publisher.Corpus;

/// <summary>
/// Writes one article at a time in the shape of a scraped news page. Each article draws from its own random
/// stream (seed, index), so article i is the same whatever was generated before it, and whether it has front matter
/// is drawn from yet another stream, so changing the share only adds or removes front matter blocks.
/// </summary>
internal sealed class ArticleComposer
{
    public static readonly DateOnly FirstDate = new(2000, 1, 1);
    public static readonly DateOnly LastDate = new(2025, 12, 31);

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    private readonly CorpusWorld _world;
    private readonly ulong _seed;
    private readonly double _noFrontMatterShare;
    private readonly HashSet<string> _people = new(StringComparer.Ordinal);
    private readonly HashSet<string> _organizations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _places = new(StringComparer.Ordinal);
    private readonly List<string> _paragraphs = new(24);
    private readonly StringBuilder _sentences = new(512);
    private readonly StringBuilder _text = new(8192);
    private CorpusRandom _random = null!;

    public ArticleComposer(CorpusWorld world, ulong seed, double noFrontMatterShare)
    {
        _world = world;
        _seed = seed;
        _noFrontMatterShare = noFrontMatterShare;
    }

    public CorpusArticle Compose(int index)
    {
        _random = CorpusRandom.For(_seed, CorpusStreams.ArticleText, (ulong)index);
        _people.Clear();
        _organizations.Clear();
        _places.Clear();
        _paragraphs.Clear();

        int span = LastDate.DayNumber - FirstDate.DayNumber;
        DateOnly date = FirstDate.AddDays((int)_random.NextBelow((ulong)span + 1));
        Person lead = Mention(_world.People.Draw(_random));
        Person second = lead;
        for (int tries = 0; tries < 4 && ReferenceEquals(second, lead); tries++)
        {
            second = _world.People.Draw(_random);
        }

        string title = Headline(index, lead);
        _paragraphs.Add(title);
        _paragraphs.Add(Standfirst(lead));

        if (_random.Chance(0.5))
        {
            City city = CityMention(withCountry: true);
            _paragraphs.Add($"Photo by: {_random.Pick(WordLists.Agencies)}");
            _paragraphs.Add(string.Create(CultureInfo.InvariantCulture,
                $"{UpperFirst(lead.Title)} {lead.Name} speaks to the press in {city.Name}, {city.Country}, on {MonthNames[date.Month - 1]} {date.Day}, {date.Year}."));
        }

        _paragraphs.Add($"{UpperFirst(lead.Title)} {lead.Name} said on {date.DayOfWeek} that {Clause()}.");

        int count = _random.NextInt(6, 16);
        for (int p = 0; p < count; p++)
        {
            double roll = _random.NextDouble();
            if (roll < 0.33)
            {
                _paragraphs.Add($"\u201c{Quote()},\u201d {lead.Surname} {_random.Pick(WordLists.SpeechVerbs)}.");
            }
            else if (roll < 0.48)
            {
                string quote = Quote();
                Mention(second);
                _paragraphs.Add($"\"{quote},\" {second.Title} {second.Name} {_random.Pick(WordLists.SpeechVerbs)} in {CityMention(withCountry: false).Name}.");
            }
            else if (roll < 0.53)
            {
                _paragraphs.Add(_random.Pick(WordLists.Furniture));
            }
            else
            {
                _sentences.Clear();
                int sentences = _random.NextInt(1, 4);
                for (int s = 0; s < sentences; s++)
                {
                    if (s > 0)
                    {
                        _sentences.Append(' ');
                    }

                    _sentences.Append(UpperFirst(Clause())).Append('.');
                }

                _paragraphs.Add(_sentences.ToString());
            }
        }

        _paragraphs.Add($"{_random.Pick(WordLists.Agencies)} and agencies");
        string publisher = _random.Pick(WordLists.Agencies);
        bool frontMatter = !CorpusRandom.For(_seed, CorpusStreams.FrontMatter, (ulong)index).Chance(_noFrontMatterShare);

        _text.Clear();
        if (frontMatter)
        {
            _text.Append("---\ndate: ")
                .Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Append("\npublisher: ").Append(publisher)
                .Append("\n---\n");
        }

        for (int p = 0; p < _paragraphs.Count; p++)
        {
            if (p > 0)
            {
                _text.Append("\n\n");
            }

            _text.Append(_paragraphs[p]);
        }

        _text.Append('\n');

        string fileName = string.Create(CultureInfo.InvariantCulture, $"{index:D6}-{Slug.Make(title)}.txt");
        return new CorpusArticle(fileName, _text.ToString(), title, date, publisher,
            Sorted(_people), Sorted(_organizations), Sorted(_places));
    }

    private string Headline(int index, Person lead)
    {
        string number = index.ToString(CultureInfo.InvariantCulture);
        return _random.NextBelow(3) switch
        {
            0 => $"{OrgName()} {Pick(WordLists.HeadlineVerbs)} {Pick(WordLists.Nouns)} in {PlaceName()} {Pick(WordLists.HeadlineTails)} ({number})",
            1 => $"{PlaceName()}: {UpperFirst(lead.Title)} {lead.Surname} {Pick(WordLists.HeadlineVerbs)} {Pick(WordLists.Adjectives)} {Pick(WordLists.Nouns)} ({number})",
            _ => $"{UpperFirst(Pick(WordLists.Adjectives))} {Pick(WordLists.Nouns)} in {PlaceName()} {Pick(WordLists.HeadlineTails)}, says {OrgName()} ({number})",
        };
    }

    /// <summary>The standfirst has no final period, as on the scraped pages.</summary>
    private string Standfirst(Person lead) => _random.NextBelow(2) == 0
        ? $"{UpperFirst(lead.Title)} {lead.Name} says the {Pick(WordLists.Adjectives)} {Pick(WordLists.Nouns)} in {Place()} risks {Pick(WordLists.Gerunds)} the {Pick(WordLists.Nouns)}"
        : $"{UpperFirst(Org())} and {Place()} remain far apart as talks on the {Pick(WordLists.Adjectives)} {Pick(WordLists.Nouns)} drag on";

    private string Clause()
    {
        switch (_random.NextBelow(6))
        {
            case 0:
                return $"the {Pick(WordLists.Adjectives)} {Pick(WordLists.Nouns)} in {Place()} risked {Pick(WordLists.Gerunds)} the {Pick(WordLists.Nouns)} backed by {Org()}";
            case 1:
                return $"officials at {Org()} were {Pick(WordLists.Gerunds)} the {Pick(WordLists.Adjectives)} {Pick(WordLists.Nouns)} in {Place()}";
            case 2:
                return $"{Org()} had spent weeks {Pick(WordLists.Gerunds)} the {Pick(WordLists.Nouns)} with {Place()}";
            case 3:
                return $"delegates meeting in {CityMention(withCountry: false).Name} ended up {Pick(WordLists.Gerunds)} the {Pick(WordLists.Adjectives)} {Pick(WordLists.Nouns)}";
            case 4:
                Person person = Mention(_world.People.Draw(_random));
                return $"{person.Title} {person.Name} was accused of {Pick(WordLists.Gerunds)} the {Pick(WordLists.Nouns)} in {Place()}";
            default:
                return $"the {Pick(WordLists.Nouns)} announced by {Org()} could end up {Pick(WordLists.Gerunds)} the {Pick(WordLists.Adjectives)} {Pick(WordLists.Nouns)} in {Place()}";
        }
    }

    private string Quote()
    {
        string opener = Pick(WordLists.QuoteOpeners);
        string addressee = _random.NextBelow(3) == 0 ? Org() : Place();
        return $"{opener} {addressee} to {Pick(WordLists.QuoteActions)} the {Pick(WordLists.Nouns)}, and {Pick(WordLists.QuoteClosers)}";
    }

    private string Pick(IReadOnlyList<string> words) => _random.Pick(words);

    private Person Mention(Person person)
    {
        _people.Add(person.Name);
        return person;
    }

    /// <summary>An organization as running text names it ("the Arab League").</summary>
    private string Org() => DrawOrganization().InProse;

    /// <summary>An organization's bare name, for headlines ("Arab League condemns ...").</summary>
    private string OrgName() => DrawOrganization().Name;

    private Named DrawOrganization()
    {
        Named org = _world.Organizations.Draw(_random);
        _organizations.Add(org.Name);
        return org;
    }

    /// <summary>A place as running text names it ("the Philippines", "Mali").</summary>
    private string Place() => DrawPlace().InProse;

    /// <summary>A place's bare name, for headlines.</summary>
    private string PlaceName() => DrawPlace().Name;

    private Named DrawPlace()
    {
        Named place = _world.Places.Draw(_random);
        _places.Add(place.Name);
        return place;
    }

    private City CityMention(bool withCountry)
    {
        City city = _world.Cities.Draw(_random);
        _places.Add(city.Name);
        if (withCountry)
        {
            _places.Add(city.Country);
        }

        return city;
    }

    private static ImmutableArray<string> Sorted(HashSet<string> set)
    {
        var array = set.ToArray();
        Array.Sort(array, StringComparer.Ordinal);
        return ImmutableArray.Create(array);
    }

    /// <summary>Capitalises an ASCII first letter (titles are stored as written mid-sentence).</summary>
    internal static string UpperFirst(string text) =>
        text.Length > 0 && text[0] is >= 'a' and <= 'z'
            ? string.Concat(((char)(text[0] - ('a' - 'A'))).ToString(), text.AsSpan(1))
            : text;
}
