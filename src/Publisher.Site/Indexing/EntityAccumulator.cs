using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Publisher.Parsing.Model;

namespace Publisher.Site.Indexing;

/// <summary>Gathers one entity's mentions across the articles before its <see cref="SiteEntity"/> is built.</summary>
internal sealed class EntityAccumulator
{
    /// <summary>Distinct mentions counted by reference before their votes and spellings are folded in (see <see cref="Collect"/>).</summary>
    private const int MentionsKeptBeforeFolding = 1 << 20;

    private readonly Dictionary<string, int> nameVotes = new(StringComparer.Ordinal);
    private readonly HashSet<string> spellings = new(StringComparer.Ordinal);
    private readonly List<EntityQuote> quotes = [];

    private EntityAccumulator(string key, EntityKind kind, string id)
    {
        Key = key;
        Kind = kind;
        Id = id;
    }

    public string Key { get; }

    /// <summary>The kind of its first mention in archive order (kinds the enum does not name share the places folder).</summary>
    public EntityKind Kind { get; }

    public string Id { get; }

    /// <summary>Positions of the articles that mention it, ascending, so newest first.</summary>
    public List<int> ArticlePositions { get; } = [];

    public int MentionCount { get; private set; }

    /// <summary>Its position in the collected entities, which are in key order.</summary>
    public int Index { get; private set; }

    public static string KeyOf(EntityKind kind, string id) => SitePaths.KindFolder(kind) + id;

    /// <summary>
    /// Every entity the articles mention, in key order, and each article's entities as positions in that list, each
    /// once, in order of first mention.
    /// </summary>
    /// <remarks>
    /// One pass over the mentions, which is most of the index's sequential time: 4.4 million mentions at 100,000
    /// articles. Outlines share equal mentions across the archive (43,000 distinct at that size), so a mention met
    /// before is looked up by reference and only counted; its name vote and spelling are added once per distinct
    /// mention at the end. Other mentions are looked up by id within their kind's folder, never by a key string
    /// made per mention.
    /// </remarks>
    public static (IReadOnlyList<EntityAccumulator> Entities, int[][] ArticleEntityIds) Collect(Article[] ordered)
    {
        // One table per entity folder: kinds sharing a folder share a key, as KeyOf makes them.
        var byFolder = new[]
        {
            new Dictionary<string, EntityAccumulator>(StringComparer.Ordinal),
            new Dictionary<string, EntityAccumulator>(StringComparer.Ordinal),
            new Dictionary<string, EntityAccumulator>(StringComparer.Ordinal),
        };
        var seen = new Dictionary<EntityMention, SeenMention>(ReferenceEqualityComparer.Instance);
        var firstMentioned = new EntityAccumulator[ordered.Length][];
        var inArticle = new List<EntityAccumulator>();
        for (var position = 0; position < ordered.Length; position++)
        {
            inArticle.Clear();
            foreach (var mention in InReadingOrder(ordered[position].Mentions))
            {
                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, mention, out _);
                if (slot is not { } known)
                {
                    ref var entity = ref CollectionsMarshal.GetValueRefOrAddDefault(byFolder[FolderSlot(mention.Kind)], mention.EntityId, out _);
                    entity ??= new EntityAccumulator(KeyOf(mention.Kind, mention.EntityId), mention.Kind, mention.EntityId);
                    slot = known = new SeenMention(entity);
                }

                known.Count++;
                if (known.Entity.Add(position))
                {
                    inArticle.Add(known.Entity);
                }
            }

            firstMentioned[position] = [.. inArticle];
            if (seen.Count > MentionsKeptBeforeFolding)
            {
                // Mentions that are not shared (records made one by one) would fill the table: fold and start again.
                Fold(seen);
            }
        }

        Fold(seen);

        // A quote is its speaker's wherever in the archive the speaker is named, as the article pages link it.
        var people = byFolder[FolderSlot(EntityKind.Person)];
        for (var position = 0; position < ordered.Length; position++)
        {
            foreach (var quote in ordered[position].Quotes.IsDefault ? [] : ordered[position].Quotes)
            {
                if (quote.SpeakerEntityId is { } speaker && people.TryGetValue(speaker, out var person))
                {
                    person.quotes.Add(new EntityQuote(position, quote));
                }
            }
        }

        var entities = byFolder.SelectMany(static folder => folder.Values).OrderBy(static e => e.Key, StringComparer.Ordinal).ToList();
        for (var index = 0; index < entities.Count; index++)
        {
            entities[index].Index = index;
        }

