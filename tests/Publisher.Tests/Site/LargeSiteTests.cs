using Publisher.Site.Checking;
using Publisher.Tests.Support;

namespace Publisher.Tests.Site;

/// <summary>
/// A 5,000-article synthetic archive with its people, organizations and places: every page is written whole
/// (no Scriban loop limit, no output truncation) and every link resolves.
/// </summary>
public sealed class LargeSiteTests
{
    [Fact]
    public void Five_thousand_articles_build_with_every_entity_page_and_whole_indexes()
    {
        var articles = TestSites.Corpus(5_000);
        using var folder = new TempFolder();

        var result = TestSites.BuildOk(articles, folder.Path);

        Assert.Equal(5_000, result.ArticlesPublished);
        Assert.Equal(5_000, result.PagesByKind["article"]);
        var entityKeys = articles.SelectMany(static a => a.Mentions).Select(static m => (m.Kind, m.EntityId)).Distinct().ToList();
        Assert.True(result.PagesByKind["entity"] >= entityKeys.Count);
        Assert.Equal(entityKeys.Count, result.Entities);

        // The A–Z index of people is the longest list: every person must be on it, and the page must end properly.
        var people = File.ReadAllText(Path.Combine(folder.Path, "people", "a-z", "index.html"));
        Assert.EndsWith("</html>\n", people, StringComparison.Ordinal);
        var personCount = entityKeys.Count(static k => k.Kind == Publisher.Parsing.Model.EntityKind.Person);
        Assert.Equal(personCount, CountOccurrences(people, "class=\"entity entity-person\""));

        // Every article appears on exactly one month page (long months continue on month/page/N/).
        var monthPages = Directory.GetDirectories(folder.Path, "*", SearchOption.TopDirectoryOnly)
            .Where(static d => Path.GetFileName(d).Length == 4 && char.IsDigit(Path.GetFileName(d)[0]))
            .SelectMany(static y => Directory.GetDirectories(y).Where(static m => Path.GetFileName(m).Length == 2))
            .SelectMany(static m => Directory.GetFiles(m, "index.html", SearchOption.AllDirectories)
                .Where(f => Path.GetDirectoryName(f) == m || Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(f))) == "page"))
            .Select(File.ReadAllText);
        Assert.Equal(5_000, monthPages.Sum(static p => CountOccurrences(p, "<li>\n<h2>")));

        // The most mentioned entity's articles are spread over pages of 100, every one listed once.
        var busiest = articles.SelectMany(static a => a.Mentions.Select(m => (m.Kind, m.EntityId, a.SourcePath))).Distinct()
            .GroupBy(static m => (m.Kind, m.EntityId)).OrderByDescending(static g => g.Count()).First();
        var entityFolder = Path.Combine(folder.Path, Publisher.Site.Indexing.SitePaths.Entity(busiest.Key.Kind, busiest.Key.EntityId));
        var listed = Directory.GetFiles(entityFolder, "index.html", SearchOption.AllDirectories).Sum(f => CountOccurrences(File.ReadAllText(f), "<li>\n<h3>"));
        Assert.Equal(busiest.Count(), listed);
    }

    [Fact]
    public void Every_link_and_fragment_of_a_thousand_article_archive_resolves()
    {
        // Checking parses every page with AngleSharp; a thousand articles give every kind of page and paging.
        var articles = TestSites.Corpus(1_000);
        using var folder = new TempFolder();
        TestSites.BuildOk(articles, folder.Path, static o => o with { ListPageSize = 10 });

        var report = SiteChecker.Check(folder.Path);

        Assert.True(report.Ok, string.Join("\n", report.Problems.Take(20)));
        Assert.True(File.Exists(Path.Combine(folder.Path, "page", "2", "index.html")));
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
