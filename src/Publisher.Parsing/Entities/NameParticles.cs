namespace Publisher.Parsing.Entities;

/// <summary>Small words that can stand inside a name ("Bank of England", "Ludwig van Beethoven", "Bashar al-Assad").</summary>
internal static class NameParticles
{
    private static readonly HashSet<string> Inner = new(StringComparer.Ordinal)
    {
        "of", "de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "des", "la", "le", "bin", "ibn", "al", "el", "y", "and",
    };

    private static readonly HashSet<string> ArticlePrefixes = new(StringComparer.Ordinal) { "al", "el", "ad", "an", "as", "ash", "at", "az", "ar", "bin", "abu" };

    /// <summary>A particle that may join two capitalised words into one name; "and" only inside organization names.</summary>
    public static bool IsInner(string word) => Inner.Contains(word);

    public static bool IsArticlePrefix(string prefix) => ArticlePrefixes.Contains(prefix);
}
