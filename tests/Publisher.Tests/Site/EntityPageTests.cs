using System.Collections.Immutable;
using Publisher.Parsing.Model;
using Publisher.Site.Feeds;
using Publisher.Tests.Support;

namespace Publisher.Tests.Site;

/// <summary>What entity pages and article pages make of the mentions and quotes records hold.</summary>
public sealed class EntityPageTests
{
    [Fact]
    public void Entity_pages_show_spellings_articles_quotes_companions_and_a_timeline_and_bodies_link_first_mentions()
    {
        var first = WithMentions(
            TestSites.Parse("a.txt", "---\ndate: 2016-02-05\n---\nAlliance chief warns Moscow\n\nJens Stoltenberg said Russia was to blame. Later Stoltenberg repeated it in Brussels.\n\n\"This creates risks,\" Stoltenberg said.\n"),
            ("Jens Stoltenberg", "jens-stoltenberg", EntityKind.Person),
            ("Russia", "russia", EntityKind.Place),
            ("Stoltenberg", "jens-stoltenberg", EntityKind.Person),
            ("Brussels", "brussels", EntityKind.Place),
            ("Stoltenberg", "jens-stoltenberg", EntityKind.Person));
        first = first with { Quotes = [new Quote("This creates risks,", Locate(first, "This creates risks,"), "Stoltenberg", "jens-stoltenberg")] };
        var second = WithMentions(
            TestSites.Parse("b.txt", "---\ndate: 2016-04-20\n---\nTalks end in dissent\n\nThe NATO head, Stoltenberg, met envoys from Russia on Wednesday in a long session.\n"),
            ("Stoltenberg", "jens-stoltenberg", EntityKind.Person),
            ("Russia", "russia", EntityKind.Place));
        using var folder = new TempFolder();

        TestSites.BuildOk([first, second], folder.Path);

        var person = File.ReadAllText(Path.Combine(folder.Path, "people", "jens-stoltenberg", "index.html"));
        Assert.Contains("<h1>Jens Stoltenberg</h1>", person, StringComparison.Ordinal);
        Assert.Contains("Also written as: Stoltenberg", person, StringComparison.Ordinal);
        Assert.Contains("Mentioned 4 times in 2 articles.", person, StringComparison.Ordinal);
        Assert.True(person.IndexOf("Talks end in dissent", StringComparison.Ordinal) < person.IndexOf("Alliance chief warns Moscow", StringComparison.Ordinal), "newest first");
        Assert.Contains("<blockquote><p>This creates risks,</p></blockquote>", person, StringComparison.Ordinal);
        Assert.Contains("href=\"../../places/russia/\">Russia</a> <span class=\"count\">2</span>", person, StringComparison.Ordinal);
        Assert.Contains("<svg viewBox=\"0 0 600 80\"", person, StringComparison.Ordinal);
        Assert.Equal(2, person.Split("<rect ").Length - 1);
        Assert.Contains("\"@type\":\"Person\",\"name\":\"Jens Stoltenberg\"", person, StringComparison.Ordinal);

        var article = File.ReadAllText(Path.Combine(folder.Path, "2016", "02", first.Slug, "index.html"));
        Assert.Contains("<a class=\"entity entity-person\" href=\"../../../people/jens-stoltenberg/\">Jens Stoltenberg</a> said", article, StringComparison.Ordinal);
        Assert.Contains("Later Stoltenberg repeated", article, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"related\">Related articles</h2>", article, StringComparison.Ordinal);
        Assert.Contains("\"mentions\":[{\"@type\":\"Person\"", article, StringComparison.Ordinal);

        var places = File.ReadAllText(Path.Combine(folder.Path, "places", "index.html"));
        Assert.True(places.IndexOf(">Russia<", StringComparison.Ordinal) < places.IndexOf(">Brussels<", StringComparison.Ordinal), "most mentioned first");
        var placesAz = File.ReadAllText(Path.Combine(folder.Path, "places", "a-z", "index.html"));
        Assert.Contains("<h2 id=\"letter-b\">B</h2>", placesAz, StringComparison.Ordinal);
    }

