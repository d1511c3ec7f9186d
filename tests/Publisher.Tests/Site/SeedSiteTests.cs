using Publisher.Content;
using Publisher.Site.Checking;
using Publisher.Site.Output;
using Publisher.Site.Sources;
using Publisher.Tests.Support;

namespace Publisher.Tests.Site;

/// <summary>The site built from the repository's own content/ with its own templates.</summary>
public sealed class SeedSiteTests
{
    [Fact]
    public void Run_time_parsing_of_content_gives_the_compiled_records()
    {
        var loaded = ContentFolder.LoadWithRegistry(Path.Combine(RepoPaths.Root, "content"), RepoPaths.Root);

        Assert.Equal(Articles.All.OrderBy(static a => a.SourcePath, StringComparer.Ordinal), loaded.Articles);
        Assert.Empty(loaded.Diagnostics);
    }

    [Fact]
    public void Page_list_and_key_pages_match_the_approved_snapshots()
    {
        using var folder = new TempFolder();
        var result = TestSites.BuildOk(Articles.All, folder.Path);

        var files = TestSites.Files(folder.Path).Keys;
        Approvals.Verify("seed-site.files", string.Join("\n", files) + "\n");
        Approvals.Verify("seed-site.home", File.ReadAllText(Path.Combine(folder.Path, "index.html")));
        Approvals.Verify("seed-site.archives", File.ReadAllText(Path.Combine(folder.Path, "archives", "index.html")));
        var article = Articles.NatoChiefSaysRussianStrikesDamagingSyrianPeaceTalks;
        Approvals.Verify("seed-site.article", File.ReadAllText(Path.Combine(folder.Path, "2016", "02", article.Slug, "index.html")));
        Approvals.Verify("seed-site.feed", File.ReadAllText(Path.Combine(folder.Path, "feed.xml")));
        Assert.Equal(Articles.Count, result.ArticlesPublished);
    }

    [Fact]
    public void Check_finds_no_problem_in_the_seed_site()
    {
        using var folder = new TempFolder();
        TestSites.BuildOk(Articles.All, folder.Path);

        var report = SiteChecker.Check(folder.Path);

        Assert.True(report.Ok, string.Join("\n", report.Problems));
        Assert.True(report.PagesChecked >= Articles.Count + 3);
    }

    [Fact]
    public void Every_article_and_archive_month_has_a_page()
    {
        using var folder = new TempFolder();
        TestSites.BuildOk(Articles.All, folder.Path);

        foreach (var article in Articles.All)
        {
            var date = article.Published!.Date;
            var page = Path.Combine(folder.Path, date.ToString("yyyy"), date.ToString("MM"), article.Slug, "index.html");
            Assert.True(File.Exists(page), page);
            Assert.True(File.Exists(Path.Combine(folder.Path, date.ToString("yyyy"), date.ToString("MM"), "index.html")));
            Assert.True(File.Exists(Path.Combine(folder.Path, date.ToString("yyyy"), "index.html")));
        }
    }

    [Fact]
    public void Two_builds_give_identical_bytes()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        TestSites.BuildOk(Articles.All, first.Path);
        TestSites.BuildOk(Articles.All, second.Path);

        var a = TestSites.Files(first.Path);
        var b = TestSites.Files(second.Path);
        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(b[pair.Key]), pair.Key));
    }

    [Fact]
    public void The_committed_site_folder_is_what_build_makes()
    {
        // README: site/ is committed so the archive can be browsed and diffed without building; this keeps it true.
        using var folder = new TempFolder();
        TestSites.BuildOk(Articles.All, folder.Path, registry: Publisher.Content.Entities.Registry);
        var committed = Path.Combine(RepoPaths.Root, "site");
        var manifest = Manifest.Read(committed);

        Assert.NotNull(manifest);
        var built = TestSites.Files(folder.Path);
        Assert.Equal(built.Keys.Where(static k => k != Manifest.FileName), manifest!.Files.Keys);
        foreach (var (path, bytes) in built)
        {
            var file = Path.Combine(committed, path);
            Assert.True(File.Exists(file), $"site/{path} is missing: run the README's build command and commit site/");
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(file)), $"site/{path} differs from a fresh build: run the README's build command and commit site/");
        }
    }
}
