using System.Collections.Frozen;
using System.Collections.Immutable;
using Publisher.Parsing.Model;

namespace Publisher.Site.Indexing;

/// <summary>
/// Everything the pages need, computed once: articles newest first, entities by key, the dated archive. Pages
/// read from it; nothing scans all articles per page.
/// </summary>
public sealed record SiteIndex(
    ImmutableArray<SiteArticle> Articles,
    FrozenDictionary<string, SiteEntity> Entities,
    ImmutableArray<ArchiveYear> Years,
    ImmutableArray<int> Undated,
    ImmutableDictionary<EntityKind, ImmutableArray<SiteEntity>> ByMentions)
{
    /// <summary>
    /// An article's full record, for the pages and indexes that read its body: <see cref="SiteArticle.Article"/> may
    /// be an outline without it (<c>Sources.ArticleOutline</c>).
    /// </summary>
    public Func<Article, Article> Full { get; init; } = static article => article;

    /// <summary>The entities of a kind, most mentioned first (ties by name), as the kind's index lists them.</summary>
    public ImmutableArray<SiteEntity> EntitiesOf(EntityKind kind) => ByMentions.TryGetValue(kind, out var entities) ? entities : [];
}
