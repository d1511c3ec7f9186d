using Publisher.Content;
using Publisher.Site.Building;
using Publisher.Site.Checking;
using Publisher.Tests.Support;

namespace Publisher.Tests.Site;

/// <summary>A site served from a subpath: every internal link resolves there.</summary>
public sealed class BaseUrlTests
{
    [Fact]
    public void Links_resolve_when_the_site_is_served_from_a_subpath()
    {
        using var folder = new TempFolder();
        var site = folder.Combine("news");
        Assert.True(BaseUrl.TryParse("/news/", out var baseUrl, out _));
        TestSites.BuildOk(Articles.All, site, o => o with { BaseUrl = baseUrl });

        var report = SiteChecker.Check(site, "/news/");

        Assert.True(report.Ok, string.Join("\n", report.Problems));
        var notFound = File.ReadAllText(Path.Combine(site, "404.html"));
        Assert.Contains("href=\"/news/assets/site.css\"", notFound, StringComparison.Ordinal);
        Assert.Contains("href=\"/news/archives/\"", notFound, StringComparison.Ordinal);
        var home = File.ReadAllText(Path.Combine(site, "index.html"));
        Assert.Contains("<link rel=\"canonical\" href=\"/news/\">", home, StringComparison.Ordinal);
    }

    [Fact]
    public void An_absolute_base_url_gives_full_urls_in_feeds_sitemap_and_canonical_links()
    {
        using var folder = new TempFolder();
        Assert.True(BaseUrl.TryParse("https://example.org/news", out var baseUrl, out _));
        TestSites.BuildOk(Articles.All, folder.Path, o => o with { BaseUrl = baseUrl });

        var sitemap = File.ReadAllText(Path.Combine(folder.Path, "sitemap.xml"));
        Assert.Contains("<loc>https://example.org/news/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://example.org/news/sitemap.xml", File.ReadAllText(Path.Combine(folder.Path, "robots.txt")), StringComparison.Ordinal);
        var article = Articles.NatoChiefSaysRussianStrikesDamagingSyrianPeaceTalks;
        Assert.Contains($"<link rel=\"canonical\" href=\"https://example.org/news/2016/02/{article.Slug}/\">", File.ReadAllText(Path.Combine(folder.Path, "2016", "02", article.Slug, "index.html")), StringComparison.Ordinal);
        Assert.True(SiteChecker.Check(folder.Path, "/news/").Ok);
    }

    [Fact]
    public void File_links_point_at_index_files_for_browsing_from_disk()
    {
        using var folder = new TempFolder();
        TestSites.BuildOk(Articles.All, folder.Path, o => o with { LinkStyle = Publisher.Site.Rendering.LinkStyle.Files });

        var home = File.ReadAllText(Path.Combine(folder.Path, "index.html"));
        Assert.Contains("href=\"archives/index.html\"", home, StringComparison.Ordinal);
        Assert.True(SiteChecker.Check(folder.Path).Ok);
    }

    [Theory]
    [InlineData("", "/")]
    [InlineData("/", "/")]
    [InlineData("/news", "/news/")]
    [InlineData("https://example.org", "https://example.org/")]
    [InlineData("https://example.org/a/b/", "https://example.org/a/b/")]
    public void Base_urls_are_normalised(string given, string expected)
    {
        Assert.True(BaseUrl.TryParse(given, out var baseUrl, out _));
        Assert.Equal(expected, baseUrl.ToString());
    }

    [Theory]
    [InlineData("news")]
    [InlineData("/news/../etc")]
    [InlineData("javascript:alert(1)")]
    [InlineData("//evil.example/")]
    [InlineData("https://example.org/?q=1")]
    public void Bad_base_urls_are_refused_with_a_reason(string given)
    {
        Assert.False(BaseUrl.TryParse(given, out _, out var problem));
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }
}
