using Publisher.Parsing.Model;
using Publisher.Site.Views;

namespace Publisher.Site.Pages;

/// <summary>
/// Everything an article's page takes from the rest of the archive: where it sits, its neighbours, and the
/// entities it names. With the article itself it determines the page; a build that knows this context is unchanged
/// can render the page alone (<see cref="Building.BodyEditBuild"/>).
/// </summary>
/// <param name="Position">The article's place in the archive (newest first): its number in the search index.</param>
/// <param name="Path">The page's site path.</param>
/// <param name="Slug">The slug given at placement, which may differ from the parsed one.</param>
/// <param name="Listed">The keys of the entities the article names, as the index orders them.</param>
/// <param name="Entities">Every entity the page can link to: those listed, the mentioned and the quoted.</param>
public sealed record ArticlePageContext(
    int Position,
    string Path,
    string Slug,
    ArticleSummaryView Summary,
    IReadOnlyList<ArticleSummaryView> Related,
    ArticleSummaryView? Newer,
    ArticleSummaryView? Older,
    IReadOnlyList<string> Listed,
    IReadOnlyDictionary<string, LinkedEntity> Entities);

/// <summary>What an article page shows of an entity: its name, kind, page and article count.</summary>
public sealed record LinkedEntity(string Name, EntityKind Kind, string Path, int ArticleCount);
