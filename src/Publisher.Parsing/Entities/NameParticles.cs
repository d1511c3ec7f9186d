namespace Publisher.Parsing.Entities;

/// <summary>Small words that can stand inside a name ("Bank of England", "Ludwig van Beethoven", "Bashar al-Assad").</summary>
internal static class NameParticles
{
    /// <summary>A particle that may join two capitalised words into one name; "and" only inside organization names.</summary>
    public static bool IsInner(string word) => EntityKnowledge.Default.NameParticles.Contains(word);

    public static bool IsArticlePrefix(string prefix) => EntityKnowledge.Default.ArticlePrefixes.Contains(prefix);
}
