using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Publisher.Tests.Browser;

/// <summary>
/// What a page reported going wrong while it was open: script errors, console errors (a blocked stylesheet or a
/// Content-Security-Policy violation shows up there), failed requests and requests for other hosts.
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
            if (message.Type == "error")
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
        return watcher;
    }

    public void AssertNone(string where)
    {
        guard.AssertNoneBlocked(where);
        Assert.True(problems.IsEmpty, $"{where}:\n{string.Join("\n", problems)}");
    }
}
