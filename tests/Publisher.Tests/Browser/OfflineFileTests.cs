using Microsoft.Playwright;
using Publisher.Tests.Support;
using Xunit.Abstractions;

namespace Publisher.Tests.Browser;

/// <summary>The site opened straight from disk (file://), with no server and no network.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class OfflineFileTests(ChromiumBrowser chromium, ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task Every_kind_of_committed_page_opens_from_disk_styled_and_links_only_to_files_that_exist()
    {
        var site = Path.Combine(RepoPaths.Root, "site");
        // The 404 page is only ever sent by a server, for any path at any depth, so its links are rooted at the base URL.
        var samples = PageSamples.Of(site).Where(static p => p.Kind != PageSamples.NotFound).ToArray();
        var page = await chromium.NewPageAsync();
        var problems = await PageProblems.WatchAsync(page);
        var links = 0;
        foreach (var sample in samples)
        {
            var file = Path.Combine(site, sample.File);
            await page.GotoAsync(new Uri(file).AbsoluteUri);
            Assert.NotEqual("rgba(0, 0, 0, 0)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));

            // Each link resolved by the browser, as a reader's click would: clean links end at a folder with its index.html.
            var hrefs = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href], link[rel=stylesheet]')].map(a => a.href)");
            foreach (var href in hrefs.Select(static h => new Uri(h)))
            {
                Assert.True(href.IsFile, $"{sample.File} links off the disk: {href}");
                var target = Uri.UnescapeDataString(href.AbsolutePath);
                Assert.True(File.Exists(target) || File.Exists(Path.Combine(target, "index.html")), $"{sample.File} links to {href}, which is not on disk");
                links++;
            }

            problems.AssertNone(sample.File);
        }

        output.WriteLine($"file://: {samples.Length} committed pages ({string.Join(", ", samples.Select(static s => s.Kind))}) opened from disk, {links} links and stylesheets resolved to files");
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task A_site_built_with_file_links_is_browsed_from_disk_by_clicking()
    {
        using var folder = new TempFolder();
        var (code, text) = CliRunner.Run("build", "--templates", TestSites.Templates, "--out", folder.Path, "--file-links");
        Assert.True(code == 0, text);
        var page = await chromium.NewPageAsync();
        var problems = await PageProblems.WatchAsync(page);
        await page.GotoAsync(new Uri(folder.Combine("index.html")).AbsoluteUri);

        var kinds = new List<string> { await KindAsync(page) };
        foreach (var link in new[] { "main .article-list a", "main a.entity", "main .article-list a", "main .article-header .kicker a", "header nav a[href$='archives/index.html']" })
        {
            await LinkClicks.FollowAsync(page, page.Locator(link).First, link);
            Assert.StartsWith("file://", page.Url, StringComparison.Ordinal);
            kinds.Add(await KindAsync(page));
        }

        problems.AssertNone("file-links site");
        Assert.Equal(["kind-home", "kind-article", "kind-entity", "kind-article", "kind-month", "kind-archives"], kinds);
        output.WriteLine($"file:// with --file-links: {kinds.Count} pages reached by clicking: {string.Join(" → ", kinds)}");
        await page.Context.CloseAsync();
    }

    private static Task<string> KindAsync(IPage page) => page.EvaluateAsync<string>("() => document.body.className");
}
