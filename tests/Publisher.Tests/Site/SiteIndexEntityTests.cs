using System.Collections.Immutable;
using Publisher.Parsing.Diagnostics;
using Publisher.Parsing.Model;
using Publisher.Site.Indexing;

namespace Publisher.Tests.Site;

/// <summary>
/// The index's entity data against a plain reading of its definition, on a random archive whose mentions come in any
/// order: the index counts in arrays and keeps only the top companions, and these tests hold it to the same answers
/// as counting everything and sorting.
/// </summary>
public sealed class SiteIndexEntityTests
{
    private static readonly (EntityKind Kind, string Id, string[] Names)[] Pool = MakePool();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Entities_match_counting_every_mention_and_sorting(int seed)
    {
        var articles = RandomArchive(new Random(seed), 240);
        var index = SiteIndexBuilder.Build(articles);
        var positions = index.Articles.ToDictionary(static a => a.Article.Id, static a => a.Position);
        var mentions = index.Articles
            .SelectMany(a => a.Article.Mentions.Select(m => (Position: a.Position, Key: SitePaths.KindFolder(m.Kind) + m.EntityId, Mention: m)))
            .ToList();
        var byKey = mentions.GroupBy(static m => m.Key).ToDictionary(static g => g.Key, static g => g.ToList(), StringComparer.Ordinal);
        Assert.Equal(byKey.Keys.Order(StringComparer.Ordinal), index.Entities.Keys.Order(StringComparer.Ordinal));

        foreach (var (key, own) in byKey)
        {
            var entity = index.Entities[key];
            var articlesOf = own.Select(static m => m.Position).Distinct().Order().ToArray();
            Assert.Equal(articlesOf, entity.Articles.ToArray());
            Assert.Equal(own.Count, entity.MentionCount);

            var name = own.GroupBy(static m => m.Mention.Name)
                .OrderByDescending(static g => g.Count()).ThenBy(static g => g.Key, StringComparer.Ordinal).First().Key;
            Assert.Equal(name, entity.Name);
            Assert.Equal(
                own.Select(static m => m.Mention.Text.Trim()).Distinct().Where(s => s != name).Order(StringComparer.Ordinal),
                entity.Aliases.ToArray());

            var companions = mentions.Where(m => m.Key != key && articlesOf.Contains(m.Position))
                .GroupBy(static m => m.Key)
                .Select(static g => new EntityCount(g.Key, g.Select(static m => m.Position).Distinct().Count()))
                .OrderByDescending(static c => c.Count).ThenBy(static c => c.Key, StringComparer.Ordinal)
                .Take(SiteIndexBuilder.CoMentionedCount);
            Assert.Equal(companions, entity.CoMentioned.ToArray());

            var timeline = articlesOf.Select(p => index.Articles[p].Article.Published).OfType<PublicationDate>()
                .GroupBy(static d => (d.Date.Year, d.Date.Month))
                .OrderBy(static g => g.Key)
                .Select(static g => new MonthCount(g.Key.Year, g.Key.Month, g.Count()));
            Assert.Equal(timeline, entity.Timeline.ToArray());
        }

        // A quote is its speaker's wherever in the archive the speaker is named, in article order.
        foreach (var person in index.Entities.Values.Where(static e => e.Kind == EntityKind.Person))
        {
            var quotes = index.Articles
                .SelectMany(a => a.Article.Quotes.Where(q => q.SpeakerEntityId == person.Id).Select(q => new EntityQuote(a.Position, q)));
            Assert.Equal(quotes, person.Quotes.ToArray());
        }

        Assert.Contains(index.Entities.Values, static e => e.Timeline.Length > 1 && e.CoMentioned.Length == SiteIndexBuilder.CoMentionedCount);
        Assert.Contains(index.Articles, static a => a.Article.Published is null && !a.Entities.IsEmpty);
    }

