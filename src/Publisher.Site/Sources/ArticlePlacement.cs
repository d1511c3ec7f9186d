using System.Collections.Immutable;
using Publisher.Parsing.Catalog;
using Publisher.Parsing.Diagnostics;
using Publisher.Parsing.Model;

namespace Publisher.Site.Sources;

/// <summary>
/// Gives a set of run-time parsed articles unique slugs exactly as the generator's catalog plan does (path order,
/// "-2" suffixes, a PUB006 on the later file), so the compiled and run-time records are equal.
/// </summary>
public static class ArticlePlacement
{
    private static readonly SourceRange FirstLine = new(0, 0, 1, 1, 1, 1);

    public static ImmutableArray<Article> Place(IReadOnlyList<Article> articles)
    {
        var byPath = articles.ToDictionary(static a => a.SourcePath, StringComparer.Ordinal);
        var keys = articles.Select(static a => new ArticleKey(a.SourcePath, a.Slug, a.Title, a.Published?.Date));
        var placed = ImmutableArray.CreateBuilder<Article>(articles.Count);
        foreach (var assignment in SlugAssigner.Assign(keys))
        {
            var article = byPath[assignment.Path];
            if (assignment.TakenBy is { } owner)
            {
                var duplicate = DiagnosticCatalog.DuplicateSlug.Create(assignment.Path, FirstLine, assignment.RequestedSlug, owner, assignment.Slug);
                article = article with { Slug = assignment.Slug, Diagnostics = article.Diagnostics.Add(duplicate) };
            }

            placed.Add(article);
        }

        return placed.MoveToImmutable();
    }
}
