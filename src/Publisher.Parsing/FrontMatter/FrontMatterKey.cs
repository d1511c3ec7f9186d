namespace Publisher.Parsing.FrontMatter;

/// <summary>The front-matter keys the parser understands, with the spellings it accepts for each.</summary>
public enum FrontMatterField
{
    Title,
    Date,
    Publisher,
    Slug,
    Standfirst,
    Dateline,
    Language,
    Authors,
    Tags,
}

public static class FrontMatterKeys
{
    public static readonly IReadOnlyDictionary<string, FrontMatterField> ByName = new Dictionary<string, FrontMatterField>(StringComparer.Ordinal)
    {
        ["title"] = FrontMatterField.Title,
        ["date"] = FrontMatterField.Date,
        ["published"] = FrontMatterField.Date,
        ["publisher"] = FrontMatterField.Publisher,
        ["source"] = FrontMatterField.Publisher,
        ["slug"] = FrontMatterField.Slug,
        ["standfirst"] = FrontMatterField.Standfirst,
        ["summary"] = FrontMatterField.Standfirst,
        ["description"] = FrontMatterField.Standfirst,
        ["dateline"] = FrontMatterField.Dateline,
        ["language"] = FrontMatterField.Language,
        ["lang"] = FrontMatterField.Language,
        ["author"] = FrontMatterField.Authors,
        ["authors"] = FrontMatterField.Authors,
        ["tags"] = FrontMatterField.Tags,
    };

    public static string KnownList => string.Join(", ", ByName.Keys.OrderBy(k => k, StringComparer.Ordinal));

    /// <summary>The known key closest to a misspelt one ("dat" → "date"), or null when none is close.</summary>
    public static string? Suggest(string key)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var known in ByName.Keys)
        {
            var distance = EditDistance(key.ToLowerInvariant(), known);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = known;
            }
        }

        return bestDistance <= Math.Max(1, key.Length / 3) ? best : null;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
