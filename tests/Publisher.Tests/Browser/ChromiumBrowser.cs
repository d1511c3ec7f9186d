using Microsoft.Playwright;

namespace Publisher.Tests.Browser;

/// <summary>
/// One headless Chromium per test run, driven by Playwright. The browser is always the machine's Debian package
/// (never a downloaded one); PUBLISHER_CHROMIUM overrides the path.
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("PUBLISHER_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Why browser tests cannot run here, or null when they can.</summary>
    public static string? MissingReason =>
        File.Exists(ExecutablePath)
            ? null
            : $"Chromium not found at {ExecutablePath}: install it with `apt-get install chromium` (.ci/run does) or set PUBLISHER_CHROMIUM.";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (MissingReason is not null)
        {
            return;
        }

        // Playwright must never fetch browsers: the executable path below is the only browser it uses.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    /// <summary>A fresh page with its own context, so viewport, colour scheme and storage never leak between tests.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        return await context.NewPageAsync();
    }
}

/// <summary>Browser tests share one Chromium and never run in parallel with each other.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumBrowser>
{
    public const string Name = "Chromium";
}
