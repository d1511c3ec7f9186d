using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Publisher.Tests.Browser;

/// <summary>
/// Lets a browser context load only from this machine (loopback http, file:, data:) and aborts anything else before
/// it leaves the browser, remembering it: a page of the archive must never reach another host.
/// </summary>
public sealed class NetworkGuard
{
    private readonly ConcurrentQueue<string> blocked = new();

    public IReadOnlyCollection<string> Blocked => blocked;

    public static async Task<NetworkGuard> AttachAsync(IBrowserContext context)
    {
        var guard = new NetworkGuard();
        await context.RouteAsync("**/*", async route =>
        {
            if (IsLocal(new Uri(route.Request.Url)))
            {
                await route.ContinueAsync();
                return;
            }

            guard.blocked.Enqueue(route.Request.Url);
            await route.AbortAsync("blockedbyclient");
        });
        return guard;
    }

    public static bool IsLocal(Uri url) => url.Scheme switch
    {
        "file" or "data" or "about" => true,
        "http" or "https" or "ws" => url.IsLoopback,
        _ => false,
    };

    public void AssertNoneBlocked(string where) =>
        Assert.True(blocked.IsEmpty, $"{where} asked for other hosts: {string.Join(", ", blocked)}");
}
