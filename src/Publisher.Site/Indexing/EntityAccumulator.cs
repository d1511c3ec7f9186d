using System.Collections.Immutable;
using Publisher.Parsing.Model;

namespace Publisher.Site.Indexing;

/// <summary>Gathers one entity's mentions across the articles before its <see cref="SiteEntity"/> is built.</summary>
internal sealed class EntityAccumulator
{
    private readonly Dictionary<string, int> nameVotes = new(StringComparer.Ordinal);
    private readonly SortedSet<string> spellings = new(StringComparer.Ordinal);
    private readonly List<EntityQuote> quotes = [];

    private EntityAccumulator(string key, EntityKind kind, string id)
    {
        Key = key;
        Kind = kind;
        Id = id;
    }

    public string Key { get; }

    public EntityKind Kind { get; }

    public string Id { get; }

    /// <summary>Positions of the articles that mention it, ascending, so newest first.</summary>
    public List<int> ArticlePositions { get; } = [];

    public int MentionCount { get; private set; }

    public static string KeyOf(EntityKind kind, string id) => SitePaths.KindFolder(kind) + id;

    /// <summary>The entity keys an article mentions, each once, in order of first mention.</summary>
    public static ImmutableArray<string> KeysInOrder(Article article)
    {
        if (article.Mentions.IsDefaultOrEmpty)
        {
            return [];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keys = ImmutableArray.CreateBuilder<string>();
        foreach (var mention in article.Mentions.OrderBy(static m => m.Source.Start))
        {
            var key = KeyOf(mention.Kind, mention.EntityId);
            if (seen.Add(key))
            {
                keys.Add(key);
            }
        }

        return keys.ToImmutable();
    }

    public static IReadOnlyList<EntityAccumulator> Collect(Article[] ordered)
    {
        var byKey = new Dictionary<string, EntityAccumulator>(StringComparer.Ordinal);
        for (var position = 0; position < ordered.Length; position++)
        {
            var article = ordered[position];
            foreach (var mention in article.Mentions.IsDefault ? [] : article.Mentions)
            {
                var key = KeyOf(mention.Kind, mention.EntityId);
                if (!byKey.TryGetValue(key, out var entity))
                {
                    entity = new EntityAccumulator(key, mention.Kind, mention.EntityId);
                    byKey.Add(key, entity);
                }

                entity.Add(position, mention);
            }

            foreach (var quote in article.Quotes.IsDefault ? [] : article.Quotes)
            {
                if (quote.SpeakerEntityId is { } speaker && byKey.TryGetValue(KeyOf(EntityKind.Person, speaker), out var person))
                {
                    person.quotes.Add(new EntityQuote(position, quote));
                }
            }
        }

        return byKey.Values.OrderBy(static e => e.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The entity's page data. <paramref name="articleEntityIds"/> holds each article's entities as positions in
    /// <paramref name="all"/> (sorted by key), and <paramref name="counts"/> is scratch of the same length, all zero,
    /// left all zero: co-mentions are counted in an array, not a dictionary keyed by strings, because they are the
    /// index's heaviest loop (mentions × entities per article).
    /// </summary>
    public SiteEntity Build(Article[] ordered, int[][] articleEntityIds, IReadOnlyList<EntityAccumulator> all, int self, int[] counts)
    {
        var name = nameVotes.OrderByDescending(static v => v.Value).ThenBy(static v => v.Key, StringComparer.Ordinal).First().Key;
        var aliases = spellings.Where(s => !string.Equals(s, name, StringComparison.Ordinal)).ToImmutableArray();
        return new SiteEntity(
            Key,
            Kind,
            Id,
            name,
            SitePaths.Entity(Kind, Id),
            aliases,
            MentionCount,
            ArticlePositions.ToImmutableArray(),
            quotes.ToImmutableArray(),
            CoMentioned(articleEntityIds, all, self, counts),
            Timeline(ordered));
    }

    private void Add(int position, EntityMention mention)
    {
        MentionCount++;
        if (ArticlePositions.Count == 0 || ArticlePositions[^1] != position)
        {
            ArticlePositions.Add(position);
        }

        nameVotes[mention.Name] = nameVotes.GetValueOrDefault(mention.Name) + 1;
        spellings.Add(mention.Text.Trim());
    }

    private ImmutableArray<EntityCount> CoMentioned(int[][] articleEntityIds, IReadOnlyList<EntityAccumulator> all, int self, int[] counts)
    {
        var touched = new List<int>();
        foreach (var position in ArticlePositions)
        {
            foreach (var other in articleEntityIds[position])
            {
                if (other != self && counts[other]++ == 0)
                {
                    touched.Add(other);
                }
            }
        }

        // Most co-mentions first, then by key: ids follow key order, so the smaller id wins a tie.
        touched.Sort((a, b) => counts[a] != counts[b] ? counts[b].CompareTo(counts[a]) : a.CompareTo(b));
        var top = ImmutableArray.CreateBuilder<EntityCount>(Math.Min(touched.Count, SiteIndexBuilder.CoMentionedCount));
        foreach (var id in touched.Take(SiteIndexBuilder.CoMentionedCount))
        {
            top.Add(new EntityCount(all[id].Key, counts[id]));
        }

        foreach (var id in touched)
        {
            counts[id] = 0;
        }

        return top.MoveToImmutable();
    }

    private ImmutableArray<MonthCount> Timeline(Article[] ordered) =>
        ArticlePositions.Select(p => ordered[p].Published)
            .Where(static d => d is not null)
            .GroupBy(static d => (d!.Date.Year, d.Date.Month))
            .OrderBy(static g => g.Key.Year)
            .ThenBy(static g => g.Key.Month)
            .Select(static g => new MonthCount(g.Key.Year, g.Key.Month, g.Count()))
            .ToImmutableArray();
}
