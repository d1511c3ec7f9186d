using Publisher.Site.Checking;
using Publisher.Tests.Support;

namespace Publisher.Tests.Checking;

/// <summary>The checker behind `publisher check`, run on small hand-made sites.</summary>
public sealed class SiteCheckerTests : IDisposable
{
    private readonly TempFolder _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_clean_two_page_site_has_no_problems()
    {
        WriteCleanSite();

        var report = SiteChecker.Check(_site.Path);

        Assert.Empty(report.Problems);
        Assert.True(report.Ok);
        Assert.Equal(2, report.PagesChecked);
        Assert.True(report.LinksChecked >= 4, $"only {report.LinksChecked} links checked");
    }

    [Fact]
    public void A_broken_link_is_reported_on_its_page()
    {
        WriteCleanSite();
        Write("2016/02/some-slug/index.html", Page("Story", """<p id="story">Text</p><a href="../../../">Home</a> <a href="../missing-slug/">Gone</a>"""));

        var report = SiteChecker.Check(_site.Path);

        Assert.Equal(["2016/02/some-slug/index.html: broken link to \"../missing-slug/\""], Lines(report));
    }

    [Fact]
    public void A_folder_without_its_slash_and_a_percent_encoded_name_resolve()
    {
        WriteCleanSite();
        Write("files/a b.txt", "text");
        Write("index.html", Page("Home", """<a href="2016/02/some-slug">Story</a> <a href="files/a%20b.txt">File</a>"""));

        Assert.Empty(Lines(SiteChecker.Check(_site.Path)));
    }

    [Fact]
    public void A_missing_fragment_is_reported_on_the_same_and_on_another_page()
    {
        WriteCleanSite();
        Write("index.html", Page("Home", """<a href="#nowhere">Here</a> <a href="2016/02/some-slug/#lost">Story</a> <a href="2016/02/some-slug/#story">Story</a> <a href="#">Top</a>"""));

        var report = SiteChecker.Check(_site.Path);

        Assert.Equal(
            ["index.html: missing fragment \"#nowhere\"", "index.html: missing fragment \"2016/02/some-slug/#lost\""],
            Lines(report));
    }

    [Fact]
    public void A_duplicate_id_is_reported_once()
    {
        WriteCleanSite();
        Write("index.html", Page("Home", """<p id="x">One</p><p id="x">Two</p><p id="x">Three</p><a href="2016/02/some-slug/">Story</a>"""));

        Assert.Equal(["index.html: duplicate id \"x\""], Lines(SiteChecker.Check(_site.Path)));
    }

    [Fact]
    public void A_missing_title_is_reported()
    {
        WriteCleanSite();
        Write("index.html", """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"></head>
            <body><h1>Home</h1><a href="2016/02/some-slug/">Story</a></body>
            </html>
            """);

        Assert.Equal(["index.html: missing <title>"], Lines(SiteChecker.Check(_site.Path)));
    }

    [Fact]
    public void Missing_basics_are_each_reported()
    {
        WriteCleanSite();
        Write("index.html", """
            <html>
            <head><title> </title></head>
            <body><h1>Home</h1><h1>Again</h1><img src="logo.png"><img src="logo.png?decorative" alt=""><a href="2016/02/some-slug/">Story</a></body>
            </html>
            """);

        var problems = Lines(SiteChecker.Check(_site.Path));

        Assert.Contains("index.html: missing <!DOCTYPE html>", problems);
        Assert.Contains("index.html: empty <title>", problems);
        Assert.Contains("index.html: missing lang on <html>", problems);
        Assert.Contains("index.html: 2 <h1> elements (expected one)", problems);
        Assert.Contains("index.html: <img src=\"logo.png\"> has no alt", problems);
        Assert.DoesNotContain(problems, p => p.Contains("decorative", StringComparison.Ordinal));
    }

    [Fact]
    public void A_javascript_href_is_unsafe()
    {
        WriteCleanSite();
        Write("index.html", Page("Home", """<a href=" JavaScript:alert(1)">Run</a> <a href="2016/02/some-slug/">Story</a>"""));

        Assert.Equal(["index.html: unsafe javascript: URL"], Lines(SiteChecker.Check(_site.Path)));
    }

