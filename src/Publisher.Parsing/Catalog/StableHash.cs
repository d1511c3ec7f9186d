namespace Publisher.Parsing.Catalog;

/// <summary>FNV-1a over UTF-16 code units: the same value on every run and platform, unlike string.GetHashCode.</summary>
public static class StableHash
{
    public static ulong Of(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }

        return hash;
    }

    public static string Hex(string text) => Of(text).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
}
