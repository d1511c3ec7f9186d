namespace Publisher.Corpus;

/// <summary>Generates a deterministic synthetic news corpus.</summary>
public static class CorpusGenerator
{
    /// <summary>
    /// The articles of the corpus described by <paramref name="options"/>, one at a time (lazy: nothing is kept
    /// between articles except the entity lists). The same options give the same articles, byte for byte, on any
    /// machine and .NET version. Options are checked at once, not on first enumeration.
    /// </summary>
    public static IEnumerable<CorpusArticle> Generate(CorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return Iterate(options);
    }

    /// <summary>How many people, organizations and places the corpus of <paramref name="options"/> draws from (requests above the name space are capped).</summary>
    public static (int People, int Organizations, int Places) WorldSize(CorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var world = CorpusWorld.Create(options.Seed, options.EffectivePeople, options.EffectiveOrganizations);
        return (world.People.Count, world.Organizations.Count, world.Places.Count);
    }

    private static IEnumerable<CorpusArticle> Iterate(CorpusOptions options)
    {
        if (options.Articles == 0)
        {
            yield break;
        }

        var world = CorpusWorld.Create(options.Seed, options.EffectivePeople, options.EffectiveOrganizations);
        var composer = new ArticleComposer(world, options.Seed, options.NoFrontMatterShare);
        for (int i = 0; i < options.Articles; i++)
        {
            yield return composer.Compose(i);
        }
    }
}
