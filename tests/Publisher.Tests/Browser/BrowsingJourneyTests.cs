using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Publisher.Tests.Browser;

/// <summary>
/// A reader's way through the seed archive served over http from a subpath (/news/), by clicking the links the
/// pages show: home, an article, a person or place in it, another article of theirs, that article's month.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class BrowsingJourneyTests(ChromiumBrowser chromium, ServedSites sites, ITestOutputHelper output) : IClassFixture<ServedSites>
{
    [ChromiumTheory]
    [InlineData(Viewports.Desktop)]
    [InlineData(Viewports.Phone)]
    public async Task A_reader_clicks_from_home_to_an_article_an_entity_another_article_and_its_month(string viewport)
    {
        var page = await chromium.NewPageAsync(Viewports.Options(viewport));
        var problems = await PageProblems.WatchAsync(page);
        var visited = new List<string>();

        var home = await page.GotoAsync(sites.Server.Url(ServedSites.SeedBase, string.Empty).AbsoluteUri);
        Assert.Equal(200, home?.Status);
        await ArriveAsync(page, viewport, "home", visited);

        await LinkClicks.FollowAsync(page, page.Locator("main .article-list a").First, "the first article");
        await ArriveAsync(page, viewport, "article", visited);
        var firstArticle = page.Url;

        // An entity named in more than one article, so its page leads on to another article.
        var entityIndex = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('main a.entity')].findIndex(a => Number(a.nextElementSibling?.textContent) > 1)");
        Assert.True(entityIndex >= 0, "the first article names no entity that appears in another article");
        await LinkClicks.FollowAsync(page, page.Locator("main a.entity").Nth(entityIndex), "an entity");
        await ArriveAsync(page, viewport, "entity", visited);

        var otherIndex = await page.EvaluateAsync<int>(
            "first => [...document.querySelectorAll('main .article-list a')].findIndex(a => a.href !== first)", firstArticle);
        Assert.True(otherIndex >= 0, "the entity page lists no other article");
        await LinkClicks.FollowAsync(page, page.Locator("main .article-list a").Nth(otherIndex), "another article");
        await ArriveAsync(page, viewport, "article", visited);
        Assert.NotEqual(firstArticle, page.Url);

        await LinkClicks.FollowAsync(page, page.Locator("main .article-header .kicker a"), "the article's month");
        await ArriveAsync(page, viewport, "month", visited);

        problems.AssertNone($"{viewport}: {string.Join(" → ", visited)}");
        output.WriteLine($"{viewport}: {visited.Count} pages reached by clicking: {string.Join(" → ", visited)}");
        await page.Context.CloseAsync();
    }

    /// <summary>Checks the page just reached is of the kind expected, styled, within the subpath and fits the screen.</summary>
    private async Task ArriveAsync(IPage page, string viewport, string kind, List<string> visited)
    {
        var path = new Uri(page.Url).AbsolutePath;
        visited.Add(path);
        Assert.StartsWith(ServedSites.SeedBase, path, StringComparison.Ordinal);
        Assert.Equal("kind-" + kind, await page.EvaluateAsync<string>("() => document.body.className"));
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.False(string.IsNullOrWhiteSpace(await page.TitleAsync()), $"{path} has no title");

        // The stylesheet loaded from the subpath: the body takes its background from the theme, not the browser's.
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than the {viewport} screen");

        var file = await Screenshots.SaveAsync(page, $"journey-{viewport}-{visited.Count}-{kind}");
        output.WriteLine($"{viewport}: {path} ({kind}) → {Path.GetRelativePath(Support.RepoPaths.Root, file)}");
    }
}
