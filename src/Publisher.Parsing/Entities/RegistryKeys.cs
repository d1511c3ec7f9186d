namespace Publisher.Parsing.Entities;

/// <summary>The keys the entity registry understands at each level, with "did you mean" suggestions.</summary>
internal static class RegistryKeys
{
    public const string Entities = "entities";
    public const string Name = "name";
    public const string Kind = "kind";
    public const string Aliases = "aliases";
    public const string Description = "description";
    public const string Roles = "roles";
    public const string Id = "id";
    public const string Title = "title";
    public const string From = "from";
    public const string To = "to";

    public static readonly IReadOnlyList<string> TopLevel = [Entities];

    public static readonly IReadOnlyList<string> Entry = [Name, Kind, Aliases, Description, Roles, Id];

    public static readonly IReadOnlyList<string> Role = [Title, From, To];

    /// <summary>The known key closest to a misspelt one ("alias" → "aliases"), or null when none is close.</summary>
    public static string? Suggest(string key, IReadOnlyList<string> known)
    {
        var lowered = key.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            // A key that is a prefix or an extension of a known one ("alias", "desc") is a near miss whatever its length.
            var isNearMiss = lowered.Length >= 2
                && (candidate.StartsWith(lowered, StringComparison.Ordinal) || lowered.StartsWith(candidate, StringComparison.Ordinal));
            var distance = isNearMiss
                ? Math.Min(1, Math.Abs(candidate.Length - lowered.Length))
                : EditDistance(lowered, candidate);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return bestDistance <= Math.Max(1, key.Length / 3) ? best : null;
    }

    /// <summary>Edits between two keys, a swap of neighbours ("titel") counting as one.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
