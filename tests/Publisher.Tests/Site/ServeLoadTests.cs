using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Publisher.Cli.Serving;
using Publisher.Content;
using Publisher.Tests.Support;
using Xunit.Abstractions;

namespace Publisher.Tests.Site;

/// <summary>
/// `publisher serve` over real loopback HTTP: traversal in any spelling is a 404 that reads nothing outside the site
/// folder, and a bounded load of pages, assets, misses and attacks is served without a single error.
/// </summary>
public sealed class ServeLoadTests(ServeLoadTests.RunningSite fixture, ITestOutputHelper output) : IClassFixture<ServeLoadTests.RunningSite>
{
    private const int Requests = 20_000;
    private const int Workers = 12;

    private static readonly string[] TraversalTargets =
    [
        "/../secret.txt",
        "/../../../../etc/passwd",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/assets/%2e%2e%2f%2e%2e%2fsecret.txt",
        "/..%2fsecret.txt",
        "/..%5csecret.txt",
        "/..\\secret.txt",
        "/assets/..\\..\\secret.txt",
        "//etc/passwd",
        "/%2fetc%2fpasswd",
        "/etc/passwd",
        "/%252e%252e/secret.txt",
        "/C:%5cWindows%5cwin.ini",
        "/.publisher-manifest",
        "/%2epublisher-manifest",
        "/..;/secret.txt",
    ];

    /// <summary>Kestrel itself answers 400 to an encoded NUL, before the request reaches the server's handler.</summary>
    private static readonly string[] NulTargets = ["/%00", "/index.html%00.txt", "/assets/site.css%00/../../secret.txt"];

    public static TheoryData<string, int> Attacks
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var target in TraversalTargets)
            {
                data.Add(target, 404);
            }

            foreach (var target in NulTargets)
            {
                data.Add(target, 400);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Traversal_attempts_are_refused_and_read_nothing_outside_the_site(string target, int expected)
    {
        var (status, response) = await RawHttp.GetAsync(fixture.Port, target);

        Assert.Equal(expected, status);
        Assert.DoesNotContain(RunningSite.Secret, response, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_listens_on_loopback_only()
    {
        Assert.Equal("127.0.0.1", new Uri(fixture.Address).Host);
        var others = System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(static n => n.GetIPProperties().UnicastAddresses)
            .Select(static a => a.Address)
            .Where(static a => !IPAddress.IsLoopback(a) && a.AddressFamily == AddressFamily.InterNetwork)
            .ToList();
        output.WriteLine($"other IPv4 addresses tried: {string.Join(", ", others)}");
        foreach (var address in others)
        {
            using var client = new TcpClient();
            await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(address, fixture.Port));
        }
    }

    [Fact]
    public async Task Twenty_thousand_mixed_requests_on_loopback_are_served_without_an_error()
    {
        // Pages, assets, feeds, misses and traversal attempts, each with the status it must get.
        var pages = Directory.GetFiles(fixture.Folder, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(fixture.Folder, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Select(static p => p == "." ? "/" : "/" + p + "/")
            .ToList();
        var mix = pages.Select(static p => (Target: p, Status: 200, Raw: false))
            .Concat(new[] { ("/assets/site.css", 200, false), ("/feed.xml", 200, false), ("/feed.json", 200, false), ("/robots.txt", 200, false) })
            .Concat(new[] { ("/no/such/page/", 404, false), ("/2016/99/missing/", 404, false) })
            .Concat(TraversalTargets.Select(static t => (Target: t, Status: 404, Raw: true)))
            .Concat(NulTargets.Select(static t => (Target: t, Status: 400, Raw: true)))
            .ToArray();

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Workers, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(fixture.Address) };
        var failures = new ConcurrentQueue<string>();
        var served = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; i < Requests; i += Workers)
            {
                var (target, expected, raw) = mix[i % mix.Length];
                try
                {
                    int status;
                    string body;
                    if (raw)
                    {
                        (status, body) = await RawHttp.GetAsync(fixture.Port, target);
                    }
                    else
                    {
                        using var response = await client.GetAsync(target);
                        status = (int)response.StatusCode;
                        body = await response.Content.ReadAsStringAsync();
                    }

                    if (status != expected || body.Contains(RunningSite.Secret, StringComparison.Ordinal))
                    {
                        failures.Enqueue($"{target}: {status}, expected {expected}");
                    }
                }
                catch (Exception e) when (e is HttpRequestException or IOException or SocketException)
                {
                    failures.Enqueue($"{target}: {e.GetType().Name} {e.Message}");
                }

                Interlocked.Increment(ref served);
            }
        })));
        clock.Stop();

        output.WriteLine($"{served:N0} requests ({mix.Length} distinct targets, {Workers} workers) in {clock.Elapsed.TotalSeconds:0.00} s: {served / clock.Elapsed.TotalSeconds:N0} requests/s, {failures.Count} errors");
        Assert.Equal(Requests, served);
        Assert.True(failures.IsEmpty, $"{failures.Count} failures, first: {string.Join("; ", failures.Take(5))}");
    }

    /// <summary>The seed site served on a free loopback port, with a secret file beside the site folder.</summary>
    public sealed class RunningSite : IAsyncLifetime
    {
        public const string Secret = "SECRET-OUTSIDE-THE-SITE-4f1c";

        private readonly TempFolder temp = new();
        private Microsoft.AspNetCore.Builder.WebApplication? app;

        public string Folder => temp.Combine("site");

        public int Port { get; private set; }

        public string Address => app!.Urls.Single();

        public async Task InitializeAsync()
        {
            TestSites.BuildOk(Articles.All, Folder);
            File.WriteAllText(temp.Combine("secret.txt"), Secret);
            // Port 0: the system picks a free one, which the server then reports in its address.
            app = new SiteServer(Folder, "/", new ReloadHub()).Create(0);
            await app.StartAsync();
            Port = new Uri(Address).Port;
        }

        public async Task DisposeAsync()
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            temp.Dispose();
        }
    }
}
