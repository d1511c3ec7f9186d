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
    public static string[] KeysInOrder(ImmutableArray<EntityMention> mentions)
    {
        if (mentions.IsDefaultOrEmpty)
        {
            return [];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keys = new List<string>();
        foreach (var mention in mentions.OrderBy(static m => m.Source.Start))
        {
            var key = KeyOf(mention.Kind, mention.EntityId);
            if (seen.Add(key))
            {
                keys.Add(key);
            }
        }

        return [.. keys];
    }

    /// <summary>
    /// Every entity the articles mention, by key, with each article's entity keys (<see cref="KeysInOrder"/>).
    /// Mentions are read through <paramref name="full"/> a batch at a time, in parallel, then added in article order:
    /// outlines hold none, and a whole archive's mentions must not be in memory at once.
    /// </summary>
    public static IReadOnlyList<EntityAccumulator> Collect(Article[] ordered, Func<Article, Article> full, out string[][] articleKeys)
    {
        const int Batch = 2048;
        var keys = new string[ordered.Length][];
        var byKey = new Dictionary<string, EntityAccumulator>(StringComparer.Ordinal);
        var mentions = new ImmutableArray<EntityMention>[Math.Min(Batch, ordered.Length)];
        for (var start = 0; start < ordered.Length; start += Batch)
        {
            var count = Math.Min(Batch, ordered.Length - start);
            Parallel.For(0, count, i =>
            {
                mentions[i] = full(ordered[start + i]).Mentions;
                keys[start + i] = KeysInOrder(mentions[i]);
            });
            for (var i = 0; i < count; i++)
            {
                AddArticle(byKey, start + i, mentions[i], ordered[start + i].Quotes);
            }
        }

        articleKeys = keys;
        return byKey.Values.OrderBy(static e => e.Key, StringComparer.Ordinal).ToList();
    }

    private static void AddArticle(Dictionary<string, EntityAccumulator> byKey, int position, ImmutableArray<EntityMention> mentions, ImmutableArray<Quote> quotes)
    {
        foreach (var mention in mentions.IsDefault ? [] : mentions)
        {
            var key = KeyOf(mention.Kind, mention.EntityId);
            if (!byKey.TryGetValue(key, out var entity))
            {
                entity = new EntityAccumulator(key, mention.Kind, mention.EntityId);
                byKey.Add(key, entity);
            }

            entity.Add(position, mention);
        }

        foreach (var quote in quotes.IsDefault ? [] : quotes)
        {
            if (quote.SpeakerEntityId is { } speaker && byKey.TryGetValue(KeyOf(EntityKind.Person, speaker), out var person))
            {
                person.quotes.Add(new EntityQuote(position, quote));
            }
        }
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