    [Fact]
    public void Invalid_markup_is_reported_with_its_position()
    {
        WriteCleanSite();
        Write("index.html", "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>Home</title></head>\n<body><h1>Home</h1>\n<p>Broken <b>markup</p></i>\n<a href=\"2016/02/some-slug/\">Story</a></body>\n</html>\n");

        var problems = Lines(SiteChecker.Check(_site.Path));

        // The stray </i> is reported where it stands; the <b> left open is reported again where the body closes.
        Assert.Contains(problems, p => p.StartsWith("index.html: line 5, column ", StringComparison.Ordinal));
        Assert.All(problems, p => Assert.Matches(@"^index\.html: line \d+, column \d+: .+", p));
    }

    [Fact]
    public void A_page_with_no_onward_link_is_a_dead_end()
    {
        WriteCleanSite();
        Write("2016/02/some-slug/index.html", Page("Story", """<p id="story">Text</p><a href="#story">Back up</a> <a href="https://example.org/">Elsewhere</a>"""));

        Assert.Equal(["2016/02/some-slug/index.html: no links onward (dead end)"], Lines(SiteChecker.Check(_site.Path)));
    }

    [Fact]
    public void Rooted_links_resolve_under_the_base_path()
    {
        WriteCleanSite();
        Write("index.html", Page("Home", """<a href="/news/2016/02/some-slug/#story">Story</a> <a href="/news">Home</a> <a href="/other/page/">Other</a>""")
            .Replace("<head>", """<head><link rel="stylesheet" href="/news/site.css"><link rel="canonical" href="https://example.org/news/">""", StringComparison.Ordinal));
        Write("site.css", "body { }");
        Write("2016/02/some-slug/index.html", Page("Story", """<p id="story">Text</p><a href="/news/">Home</a> <a href="/">Root</a>"""));

        var report = SiteChecker.Check(_site.Path, "/news/");

        Assert.Equal(
            ["2016/02/some-slug/index.html: link outside the site: /", "index.html: link outside the site: /other/page/"],
            Lines(report));
    }

    [Fact]
    public void A_link_climbing_out_of_the_site_folder_is_reported()
    {
        WriteCleanSite();
        Write("index.html", Page("Home", """<a href="../secret.html">Out</a> <a href="2016/02/some-slug/">Story</a>"""));

        Assert.Equal(["index.html: link escapes the site folder: \"../secret.html\""], Lines(SiteChecker.Check(_site.Path)));
    }

    [Fact]
    public void Malformed_xml_is_reported_and_hidden_files_are_skipped()
    {
        WriteCleanSite();
        Write("feed.xml", "<?xml version=\"1.0\"?><feed><entry></feed>");
        Write("sitemap.xml", "<?xml version=\"1.0\"?><urlset/>");
        Write(".drafts/index.html", "<p>not checked");

        var problems = Lines(SiteChecker.Check(_site.Path));

        var problem = Assert.Single(problems);
        Assert.StartsWith("feed.xml: invalid XML: ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_are_sorted_by_page_then_text()
    {
        WriteCleanSite();
        Write("b/index.html", Page("B", """<a href="../zzz/">Z</a> <a href="../aaa/">A</a>"""));
        Write("a/index.html", Page("A", """<a href="../missing/">M</a>"""));

        Assert.Equal(
            [
                "a/index.html: broken link to \"../missing/\"",
                "b/index.html: broken link to \"../aaa/\"",
                "b/index.html: broken link to \"../zzz/\"",
            ],
            Lines(SiteChecker.Check(_site.Path)));
    }

    private void WriteCleanSite()
    {
        Write("index.html", Page("Home", """<a href="2016/02/some-slug/">Story</a> <a href="2016/02/some-slug/#story">Jump</a>"""));
        Write("2016/02/some-slug/index.html", Page("Story", """<p id="story">Text</p><a href="../../../">Home</a> <a href="../../../index.html">Home again</a> <img src="../../../logo.png" alt="Logo">"""));
        Write("logo.png", "png");
    }

    private static string Page(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{title}</title></head>
        <body><h1>{title}</h1>{body}</body>
        </html>
        """;

    private void Write(string sitePath, string text)
    {
        var path = _site.Combine(sitePath.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string[] Lines(CheckReport report) => [.. report.Problems.Select(static p => p.ToString())];
}
