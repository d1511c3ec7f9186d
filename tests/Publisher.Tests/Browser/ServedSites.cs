using Publisher.Site.Building;
using Publisher.Tests.Support;

namespace Publisher.Tests.Browser;

/// <summary>
/// The seed archive built by the CLI with `--base-url /news/`, and a synthetic archive with paged listings built
/// for `/paged/`, both served over http on loopback from those subpaths. One per test class.
/// </summary>
public sealed class ServedSites : IAsyncLifetime
{
    public const string SeedBase = "/news/";
    public const string PagedBase = "/paged/";

    private readonly TempFolder folder = new();
    private LoopbackSiteServer? server;

    public string SeedFolder => folder.Combine("seed");

    public string PagedFolder => folder.Combine("paged");

    public LoopbackSiteServer Server => server ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        if (ChromiumBrowser.MissingReason is not null)
        {
            return;
        }

        var (code, output) = CliRunner.Run("build", "--templates", TestSites.Templates, "--out", SeedFolder, "--base-url", SeedBase);
        Assert.True(code == 0, output);
        Assert.True(BaseUrl.TryParse(PagedBase, out var pagedBase, out var problem), problem);
        SyntheticSites.BuildPaged(PagedFolder, pagedBase);
        server = await LoopbackSiteServer.StartAsync(new Dictionary<string, string> { [SeedBase] = SeedFolder, [PagedBase] = PagedFolder });
    }

    /// <summary>Every page kind of the seed site, and the synthetic site's paged listing, with their URLs.</summary>
    public IReadOnlyList<(PageSample Page, Uri Url)> EveryPageKind()
    {
        var pages = PageSamples.Of(SeedFolder).Select(p => (p, Url(SeedBase, p))).ToList();
        var paged = PageSamples.Of(PagedFolder).FirstOrDefault(static p => p.Kind == PageSamples.PagedListing);
        Assert.True(paged is not null, "the synthetic site has no page/2/");
        pages.Add((paged, Url(PagedBase, paged)));
        return pages;
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        folder.Dispose();
    }

    // The 404 page is what the server sends for any unknown path, at any depth: ask for one that does not exist.
    private Uri Url(string basePath, PageSample page) =>
        Server.Url(basePath, page.Kind == PageSamples.NotFound ? "no/such/page/" : page.SitePath);
}
