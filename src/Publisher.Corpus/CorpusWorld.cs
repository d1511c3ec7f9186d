namespace Publisher.Corpus;

/// <summary>A generated person: full name, the surname used in attributions, and a fixed role title.</summary>
internal sealed record Person(string Name, string Surname, string Title);

/// <summary>
/// A named organization or place: its name (the entity), and how running text names it ("the Arab League",
/// "UNHCR", "the Philippines"). In the word lists a leading "the " marks names that take the article.
/// </summary>
internal sealed record Named(string Name, string InProse)
{
    public static Named Parse(string entry) =>
        entry.StartsWith("the ", StringComparison.Ordinal)
            ? new Named(entry[4..], entry)
            : new Named(entry, entry);

    public static Named WithArticle(string name) => new(name, "the " + name);
}

/// <summary>
/// The entities a corpus draws from, each ranked for Zipf draws: people (random names, random order), organizations
/// (real institutions first, so they are the most mentioned, then generated names), places (countries and cities,
/// shuffled) and cities. Made from the seed alone, before any article.
/// </summary>
internal sealed class CorpusWorld
{
    private CorpusWorld(IReadOnlyList<Person> people, IReadOnlyList<Named> organizations, IReadOnlyList<Named> places, IReadOnlyList<City> cities)
    {
        People = new ZipfTable<Person>(people);
        Organizations = new ZipfTable<Named>(organizations);
        Places = new ZipfTable<Named>(places);
        Cities = new ZipfTable<City>(cities);
    }

    public ZipfTable<Person> People { get; }

    public ZipfTable<Named> Organizations { get; }

    public ZipfTable<Named> Places { get; }

    public ZipfTable<City> Cities { get; }

    /// <summary>Most distinct people a world can hold: half of each name space, so drawing unique names stays quick.</summary>
    public static int MaxPeople
    {
        get
        {
            long plain = (long)WordLists.FirstNames.Count * WordLists.Surnames.Count;
            return (int)Math.Min(int.MaxValue, (plain / 2) + (plain * 26 / 2));
        }
    }

    /// <summary>Most distinct organizations a world can hold.</summary>
    public static int MaxOrganizations
    {
        get
        {
            long pairs = (long)WordLists.OrganizationPrefixes.Count * WordLists.OrganizationKinds.Count;
            return (int)Math.Min(int.MaxValue, WordLists.Institutions.Count + (pairs / 2) + (pairs * WordLists.Countries.Count / 2));
        }
    }

    public static CorpusWorld Create(ulong seed, int people, int organizations)
    {
        var random = CorpusRandom.For(seed, CorpusStreams.World, 0);
        var persons = MakePeople(random, Math.Min(people, MaxPeople));
        var orgs = MakeOrganizations(random, Math.Min(organizations, MaxOrganizations));

        var places = new List<Named>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Named place in WordLists.Countries.Select(Named.Parse).Concat(WordLists.Cities.Select(c => new Named(c.Name, c.Name))))
        {
            if (seen.Add(place.Name))
            {
                places.Add(place);
            }
        }

        random.Shuffle(places);
        var cities = WordLists.Cities.ToList();
        random.Shuffle(cities);
        return new CorpusWorld(persons, orgs, places, cities);
    }

    private static List<Person> MakePeople(CorpusRandom random, int count)
    {
        var first = WordLists.FirstNames;
        var last = WordLists.Surnames;
        var titles = WordLists.Titles;
        var people = new List<Person>(count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        long plain = (long)first.Count * last.Count;

        // Plain "First Last" names up to half their space; beyond that, names with a middle initial.
        while (people.Count < count)
        {
            string given = random.Pick(first);
            string surname = random.Pick(last);
            string name = people.Count < plain / 2
                ? $"{given} {surname}"
                : $"{given} {(char)('A' + (int)random.NextBelow(26))}. {surname}";
            if (names.Add(name))
            {
                people.Add(new Person(name, surname, random.Pick(titles)));
            }
        }

        return people;
    }

    private static List<Named> MakeOrganizations(CorpusRandom random, int count)
    {
        var prefixes = WordLists.OrganizationPrefixes;
        var kinds = WordLists.OrganizationKinds;
        var orgs = new List<Named>(count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (string entry in WordLists.Institutions)
        {
            if (orgs.Count == count)
            {
                return orgs;
            }

            var institution = Named.Parse(entry);
            if (names.Add(institution.Name))
            {
                orgs.Add(institution);
            }
        }

        // "Prefix Kind" up to half that space, then "Prefix Kind of Country".
        int pairsHalf = orgs.Count + (prefixes.Count * kinds.Count / 2);
        while (orgs.Count < count)
        {
            string name = orgs.Count < pairsHalf
                ? $"{random.Pick(prefixes)} {random.Pick(kinds)}"
                : $"{random.Pick(prefixes)} {random.Pick(kinds)} of {Named.Parse(random.Pick(WordLists.Countries)).InProse}";
            if (names.Add(name))
            {
                orgs.Add(Named.WithArticle(name));
            }
        }

        return orgs;
    }
}

/// <summary>Independent random streams: changing how one is used never shifts another.</summary>
internal static class CorpusStreams
{
    public const ulong World = 1;
    public const ulong ArticleText = 2;
    public const ulong FrontMatter = 3;
}
