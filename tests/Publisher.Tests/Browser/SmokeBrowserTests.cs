namespace Publisher.Tests.Browser;

[Collection(ChromiumCollection.Name)]
public sealed class SmokeBrowserTests(ChromiumBrowser chromium)
{
    [ChromiumFact]
    public async Task Committed_home_page_opens_from_disk_with_its_title_and_stylesheet()
    {
        var page = await chromium.NewPageAsync();
        var home = new Uri(Path.Combine(Support.RepoPaths.Root, "site", "index.html")).AbsoluteUri;
        var response = await page.GotoAsync(home);
        Assert.NotNull(response);
        Assert.False(string.IsNullOrWhiteSpace(await page.TitleAsync()));
        var styled = await page.EvaluateAsync<int>("() => document.styleSheets.length");
        Assert.True(styled > 0, "the page's stylesheet did not load from disk");
        await page.Context.CloseAsync();
    }
}
