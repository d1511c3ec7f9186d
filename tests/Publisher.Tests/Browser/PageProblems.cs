using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Publisher.Tests.Browser;

/// <summary>
/// What a page reported going wrong while it was open: script errors, console errors (a Content-Security-Policy
/// violation shows up there), failed or missing resources, and requests for other hosts. The page itself may be a 404
/// on purpose; what it loads may not.
/// </summary>
public sealed class PageProblems
{
    private readonly ConcurrentQueue<string> problems = new();
    private NetworkGuard guard = null!;

    public static async Task<PageProblems> WatchAsync(IPage page)
    {
        var watcher = new PageProblems { guard = await NetworkGuard.AttachAsync(page.Context) };
        page.Console += (_, message) =>
        {
            // A missing resource is reported below with its URL; the console repeats it without one.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                watcher.problems.Enqueue($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => watcher.problems.Enqueue($"script error: {error}");
        page.RequestFailed += (_, request) =>
        {
            if (NetworkGuard.IsLocal(new Uri(request.Url)))
            {
                watcher.problems.Enqueue($"failed request: {request.Url} ({request.Failure})");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Request.IsNavigationRequest)
            {
                watcher.problems.Enqueue($"missing resource: {response.Url} ({response.Status})");
            }
        };
        return watcher;
    }

    public void AssertNone(string where)
    {
        guard.AssertNoneBlocked(where);
        Assert.True(problems.IsEmpty, $"{where}:\n{string.Join("\n", problems)}");
    }
}
