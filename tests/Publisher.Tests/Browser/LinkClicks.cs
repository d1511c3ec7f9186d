using Microsoft.Playwright;

namespace Publisher.Tests.Browser;

/// <summary>Following a link as a reader does: a click, then the new page fully loaded.</summary>
public static class LinkClicks
{
    public static async Task FollowAsync(IPage page, ILocator link, string what)
    {
        var before = page.Url;
        await link.ClickAsync();
        try
        {
            await page.WaitForURLAsync(url => url != before);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"clicking {what} on {before} led nowhere");
        }

        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}
