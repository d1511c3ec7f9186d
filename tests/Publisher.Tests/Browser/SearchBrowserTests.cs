using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Publisher.Cli.Serving;
using Publisher.Content;
using Publisher.Site.Building;
using Publisher.Site.Search;
using Publisher.Tests.Support;

namespace Publisher.Tests.Browser;

/// <summary>
/// Search as a reader uses it: type in the header form of an article page, get results, follow one. From the
/// committed site/ on file:// (scripts, no fetch) and from a server under a subpath.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class SearchBrowserTests(ChromiumBrowser chromium)
{
    private const string StartArticle = "2016/02/nato-chief-says-russian-strikes-damaging-syrian-peace-talks/";
    private const string LavrovArticle = "2016/09/russia-no-basis-for-dramatic-statements-after-lavrov-kerry-meeting/";

    private static readonly string LavrovTitle = Articles.All.Single(static a => Publisher.Site.Indexing.SitePaths.Article(a) == LavrovArticle).Title;

    /// <summary>
    /// A result's page counts as opened once its navigation commits; the reads that follow wait for their elements.
    /// Waiting for its load event as well timed out now and then under a busy full test run (Playwright missed the
    /// event of a file:// page that had already loaded), though the page was there.
    /// </summary>
    private static readonly PageWaitForURLOptions OpenedPage = new() { WaitUntil = WaitUntilState.Commit };

    private static string CommittedSite => Path.Combine(RepoPaths.Root, "site");

    private static string FileUrl(string sitePath) => new Uri(Path.Combine(CommittedSite, sitePath, "index.html")).AbsoluteUri;

    [ChromiumFact]
    public async Task From_disk_a_query_in_the_header_finds_the_article_and_its_link_opens_it()
    {
        var (page, problems) = await OpenAsync(FileUrl(StartArticle));

        await SearchAsync(page, "lavrov kerry meeting");

        Assert.EndsWith("/search/index.html?q=lavrov+kerry+meeting", page.Url, StringComparison.Ordinal);
        var status = await page.TextContentAsync("#search-status") ?? string.Empty;
        Assert.Matches("^[0-9]+ articles? match(es)? “lavrov kerry meeting”\\.$", status);
        Assert.Equal(status.Split(' ')[0], (await page.Locator(".search-articles li").CountAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var result = page.Locator(".search-articles a").First;
        Assert.Equal(LavrovTitle, await result.TextContentAsync());
        Assert.Equal(["Lavrov", "Kerry", "meeting"], await page.Locator(".search-articles h3 mark").AllTextContentsAsync());
        await result.ClickAsync();
        await page.WaitForURLAsync(FileUrl(LavrovArticle), OpenedPage);
        Assert.Equal(LavrovTitle, await page.TextContentAsync("h1"));
        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task A_person_s_name_offers_their_entity_page_above_the_articles()
    {
        var (page, problems) = await OpenAsync(FileUrl(StartArticle));

        await SearchAsync(page, "Stoltenberg");

        var entity = page.Locator(".search-entities a").First;
        Assert.Equal("Jens Stoltenberg", await entity.TextContentAsync());
        Assert.Contains("Person", await page.Locator(".search-entities .meta").First.TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        Assert.True(await page.Locator(".search-articles li").CountAsync() >= 2);
        await entity.ClickAsync();
        await page.WaitForURLAsync(FileUrl("people/jens-stoltenberg/"), OpenedPage);
        Assert.Contains("Jens Stoltenberg", await page.TextContentAsync("h1") ?? string.Empty, StringComparison.Ordinal);
        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Markup_in_a_query_is_shown_as_text_and_never_runs()
    {
        const string Query = "<script>alert(1)</script><img src=x onerror=alert(2)> nato";
        var (page, problems) = await OpenAsync(FileUrl(StartArticle));
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        await page.FillAsync("#site-search-q", Query);
        await page.PressAsync("#site-search-q", "Enter");
        await page.WaitForFunctionAsync("() => !document.getElementById('search-status').textContent.startsWith('Searching')");

        Assert.Contains("“" + Query + "”", await page.TextContentAsync("#search-status") ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(Query, await page.InputValueAsync("#site-search-q"));
        Assert.Equal(0, await page.Locator("main img").CountAsync());
        Assert.Equal(1, await page.Locator("main script").CountAsync());
        Assert.Equal(0, dialogs);
        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Under_a_subpath_over_http_results_link_to_clean_urls_of_the_site()
    {
        using var folder = new TempFolder();
        TestSites.BuildOk(Articles.All, folder.Path, static o => o with { BaseUrl = new BaseUrl(string.Empty, "/news/") });
        await using var app = new SiteServer(folder.Path, "/news/", new ReloadHub()).Create(FreePort());
        await app.StartAsync();
        var root = app.Urls.Single() + "/news/";
        var (page, problems) = await OpenAsync(root + StartArticle);

        await SearchAsync(page, "lavrov kerry");

        Assert.StartsWith(root + "search/index.html?q=", page.Url, StringComparison.Ordinal);
        await page.Locator(".search-articles a").First.ClickAsync();
        await page.WaitForURLAsync(root + LavrovArticle, OpenedPage);
        Assert.Equal(LavrovTitle, await page.TextContentAsync("h1"));

        // A word's prefix finds its longer forms: "stolt" is the start of "Stoltenberg".
        await SearchAsync(page, "stolt");
        Assert.Equal(root + "people/jens-stoltenberg/", await page.Locator(".search-entities a").First.EvaluateAsync<string>("a => a.href"));
        Assert.Empty(problems);
        await page.Context.CloseAsync();
        await app.StopAsync();
    }

    [ChromiumFact]
    public async Task The_browser_turns_text_into_the_same_terms_as_the_build()
    {
        var (page, problems) = await OpenAsync(FileUrl("search/"));
        List<string> texts =
        [
            "Café in Zürich, ÅNGSTRÖM and Øresund; São Paulo's ﬁnance ２０２０",
            "The talks, talking and talked: cities and a city, strikes damaging damaged damages",
            "Ελληνικά ΣΟΦΙΑ, Москва, İstanbul, straße, x y 1 2, don't, U.S.-led, 3.5%",
            "<script>alert(1)</script> e-mail co-operation naïve façade",
        ];
        texts.AddRange(Articles.All.SelectMany(static a => a.Paragraphs.Select(static p => p.Text).Prepend(a.Title)));

        var browser = await page.EvaluateAsync<string[][]>("texts => Promise.all(texts.map(t => PublisherSearch.terms(t)))", texts);

        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(SearchTokenizer.Default.Terms(texts[i]), browser[i]);
        }

        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }

    /// <summary>A page, and the console errors, page errors and failed requests it has (a CSP refusal is one).</summary>
    private async Task<(IPage Page, System.Collections.Concurrent.ConcurrentQueue<string> Problems)> OpenAsync(string url)
    {
        var page = await chromium.NewPageAsync();
        var problems = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            // Chromium asks every server for /favicon.ico; the site has none, and that is not search's concern.
            if (message.Type == "error" && message.Location?.Contains("/favicon.ico", StringComparison.Ordinal) != true)
            {
                problems.Enqueue($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Enqueue("page error: " + error);
        page.RequestFailed += (_, request) => problems.Enqueue("request failed: " + request.Url);
        await page.GotoAsync(url);
        return (page, problems);
    }

    private static async Task SearchAsync(IPage page, string query)
    {
        await page.FillAsync("#site-search-q", query);
        await page.PressAsync("#site-search-q", "Enter");
        await page.WaitForSelectorAsync("#search-results li, #search-status:text('Nothing matches')");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
