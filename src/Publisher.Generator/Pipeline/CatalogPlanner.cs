using System.Collections.Immutable;
using Publisher.Generator.Model;
using Publisher.Parsing.Catalog;
using Publisher.Parsing.Diagnostics;
using Publisher.Parsing.Model;

namespace Publisher.Generator.Pipeline;

/// <summary>Gives every article a unique slug and a unique member name, in path order so results are deterministic.</summary>
public static class CatalogPlanner
{
    public static CatalogPlan Plan(ImmutableArray<ArticleKey> keys)
    {
        var byPath = keys.ToDictionary(k => k.Path, StringComparer.Ordinal);
        var diagnostics = ImmutableArray.CreateBuilder<ContentDiagnostic>();
        var usedNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = ImmutableArray.CreateBuilder<CatalogEntry>(keys.Length);
        foreach (var assignment in SlugAssigner.Assign(keys))
        {
            var key = byPath[assignment.Path];
            if (assignment.TakenBy is { } owner)
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateSlug.Create(assignment.Path, FirstLine, assignment.RequestedSlug, owner, assignment.Slug));
            }

            var wanted = MemberNames.FromSlug(assignment.Slug);
            var name = wanted;
            for (var suffix = 2; usedNames.ContainsKey(name); suffix++)
            {
                name = wanted + "_" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (name != wanted)
            {
                diagnostics.Add(DiagnosticCatalog.IdentifierCollision.Create(assignment.Path, FirstLine, wanted, usedNames[wanted], name));
            }

            usedNames.Add(name, assignment.Path);
            entries.Add(new CatalogEntry(assignment.Path, assignment.Slug, name, key.Title, key.Published));
        }

        return new CatalogPlan(new EquatableArray<CatalogEntry>(entries.ToImmutable()), new EquatableArray<ContentDiagnostic>(diagnostics.ToImmutable()));
    }

    private static SourceRange FirstLine => new(0, 0, 1, 1, 1, 1);
}
