using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
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

    /// <param name="articles">The published articles, whole or as outlines.</param>
    /// <param name="registry">The registry, for entity descriptions and roles.</param>
    /// <param name="full">An article's full record, when <paramref name="articles"/> are outlines, for the pages that show it.</param>
    public static SiteIndex Build(IEnumerable<Article> articles, Parsing.Entities.EntityRegistry? registry = null, Func<Article, Article>? full = null)
    {
        full ??= static article => article;
        var registered = (registry ?? Parsing.Entities.EntityRegistry.Empty).Entities
            .GroupBy(static e => EntityAccumulator.KeyOf(e.Kind, e.Id))
            .ToDictionary(static g => g.Key, static g => g.First(), StringComparer.Ordinal);
        var ordered = articles.OrderByDescending(static a => a.Published?.Date ?? DateTime.MinValue)
            .ThenBy(static a => a.Published is null ? 1 : 0)
            .ThenBy(static a => a.Slug, StringComparer.Ordinal)
            .ThenBy(static a => a.SourcePath, StringComparer.Ordinal)
            .ToArray();

        var (entities, articleEntityIds) = EntityAccumulator.Collect(ordered);
        var related = RelatedArticles(articleEntityIds, entities);
        var sites = new SiteArticle[ordered.Length];
        var monthOf = new int[ordered.Length];
        Parallel.For(0, ordered.Length, i =>
        {
            var article = ordered[i];
            // Each article lists its entities by the entity's own key string, not a copy per article: at 100,000
            // articles the copies were 150 MB.
            sites[i] = new SiteArticle(
                i,
                article,
                SitePaths.Article(article),
                ImmutableCollectionsMarshal.AsImmutableArray(Array.ConvertAll(articleEntityIds[i], id => entities[id].Key)),
                related[i],
                i > 0 ? i - 1 : null,
                i < ordered.Length - 1 ? i + 1 : null);
            monthOf[i] = article.Published is { } published ? EntityAccumulator.MonthKey(published.Date) : -1;
        });

        var pages = new SiteEntity[entities.Count];
        var countScratch = new ScratchPool<int[]>(() => new int[entities.Count]);
        Parallel.For(0, entities.Count, countScratch.Take, (id, _, counts) =>
        {
            var entity = entities[id].Build(monthOf, articleEntityIds, entities, counts);
            pages[id] = registered.TryGetValue(entity.Key, out var facts) ? entity with { Description = facts.Description, Roles = facts.Roles } : entity;
            return counts;
        }, countScratch.Return);
        // Pages look entities up by key hundreds of thousands of times; a frozen table answers fastest.
        var built = pages.ToFrozenDictionary(static e => e.Key, StringComparer.Ordinal);
        var byMentions = built.Values
            .GroupBy(static e => e.Kind)
            .ToImmutableDictionary(
                static g => g.Key,
                static g => g.OrderByDescending(static e => e.Articles.Length)
                    .ThenBy(static e => e.Name, StringComparer.Ordinal)
                    .ThenBy(static e => e.Key, StringComparer.Ordinal)
                    .ToImmutableArray());
        return new SiteIndex([.. sites], built, Archive(ordered), Undated(ordered), byMentions) { Full = full };
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
    private static ImmutableArray<int>[] RelatedArticles(int[][] articleEntities, IReadOnlyList<EntityAccumulator> entities)
    {
        var total = articleEntities.Length;
        var result = new ImmutableArray<int>[total];
        // Scores live in an array over all articles (one per thread) with the touched positions listed, so adding
        // to a candidate is an index, not a hash lookup: an article naming 30 busy entities has 1,500 candidates.
        var scratchPool = new ScratchPool<RelatedScratch>(() => new RelatedScratch(total));
        Parallel.For(0, total, scratchPool.Take, (i, _, scratch) =>
        {
            foreach (var id in articleEntities[i])
            {
                var list = entities[id].ArticlePositions;
                var weight = Math.Log(1.0 + ((double)total / list.Count));
                AddNearest(scratch, list, i, CandidatesPerEntity, weight);
            }

            result[i] = Best(scratch, i);
            scratch.Clear();
            return scratch;
        }, scratchPool.Return);
        return result;
    }

    /// <summary>
    /// The <see cref="RelatedCount"/> best candidates, kept in a small sorted array while scanning: sorting every
    /// candidate (hundreds for an article naming busy entities) to keep five was most of the index's time.
    /// </summary>
    private static ImmutableArray<int> Best(RelatedScratch scratch, int position)
    {
        Span<int> keys = stackalloc int[RelatedCount];
        Span<double> values = stackalloc double[RelatedCount];
        var count = 0;
        foreach (var key in scratch.Touched)
        {
            var value = scratch.Scores[key];
            var at = count;
            while (at > 0 && Before(key, value, keys[at - 1], values[at - 1], position))
            {
                at--;
            }

            if (at >= RelatedCount)
            {
                continue;
            }

            for (var move = Math.Min(count, RelatedCount - 1); move > at; move--)
            {
                keys[move] = keys[move - 1];
                values[move] = values[move - 1];
            }

            keys[at] = key;
            values[at] = value;
            count = Math.Min(count + 1, RelatedCount);
        }

        return ImmutableArray.Create(keys[..count].ToArray());
    }

    /// <summary>Higher score first; ties to the nearer article in time, then the newer (lower position).</summary>
    private static bool Before(int key, double value, int otherKey, double otherValue, int position)
    {
        if (value != otherValue)
        {
            return value > otherValue;
        }

        var distance = Math.Abs(key - position);
        var otherDistance = Math.Abs(otherKey - position);
        return distance != otherDistance ? distance < otherDistance : key < otherKey;
    }

    /// <summary>Adds <paramref name="weight"/> to up to <paramref name="count"/> positions of a sorted list nearest to <paramref name="position"/>, itself excluded.</summary>
    private static void AddNearest(RelatedScratch scratch, List<int> sorted, int position, int count, double weight)
    {
        var at = sorted.BinarySearch(position);
        var left = (at < 0 ? ~at : at) - 1;
        var right = at < 0 ? ~at : at + 1;
        for (var taken = 0; taken < count && (left >= 0 || right < sorted.Count); taken++)
        {
            var takeLeft = right >= sorted.Count || (left >= 0 && position - sorted[left] <= sorted[right] - position);
            var other = takeLeft ? sorted[left--] : sorted[right++];
            scratch.Add(other, weight);
        }
    }

    private sealed class RelatedScratch(int total)
    {
        public double[] Scores { get; } = new double[total];

        public List<int> Touched { get; } = [];

        public void Add(int position, double weight)
        {
            if (Scores[position] == 0)
            {
                Touched.Add(position);
            }

            Scores[position] += weight;
        }

        public void Clear()
        {
            foreach (var position in Touched)
            {
                Scores[position] = 0;
            }

            Touched.Clear();
        }
    }
}
