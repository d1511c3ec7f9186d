namespace Publisher.Corpus;

/// <summary>What to generate.</summary>
/// <param name="Articles">Number of articles (0 or more).</param>
/// <param name="Seed">Seed of the generator: the same options always give the same bytes.</param>
/// <param name="People">Distinct people in the world; default <c>max(50, Articles / 4)</c>.</param>
/// <param name="Organizations">Distinct organizations in the world; default <c>max(30, Articles / 20)</c>.</param>
/// <param name="NoFrontMatterShare">Share (0 to 1) of articles written without a front matter block.</param>
public sealed record CorpusOptions(
    int Articles,
    ulong Seed = 723,
    int? People = null,
    int? Organizations = null,
    double NoFrontMatterShare = 0.0)
{
    /// <summary>The number of people asked for, or the default for <see cref="Articles"/>.</summary>
    public int EffectivePeople => People ?? Math.Max(50, Articles / 4);

    /// <summary>The number of organizations asked for, or the default for <see cref="Articles"/>.</summary>
    public int EffectiveOrganizations => Organizations ?? Math.Max(30, Articles / 20);

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Articles);
        if (People is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(People), People, "At least one person is needed.");
        }

        if (Organizations is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Organizations), Organizations, "At least one organization is needed.");
        }

        if (!(NoFrontMatterShare is >= 0.0 and <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(NoFrontMatterShare), NoFrontMatterShare, "The share must be between 0 and 1.");
        }
    }
}
