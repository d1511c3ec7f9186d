using System.Collections.Frozen;
using System.Text;

namespace Publisher.Corpus;

/// <summary>A city and the country it is in.</summary>
internal sealed record City(string Name, string Country);

/// <summary>
/// The word lists in <c>Data/*.txt</c>, embedded in the assembly: one entry a line, blank lines and lines starting
/// with '#' skipped. Loaded once, on first use.
/// </summary>
internal static class WordLists
{
    public static IReadOnlyList<string> FirstNames { get; } = Load("first-names");
    public static IReadOnlyList<string> Surnames { get; } = Load("surnames");
    public static IReadOnlyList<string> Titles { get; } = Load("titles");
    public static IReadOnlyList<string> OrganizationPrefixes { get; } = Load("org-prefixes");
    public static IReadOnlyList<string> OrganizationKinds { get; } = Load("org-kinds");
    public static IReadOnlyList<string> Institutions { get; } = Load("institutions");
    public static IReadOnlyList<string> Agencies { get; } = Load("agencies");
    public static IReadOnlyList<string> Countries { get; } = Load("countries");
    public static IReadOnlyList<City> Cities { get; } = LoadCities();
    public static IReadOnlyList<string> Nouns { get; } = Load("nouns");
    public static IReadOnlyList<string> Adjectives { get; } = Load("adjectives");
    public static IReadOnlyList<string> Gerunds { get; } = Load("gerunds");
    public static IReadOnlyList<string> SpeechVerbs { get; } = Load("speech-verbs");
    public static IReadOnlyList<string> Furniture { get; } = Load("furniture");
    public static IReadOnlyList<string> HeadlineVerbs { get; } = Load("headline-verbs");
    public static IReadOnlyList<string> HeadlineTails { get; } = Load("headline-tails");
    public static IReadOnlyList<string> QuoteOpeners { get; } = Load("quote-openers");
    public static IReadOnlyList<string> QuoteActions { get; } = Load("quote-actions");
    public static IReadOnlyList<string> QuoteClosers { get; } = Load("quote-closers");

    /// <summary>Furniture lines, for recognising them again when a Hugo page is written from an article's text.</summary>
    public static FrozenSet<string> FurnitureSet { get; } = Furniture.ToFrozenSet(StringComparer.Ordinal);

    internal static IReadOnlyList<string> Load(string name)
    {
        string resource = $"Publisher.Corpus.Data.{name}.txt";
        using Stream stream = typeof(WordLists).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded word list '{resource}' is missing.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            string entry = line.Trim();
            if (entry.Length > 0 && entry[0] != '#')
            {
                entries.Add(entry);
            }
        }

        if (entries.Count == 0)
        {
            throw new InvalidOperationException($"Embedded word list '{resource}' is empty.");
        }

        return entries.AsReadOnly();
    }

    private static IReadOnlyList<City> LoadCities()
    {
        var cities = new List<City>();
        foreach (string entry in Load("cities"))
        {
            int bar = entry.IndexOf('|', StringComparison.Ordinal);
            if (bar <= 0 || bar == entry.Length - 1)
            {
                throw new InvalidOperationException($"Bad city entry '{entry}': expected 'City|Country'.");
            }

            cities.Add(new City(entry[..bar].Trim(), entry[(bar + 1)..].Trim()));
        }

        return cities.AsReadOnly();
    }
}
