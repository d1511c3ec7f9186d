using Microsoft.Playwright;
using Publisher.Tests.Support;
using Xunit.Abstractions;

namespace Publisher.Tests.Browser;

/// <summary>The theme follows the reader's colour scheme: a dark screen gets a dark page with light text.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class DarkModeTests(ChromiumBrowser chromium, ITestOutputHelper output)
{
    [ChromiumTheory]
    [InlineData(PageSamples.Home)]
    [InlineData(PageSamples.Article)]
    [InlineData(PageSamples.Entity)]
    public async Task A_dark_colour_scheme_turns_the_committed_page_dark_with_light_text(string kind)
    {
        var site = Path.Combine(RepoPaths.Root, "site");
        var sample = PageSamples.Of(site).Single(p => p.Kind == kind);
        var url = new Uri(Path.Combine(site, sample.File)).AbsoluteUri;

        var light = await ColoursAsync(url, ColorScheme.Light, null);
        var dark = await ColoursAsync(url, ColorScheme.Dark, $"dark-{kind.Replace(' ', '-')}");
        output.WriteLine($"{sample.File}: light background {light.Background}, text {light.Text}; dark background {dark.Background}, text {dark.Text}");

        Assert.NotEqual(light.Background, dark.Background);
        Assert.True(Luminance(light.Background) > 0.8, $"light background {light.Background} is not light");
        Assert.True(Luminance(dark.Background) < 0.1, $"dark background {dark.Background} is not dark");
        Assert.True(Luminance(dark.Text) > 0.6, $"dark mode text {dark.Text} is not light");
    }

    private async Task<(string Background, string Text)> ColoursAsync(string url, ColorScheme scheme, string? screenshot)
    {
        var page = await chromium.NewPageAsync(Viewports.Options(Viewports.Desktop, scheme));
        var problems = await PageProblems.WatchAsync(page);
        await page.GotoAsync(url);
        var colours = await page.EvaluateAsync<string[]>("() => { const s = getComputedStyle(document.body); return [s.backgroundColor, s.color]; }");
        if (screenshot is not null)
        {
            await Screenshots.SaveAsync(page, screenshot);
        }

        problems.AssertNone(url);
        await page.Context.CloseAsync();
        return (colours[0], colours[1]);
    }

    /// <summary>Relative luminance (WCAG) of a computed colour such as "rgb(20, 20, 22)".</summary>
    private static double Luminance(string rgb)
    {
        var channels = rgb[(rgb.IndexOf('(') + 1)..rgb.IndexOf(')')].Split(',').Take(3)
            .Select(static c => double.Parse(c, System.Globalization.CultureInfo.InvariantCulture) / 255)
            .Select(static c => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4))
            .ToArray();
        return (0.2126 * channels[0]) + (0.7152 * channels[1]) + (0.0722 * channels[2]);
    }
}
