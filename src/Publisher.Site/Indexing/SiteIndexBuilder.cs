using System.Collections.Immutable;
using Publisher.Parsing.Model;

namespace Publisher.Site.Indexing;

/// <summary>
/// Builds the <see cref="SiteIndex"/> from articles in one pass plus per-entity work bounded by each entity's own
/// articles, so the cost grows with the number of mentions, not articles × entities.
/// </summary>
public static class SiteIndexBuilder
{
    /// <summary>How many related articles an article page shows.</summary>
    public const int RelatedCount = 5;

    /// <summary>How many co-mentioned entities an entity page shows.</summary>
    public const int CoMentionedCount = 10;

    /// <summary>
    /// Related-article candidates taken from each shared entity: the ones nearest in time. It bounds the work for
    /// entities named in most of the archive, which say little about relatedness anyway.
    /// </summary>
    private const int CandidatesPerEntity = 50;

    public static SiteIndex Build(IEnumerable<Article> articles, Parsing.Entities.EntityRegistry? registry = null)
    {
        var registered = (registry ?? Parsing.Entities.EntityRegistry.Empty).Entities
            .GroupBy(static e => EntityAccumulator.KeyOf(e.Kind, e.Id))
            .ToDictionary(static g => g.Key, static g => g.First(), StringComparer.Ordinal);
        var ordered = articles.OrderByDescending(static a => a.Published?.Date ?? DateTime.MinValue)
            .ThenBy(static a => a.Published is null ? 1 : 0)
            .ThenBy(static a => a.Slug, StringComparer.Ordinal)
            .ThenBy(static a => a.SourcePath, StringComparer.Ordinal)
            .ToArray();

        var entities = EntityAccumulator.Collect(ordered);
        var articleEntities = ordered.Select(a => EntityAccumulator.KeysInOrder(a)).ToArray();
        var related = RelatedArticles(articleEntities, entities);

        var sites = ImmutableArray.CreateBuilder<SiteArticle>(ordered.Length);
        for (var i = 0; i < ordered.Length; i++)
        {
            sites.Add(new SiteArticle(
                i,
                ordered[i],
                SitePaths.Article(ordered[i]),
                articleEntities[i],
                related[i],
                i > 0 ? i - 1 : null,
                i < ordered.Length - 1 ? i + 1 : null));
        }

        var built = entities.ToImmutableDictionary(
            static e => e.Key,
            e => registered.TryGetValue(e.Key, out var facts)
                ? e.Build(ordered, articleEntities) with { Description = facts.Description, Roles = facts.Roles }
                : e.Build(ordered, articleEntities),
            StringComparer.Ordinal);
        var byMentions = built.Values
            .GroupBy(static e => e.Kind)
            .ToImmutableDictionary(
                static g => g.Key,
                static g => g.OrderByDescending(static e => e.Articles.Length)
                    .ThenBy(static e => e.Name, StringComparer.Ordinal)
                    .ThenBy(static e => e.Key, StringComparer.Ordinal)
                    .ToImmutableArray());
        return new SiteIndex(sites.MoveToImmutable(), built, Archive(ordered), Undated(ordered), byMentions);
    }

    private static ImmutableArray<ArchiveYear> Archive(Article[] ordered)
    {
        return ordered.Select(static (a, i) => (a.Published, i))
            .Where(static x => x.Published is not null)
            .GroupBy(static x => x.Published!.Date.Year)
            .Select(static year => new ArchiveYear(
                year.Key,
                SitePaths.Year(year.Key),
                year.GroupBy(static x => x.Published!.Date.Month)
                    .Select(month => new ArchiveMonth(year.Key, month.Key, SitePaths.Month(year.Key, month.Key), month.Select(static x => x.i).ToImmutableArray()))
                    .ToImmutableArray()))
            .ToImmutableArray();
    }

    private static ImmutableArray<int> Undated(Article[] ordered) =>
        ordered.Select(static (a, i) => (a, i)).Where(static x => x.a.Published is null).Select(static x => x.i).ToImmutableArray();

    /// <summary>
    /// Articles sharing entities, rarer entities weighing more (an entity in every article relates nothing);
    /// ties go to the nearer article in time, then the newer.
    /// </summary>
    private static ImmutableArray<int>[] RelatedArticles(ImmutableArray<string>[] articleEntities, IReadOnlyList<EntityAccumulator> entities)
    {
        var byKey = entities.ToDictionary(static e => e.Key, StringComparer.Ordinal);
        var total = articleEntities.Length;
        var result = new ImmutableArray<int>[total];
        Parallel.For(0, total, () => new Dictionary<int, double>(), (i, _, scores) =>
        {
            scores.Clear();
            foreach (var key in articleEntities[i])
            {
                var list = byKey[key].ArticlePositions;
                var weight = Math.Log(1.0 + ((double)total / list.Count));
                foreach (var other in Nearest(list, i, CandidatesPerEntity))
                {
                    scores[other] = scores.GetValueOrDefault(other) + weight;
                }
            }

            result[i] = scores
                .OrderByDescending(static s => s.Value)
                .ThenBy(s => Math.Abs(s.Key - i))
                .ThenBy(static s => s.Key)
                .Take(RelatedCount)
                .Select(static s => s.Key)
                .ToImmutableArray();
            return scores;
        }, static _ => { });
        return result;
    }

    /// <summary>Up to <paramref name="count"/> positions from a sorted list nearest to <paramref name="position"/>, itself excluded.</summary>
    private static IEnumerable<int> Nearest(List<int> sorted, int position, int count)
    {
        var at = sorted.BinarySearch(position);
        var left = (at < 0 ? ~at : at) - 1;
        var right = at < 0 ? ~at : at + 1;
        for (var taken = 0; taken < count && (left >= 0 || right < sorted.Count); taken++)
        {
            var takeLeft = right >= sorted.Count || (left >= 0 && position - sorted[left] <= sorted[right] - position);
            yield return takeLeft ? sorted[left--] : sorted[right++];
        }
    }
}