    [Fact]
    public void Later_pages_of_an_entity_carry_their_own_articles_and_quotes_and_leave_the_chart_and_companions_to_the_first()
    {
        // Seven articles, three to a page, each quoting the person: pages hold articles 7-5, 4-2 and 1, newest first.
        var articles = Enumerable.Range(1, 7).Select(day =>
        {
            var words = $"Words number {day} are spoken here,";
            var article = WithMentions(
                TestSites.Parse($"a{day}.txt", $"---\ndate: 2016-03-{day:00}\n---\nAlliance meeting day {day}\n\nJens Stoltenberg met envoys from Russia today.\n\n\"{words}\" Stoltenberg said.\n"),
                ("Jens Stoltenberg", "jens-stoltenberg", EntityKind.Person),
                ("Russia", "russia", EntityKind.Place),
                ("Stoltenberg", "jens-stoltenberg", EntityKind.Person));
            return article with { Quotes = [new Quote(words, Locate(article, words), "Stoltenberg", "jens-stoltenberg")] };
        }).ToList();
        using var folder = new TempFolder();

        TestSites.BuildOk(articles, folder.Path, options => options with { ListPageSize = 3 });

        var pages = new[] { "index.html", Path.Combine("page", "2", "index.html"), Path.Combine("page", "3", "index.html") }
            .Select(page => File.ReadAllText(Path.Combine(folder.Path, "people", "jens-stoltenberg", page)))
            .ToList();
        int[][] days = [[7, 6, 5], [4, 3, 2], [1]];
        for (var page = 0; page < pages.Count; page++)
        {
            var quoted = Enumerable.Range(1, 7).Where(day => pages[page].Contains($"Words number {day} are spoken here,", StringComparison.Ordinal));
            var listed = Enumerable.Range(1, 7).Where(day => pages[page].Contains($"Alliance meeting day {day}<", StringComparison.Ordinal));
            Assert.Equal(days[page], quoted.OrderDescending());
            Assert.Equal(days[page], listed.OrderDescending());
            Assert.Contains("<h1>Jens Stoltenberg</h1>", pages[page], StringComparison.Ordinal);
            Assert.Equal(page == 0, pages[page].Contains("<svg viewBox=", StringComparison.Ordinal));
            Assert.Equal(page == 0, pages[page].Contains(">Russia</a> <span class=\"count\">7</span>", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Registered_entities_show_their_description_and_roles()
    {
        using var folder = new TempFolder();

        var result = TestSites.Build(Publisher.Content.Articles.All, folder.Path, registry: Publisher.Content.Entities.Registry);

        Assert.True(result.Committed);
        var page = File.ReadAllText(Path.Combine(folder.Path, "people", "jens-stoltenberg", "index.html"));
        Assert.Contains("<p class=\"lede\">Norwegian politician; NATO Secretary General 2014–2024.</p>", page, StringComparison.Ordinal);
        Assert.Contains("<li>NATO Secretary General, 2014–2024</li>", page, StringComparison.Ordinal);
        Assert.Contains("\"description\":\"Norwegian politician; NATO Secretary General 2014–2024.\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sitemap_above_the_limit_becomes_an_index_of_parts()
    {
        var urls = Enumerable.Range(0, 5).Select(i => new SitemapWriter.Url($"https://example.org/{i}/", null)).ToList();

        var files = SitemapWriter.Write(urls, p => "https://example.org/" + p, maxPerFile: 2);

        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"], files.Select(static f => f.Path));
        var index = System.Text.Encoding.UTF8.GetString(files[0].Bytes);
        Assert.Contains("<sitemapindex", index, StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.org/sitemap-3.xml</loc>", index, StringComparison.Ordinal);
    }

    private static Article WithMentions(Article article, params (string Text, string Id, EntityKind Kind)[] mentions)
    {
        var found = ImmutableArray.CreateBuilder<EntityMention>();
        var from = 0;
        foreach (var (mentionText, id, kind) in mentions)
        {
            var source = Locate(article, mentionText, from);
            from = source.End;
            found.Add(new EntityMention(mentionText, source, id, kind == EntityKind.Person ? "Jens Stoltenberg" : mentionText, kind));
        }

        return article with { Mentions = found.ToImmutable() };
    }

    /// <summary>Where a text stands in the article's body, as offsets into the file the records came from.</summary>
    private static SourceRange Locate(Article article, string text, int from = 0)
    {
        foreach (var block in article.Body)
        {
            var startIn = Math.Max(0, from - block.Source.Start);
            if (from > block.Source.End || startIn > block.Text.Length)
            {
                continue;
            }

            var at = block.Text.IndexOf(text, startIn, StringComparison.Ordinal);
            if (at >= 0)
            {
                var start = block.Source.Start + at;
                return new SourceRange(start, start + text.Length, block.Source.Line, 1, block.Source.Line, 1);
            }
        }

        throw new InvalidOperationException($"'{text}' not found after {from}");
    }
}
