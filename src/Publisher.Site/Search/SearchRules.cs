using System.Collections.Immutable;

namespace Publisher.Site.Search;

/// <summary>One suffix rule of the stemmer: a word ending in <see cref="Suffix"/> ends in <see cref="Replacement"/> instead.</summary>
public sealed record SuffixRule(string Suffix, string Replacement);

/// <summary>
/// The folding and stemming rules search uses, read from <c>Data/search-rules.txt</c>. The same rules go into the
/// search manifest, so the browser turns a query into terms the way the build turned articles into terms.
/// </summary>
public sealed record SearchRules(int MinStem, int MaxWord, ImmutableArray<ImmutableArray<SuffixRule>> Groups, ImmutableSortedSet<string> StopWords)
{
    private const string ResourceName = "Publisher.Site.Search.Data.search-rules.txt";

    public static SearchRules Default { get; } = Parse(ReadResource(), ResourceName);

    public static SearchRules Parse(string text, string source)
    {
        var min = 3;
        var max = 64;
        var groups = ImmutableArray.CreateBuilder<ImmutableArray<SuffixRule>>();
        var stop = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':');
            var key = colon > 0 ? line[..colon] : string.Empty;
            var values = colon > 0 ? line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            switch (key)
            {
                case "min" when values.Length == 1 && int.TryParse(values[0], out var parsed) && parsed > 0:
                    min = parsed;
                    break;
                case "max" when values.Length == 1 && int.TryParse(values[0], out var longest) && longest is >= 2 and <= 1024:
                    max = longest;
                    break;
                case "group":
                    groups.Add([.. values.Select(v => Rule(v, source, lineNumber))]);
                    break;
                case "stop":
                    stop.UnionWith(values);
                    break;
                default:
                    throw new FormatException($"{source}({lineNumber}): expected 'min: N', 'max: N', 'group: suffix=replacement …' or 'stop: word …', not '{line}'");
            }
        }

        return new SearchRules(min, max, groups.ToImmutable(), stop.ToImmutable());
    }

    private static SuffixRule Rule(string text, string source, int line)
    {
        var equals = text.IndexOf('=');
        if (equals <= 0)
        {
            throw new FormatException($"{source}({line}): '{text}' is not a rule suffix=replacement");
        }

        return new SuffixRule(text[..equals], text[(equals + 1)..]);
    }

    private static string ReadResource()
    {
        using var stream = typeof(SearchRules).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in {typeof(SearchRules).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