    [Fact]
    public void An_article_lists_its_entities_once_each_in_order_of_first_mention_whatever_order_its_mentions_come_in()
    {
        var articles = RandomArchive(new Random(7), 60);
        var index = SiteIndexBuilder.Build(articles);
        var shuffled = 0;
        foreach (var site in index.Articles)
        {
            var mentions = site.Article.Mentions;
            shuffled += mentions.Zip(mentions.Skip(1)).Any(static p => p.Second.Source.Start < p.First.Source.Start) ? 1 : 0;
            var expected = mentions.OrderBy(static m => m.Source.Start).Select(static m => SitePaths.KindFolder(m.Kind) + m.EntityId).Distinct();
            Assert.Equal(expected, site.Entities.ToArray());
        }

        Assert.True(shuffled > 10, "the archive must have articles whose mentions are out of reading order");
    }

    [Fact]
    public void Kinds_that_share_a_folder_share_one_entity_as_their_key_says()
    {
        // Records can be built by hand with a kind the enum does not name; its pages live with the places.
        var odd = (EntityKind)9;
        var first = Article("a", new DateTime(2020, 5, 1), [Mention("Lyon", "lyon", EntityKind.Place, 0)], []);
        var second = Article("b", new DateTime(2020, 4, 1), [Mention("Lyon", "lyon", odd, 0)], []);

        var index = SiteIndexBuilder.Build([first, second]);

        var lyon = Assert.Single(index.Entities.Values);
        Assert.Equal("places/lyon", lyon.Key);
        Assert.Equal([0, 1], lyon.Articles.ToArray());
        Assert.Equal(2, lyon.MentionCount);
    }

    private static List<Article> RandomArchive(Random random, int count)
    {
        var articles = new List<Article>();
        for (var i = 0; i < count; i++)
        {
            // Dates spread over a few years, with some repeats and some undated articles.
            DateTime? date = random.Next(8) == 0 ? null : new DateTime(2018, 1, 1).AddDays(random.Next(0, 900));
            var mentions = new List<EntityMention>();
            var mentionCount = random.Next(0, 14);
            for (var m = 0; m < mentionCount; m++)
            {
                // Skewed picks: a few busy entities, a long tail.
                var (kind, id, names) = Pool[Math.Min(Pool.Length - 1, (int)(Pool.Length * Math.Pow(random.NextDouble(), 2.5)))];
                var name = names[random.Next(names.Length)];
                var text = random.Next(6) == 0 ? " " + name + " " : name;
                mentions.Add(Mention(text, id, kind, random.Next(0, 5000)));
            }

            // Mentions out of reading order, as a hand-made record may hold them.
            var shuffled = mentions.OrderBy(_ => random.Next()).ToList();
            var quotes = new List<Quote>();
            var people = Pool.Where(static p => p.Kind == EntityKind.Person).ToArray();
            for (var q = random.Next(0, 3); q > 0; q--)
            {
                var speaker = people[random.Next(people.Length)];
                quotes.Add(new Quote($"Quote {i}-{q}", new SourceRange(q, q + 1, 1, 1, 1, 2), speaker.Names[0], speaker.Id));
            }

            articles.Add(Article($"a{i:D3}", date, shuffled, quotes));
        }

        return articles;
    }

    private static (EntityKind, string, string[])[] MakePool()
    {
        var pool = new List<(EntityKind, string, string[])>();
        var kinds = new[] { EntityKind.Person, EntityKind.Organization, EntityKind.Place };
        for (var i = 0; i < 45; i++)
        {
            var kind = kinds[i % kinds.Length];
            var id = $"entity-{i}";
            pool.Add((kind, id, [$"Entity {i}", $"Entity No. {i}", $"E{i}"]));
        }

        // The same id under two kinds is two entities.
        pool.Add((EntityKind.Organization, "entity-0", ["Entity Zero Group"]));
        return [.. pool];
    }

    private static EntityMention Mention(string text, string id, EntityKind kind, int start) =>
        new(text, new SourceRange(start, start + text.Length, 1, start + 1, 1, start + text.Length + 1), id, text.Trim(), kind);

    private static Article Article(string id, DateTime? date, IReadOnlyList<EntityMention> mentions, IReadOnlyList<Quote> quotes) => new(
        id, id, $"articles/{id}.txt", ArticleFormat.Text, "Title " + id, null,
        date is { } d ? new PublicationDate(d, DateProvenance.FrontMatter, "date", new SourceRange(0, 1, 1, 1, 1, 2)) : null,
        null, null, null, [], [], [], [], [], [.. quotes], [.. mentions], null, ImmutableArray<ContentDiagnostic>.Empty);
}
