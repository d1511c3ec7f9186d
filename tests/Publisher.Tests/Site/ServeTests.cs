using System.Net;
using System.Net.Sockets;
using Publisher.Cli.Serving;
using Publisher.Content;
using Publisher.Tests.Support;

namespace Publisher.Tests.Site;

/// <summary>`publisher serve`: loopback only, clean URLs, the site's 404 page, no way out of the site folder, reload.</summary>
public sealed class ServeTests
{
    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E%2Fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/assets/../../secret.txt")]
    [InlineData("//etc/passwd")]
    [InlineData("/.publisher-manifest")]
    [InlineData("/C:%5cWindows")]
    [InlineData("/%00")]
    public void Paths_that_leave_the_site_folder_resolve_to_nothing(string request)
    {
        using var folder = new TempFolder();
        var site = Directory.CreateDirectory(folder.Combine("site")).FullName;
        File.WriteAllText(folder.Combine("secret.txt"), "secret");
        File.WriteAllText(Path.Combine(site, ".publisher-manifest"), "x");

        Assert.Null(new SafeFileResolver(site, "/").Resolve(request, out var redirect));
        Assert.Null(redirect);
    }

    [Fact]
    public void Clean_urls_resolve_to_index_files_and_folders_without_a_slash_redirect()
    {
        using var folder = new TempFolder();
        TestSites.BuildOk(Articles.All, folder.Path);
        var resolver = new SafeFileResolver(folder.Path, "/");

        Assert.Equal(Path.Combine(folder.Path, "index.html"), resolver.Resolve("/", out _));
        Assert.Equal(Path.Combine(folder.Path, "archives", "index.html"), resolver.Resolve("/archives/", out _));
        Assert.Null(resolver.Resolve("/archives", out var redirect));
        Assert.Equal("/archives/", redirect);
        Assert.Null(new SafeFileResolver(folder.Path, "/news/").Resolve("/archives/", out _));
        Assert.NotNull(new SafeFileResolver(folder.Path, "/news/").Resolve("/news/archives/", out _));
    }

    [Fact]
    public async Task Serves_pages_on_loopback_with_the_404_page_and_sends_reload_after_a_rebuild()
    {
        using var folder = new TempFolder();
        TestSites.BuildOk(Articles.All, folder.Path);
        var hub = new ReloadHub();
        await using var app = new SiteServer(folder.Path, "/", hub).Create(FreePort());
        await app.StartAsync();
        var address = app.Urls.Single();
        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var html = await home.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Latest articles</h1>", html, StringComparison.Ordinal);
        Assert.Contains(ReloadHub.ScriptPath, html, StringComparison.Ordinal);
        Assert.DoesNotContain(ReloadHub.ScriptPath, File.ReadAllText(Path.Combine(folder.Path, "index.html")), StringComparison.Ordinal);

        var missing = await client.GetAsync("/no/such/page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var css = await client.GetAsync("/assets/site.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);

        using var events = await client.GetStreamAsync(ReloadHub.EventsPath);
        using var reader = new StreamReader(events);
        Assert.Equal(": connected", await reader.ReadLineAsync());
        await WaitFor(() => hub.Clients == 1);
        await hub.ReloadAll();
        await reader.ReadLineAsync();
        Assert.Equal("data: reload", await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10)));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }
    }
}
