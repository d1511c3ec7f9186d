using Publisher.Site.Building;
using Publisher.Tests.Support;

namespace Publisher.Tests.Site;

/// <summary>
/// A rebuild with nothing changed is skipped; any change to content, templates or options, or a file missing from
/// the site, makes a real build, and what it writes equals a clean build.
/// </summary>
public sealed class IncrementalBuildTests
{
    private static readonly string Content = Path.Combine(RepoPaths.Root, "content");

    [Fact]
    public void A_rebuild_with_nothing_changed_is_skipped_and_keeps_the_report()
    {
        using var folder = new TempFolder();
        var content = CopyContent(folder);
        var site = folder.Combine("site");

        var (firstCode, first) = Build(content, site);
        var before = TestSites.Files(site);
        var (secondCode, second) = Build(content, site);

        Assert.Equal(0, firstCode);
        Assert.Equal(0, secondCode);
        Assert.Contains("Site built.", first, StringComparison.Ordinal);
        Assert.Contains("Site up to date", second, StringComparison.Ordinal);
        Assert.Contains("Pages: article", second, StringComparison.Ordinal);
        TestSites.AssertSameFiles(before, TestSites.Files(site));
        Assert.True(File.Exists(BuildState.PathFor(site)));
        Assert.False(File.Exists(Path.Combine(site, Path.GetFileName(BuildState.PathFor(site)))), "the state file must not be published");
    }

    [Fact]
    public void An_edited_article_is_rebuilt_and_the_site_equals_a_clean_build()
    {
        using var folder = new TempFolder();
        var content = CopyContent(folder);
        var site = folder.Combine("site");
        Build(content, site);

        var article = Directory.GetFiles(Path.Combine(content, "articles")).Order(StringComparer.Ordinal).First();
        File.AppendAllText(article, "\nA sentence added by an editor after the first build, long enough to be a paragraph.\n");
        var (_, output) = Build(content, site);
        var clean = folder.Combine("clean");
        Build(content, clean);

        Assert.Contains("Site built.", output, StringComparison.Ordinal);
        TestSites.AssertSameFiles(TestSites.Files(clean), TestSites.Files(site));
    }

    [Fact]
    public void A_changed_template_a_changed_option_or_a_deleted_page_makes_a_real_build()
    {
        using var folder = new TempFolder();
        var content = CopyContent(folder);
        var templates = folder.Combine("templates");
        TestSites.CopyFolder(TestSites.Templates, templates);
        var site = folder.Combine("site");
        Build(content, site, templates);

        File.AppendAllText(Path.Combine(templates, "assets", "site.css"), "\n/* edited */\n");
        Assert.Contains("Site built.", Build(content, site, templates).Output, StringComparison.Ordinal);
        Assert.Contains("Site up to date", Build(content, site, templates).Output, StringComparison.Ordinal);

        Assert.Contains("Site built.", Build(content, site, templates, "--title", "Another name").Output, StringComparison.Ordinal);

        File.Delete(Path.Combine(site, "archives", "index.html"));
        Assert.Contains("Site built.", Build(content, site, templates, "--title", "Another name").Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "archives", "index.html")));

        Assert.Contains("Site built.", Build(content, site, templates, "--title", "Another name", "--rebuild").Output, StringComparison.Ordinal);
    }

    private static (int Code, string Output) Build(string content, string site, string? templates = null, params string[] extra) =>
        CliRunner.Run(["build", "--content", content, "--templates", templates ?? TestSites.Templates, "--out", site, .. extra]);

    private static string CopyContent(TempFolder folder)
    {
        var target = folder.Combine("content");
        TestSites.CopyFolder(Content, target);
        return target;
    }
}