        var ids = new int[ordered.Length][];
        Parallel.For(0, ordered.Length, position => ids[position] = Array.ConvertAll(firstMentioned[position], static e => e.Index));
        return (entities, ids);
    }

    /// <summary>
    /// The entity's page data. <paramref name="articleEntityIds"/> holds each article's entities as positions in
    /// <paramref name="all"/>, <paramref name="monthOf"/> each article's <see cref="MonthKey"/> (or -1, undated), and
    /// <paramref name="counts"/> is scratch as long as <paramref name="all"/>, all zero, left all zero: co-mentions
    /// are counted in an array, not a dictionary keyed by strings, because they are the index's heaviest loop
    /// (mentions × entities per article).
    /// </summary>
    public SiteEntity Build(int[] monthOf, int[][] articleEntityIds, IReadOnlyList<EntityAccumulator> all, int[] counts)
    {
        var name = nameVotes.OrderByDescending(static v => v.Value).ThenBy(static v => v.Key, StringComparer.Ordinal).First().Key;
        var aliases = spellings.Where(s => !string.Equals(s, name, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToImmutableArray();
        return new SiteEntity(
            Key,
            Kind,
            Id,
            name,
            SitePaths.Entity(Kind, Id),
            aliases,
            MentionCount,
            [.. ArticlePositions],
            [.. quotes],
            CoMentioned(articleEntityIds, all, counts),
            Timeline(monthOf));
    }

    /// <summary>A month as one number that orders like the month: year × 12 + month − 1.</summary>
    public static int MonthKey(DateTime date) => (date.Year * 12) + date.Month - 1;

    /// <summary>
    /// Which of the three entity folders a kind's pages live in (see <see cref="SitePaths.KindFolder"/>).
    /// </summary>
    private static int FolderSlot(EntityKind kind) => kind switch
    {
        EntityKind.Person => 0,
        EntityKind.Organization => 1,
        _ => 2,
    };

    /// <summary>An article's mentions by their place in the text; outlines keep them in reading order already.</summary>
    private static ImmutableArray<EntityMention> InReadingOrder(ImmutableArray<EntityMention> mentions)
    {
        if (mentions.IsDefault)
        {
            return [];
        }

        for (var i = 1; i < mentions.Length; i++)
        {
            if (mentions[i].Source.Start < mentions[i - 1].Source.Start)
            {
                return [.. mentions.OrderBy(static m => m.Source.Start)];
            }
        }

        return mentions;
    }

    /// <summary>Adds the name votes and spellings of the mentions counted so far to their entities.</summary>
    private static void Fold(Dictionary<EntityMention, SeenMention> seen)
    {
        foreach (var (mention, known) in seen)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(known.Entity.nameVotes, mention.Name, out _) += known.Count;
            known.Entity.spellings.Add(mention.Text.Trim());
        }

        seen.Clear();
    }

    /// <summary>Counts a mention in the article at <paramref name="position"/>; true when it is the article's first.</summary>
    private bool Add(int position)
    {
        MentionCount++;
        if (ArticlePositions.Count > 0 && ArticlePositions[^1] == position)
        {
            return false;
        }

        ArticlePositions.Add(position);
        return true;
    }

    private ImmutableArray<EntityCount> CoMentioned(int[][] articleEntityIds, IReadOnlyList<EntityAccumulator> all, int[] counts)
    {
        var touched = new List<int>();
        foreach (var position in ArticlePositions)
        {
            foreach (var other in articleEntityIds[position])
            {
                if (other != Index && counts[other]++ == 0)
                {
                    touched.Add(other);
                }
            }
        }

        // Most co-mentions first, then by key (ids follow key order, so the smaller id wins a tie). Only the top few
        // are kept, in a short sorted array: a busy entity has thousands of companions, and sorting them all was a
        // tenth of the index's time.
        Span<int> top = stackalloc int[SiteIndexBuilder.CoMentionedCount];
        var kept = 0;
        foreach (var id in touched)
        {
            var at = kept;
            while (at > 0 && (counts[id] > counts[top[at - 1]] || (counts[id] == counts[top[at - 1]] && id < top[at - 1])))
            {
                at--;
            }

            if (at < top.Length)
            {
                kept = Math.Min(kept + 1, top.Length);
                top[at..(kept - 1)].CopyTo(top[(at + 1)..kept]);
                top[at] = id;
            }
        }

        var result = ImmutableArray.CreateBuilder<EntityCount>(kept);
        foreach (var id in top[..kept])
        {
            result.Add(new EntityCount(all[id].Key, counts[id]));
        }

        foreach (var id in touched)
        {
            counts[id] = 0;
        }

        return result.MoveToImmutable();
    }

    /// <summary>Articles per month, oldest month first.</summary>
    private ImmutableArray<MonthCount> Timeline(int[] monthOf)
    {
        // Positions run newest first, so an entity's months come in runs; the runs are then put in order and merged,
        // which keeps the result right for any order.
        var runs = new List<(int Month, int Count)>();
        foreach (var position in ArticlePositions)
        {
            var month = monthOf[position];
            if (month < 0)
            {
                continue;
            }

            if (runs.Count > 0 && runs[^1].Month == month)
            {
                runs[^1] = (month, runs[^1].Count + 1);
            }
            else
            {
                runs.Add((month, 1));
            }
        }

        runs.Sort(static (a, b) => a.Month.CompareTo(b.Month));
        var timeline = ImmutableArray.CreateBuilder<MonthCount>(runs.Count);
        for (var i = 0; i < runs.Count; i++)
        {
            var (month, count) = runs[i];
            while (i + 1 < runs.Count && runs[i + 1].Month == month)
            {
                count += runs[++i].Count;
            }

            timeline.Add(new MonthCount(month / 12, (month % 12) + 1, count));
        }

        return timeline.ToImmutable();
    }

    /// <summary>A mention met before: its entity, and how many times it was met.</summary>
    private sealed class SeenMention(EntityAccumulator entity)
    {
        public EntityAccumulator Entity { get; } = entity;

        public int Count { get; set; }
    }
}
