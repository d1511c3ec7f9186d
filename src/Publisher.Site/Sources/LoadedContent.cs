using System.Collections.Immutable;
using Publisher.Parsing.Diagnostics;
using Publisher.Parsing.Model;

namespace Publisher.Site.Sources;

/// <summary>
/// The articles a build publishes and every problem found reading them. Articles whose file could not be parsed
/// at all are absent; their problems are in <see cref="Diagnostics"/>.
/// </summary>
public sealed record LoadedContent(ImmutableArray<Article> Articles, ImmutableArray<ContentDiagnostic> Diagnostics, int FilesRead)
{
    /// <summary>The registry the articles were parsed with: entity pages show its descriptions and roles.</summary>
    public Parsing.Entities.EntityRegistry Registry { get; init; } = Parsing.Entities.EntityRegistry.Empty;

    /// <summary>The parse cache the files were read through, holding this run's results to save for the next.</summary>
    public ParseCache? ParseCache { get; init; }

    /// <summary>
    /// The full record of one of <see cref="Articles"/>: the article itself, or, when the content was loaded as
    /// outlines (<see cref="ArticleOutline"/>), the outline with its body read back from the parse cache.
    /// </summary>
    public Func<Article, Article> Full { get; init; } = static article => article;

    /// <summary>Files whose parse was reused from the last run's parse cache instead of parsed again.</summary>
    public int ReusedParses => ParseCache?.Reused ?? 0;

    /// <summary>Content from records compiled by the source generator; their diagnostics were reported at build time.</summary>
    public static LoadedContent FromCompiled(IEnumerable<Article> articles, Parsing.Entities.EntityRegistry? registry = null)
    {
        var all = articles.ToImmutableArray();
        return new LoadedContent(all, all.SelectMany(static a => a.Diagnostics).ToImmutableArray(), all.Length)
        {
            Registry = registry ?? Parsing.Entities.EntityRegistry.Empty,
        };
    }
}
