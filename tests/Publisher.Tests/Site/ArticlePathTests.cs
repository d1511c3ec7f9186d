using Publisher.Parsing.Catalog;
using Publisher.Site.Indexing;
using Publisher.Site.Sources;
using Publisher.Tests.Support;

namespace Publisher.Tests.Site;

/// <summary>Every published article gets a page path of its own, however long its headline.</summary>
public sealed class ArticlePathTests
{
    [Fact]
    public void Articles_whose_slugs_differ_only_past_the_length_limit_get_pages_of_their_own()
    {
        // A headline long enough that its slug is cut to the limit: the copy's "-2" lies past it.
        var text = "---\ndate: 2020-02-01\n---\nHarbour authority approves the long awaited bridge budget after a decade of bitter argument in council\n\nThe council voted on Tuesday to fund the bridge.\n";
        var placed = ArticlePlacement.Place([TestSites.Parse("a.txt", text), TestSites.Parse("b.txt", text)]);
        Assert.InRange(placed[0].Slug.Length, Slugs.MaxLength - 8, Slugs.MaxLength);

        var paths = placed.Select(SitePaths.Article).ToArray();

        Assert.Equal(placed[0].Slug + "-2", placed[1].Slug);
        Assert.NotEqual(paths[0], paths[1]);
        Assert.EndsWith(placed[1].Slug + "/", paths[1], StringComparison.Ordinal);
        using var folder = new TempFolder();
        var site = folder.Combine("site");
        TestSites.BuildOk(placed, site);
        Assert.All(paths, p => Assert.True(File.Exists(Path.Combine(site, SitePaths.FileOf(p))), p));
    }

    [Theory]
    [InlineData("harbour-bridge", true)]
    [InlineData("harbour-bridge-2", true)]
    [InlineData("Harbour-Bridge", false)]
    [InlineData("harbour--bridge", false)]
    [InlineData("../harbour", false)]
    [InlineData("", false)]
    public void A_slug_is_recognised_as_one_whatever_its_length(string value, bool expected)
    {
        Assert.Equal(expected, Slugs.IsSlug(value));
        Assert.True(Slugs.IsSlug(string.Join('-', Enumerable.Repeat("harbour", 30))));
    }
}
