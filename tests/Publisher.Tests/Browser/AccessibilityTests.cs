using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Publisher.Tests.Support;
using Xunit.Abstractions;

namespace Publisher.Tests.Browser;

/// <summary>
/// Every kind of page, served from a subpath, checked as assistive technology meets it: axe-core's rules, landmarks,
/// headings in order, and the keyboard reaching every link.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class AccessibilityTests(ChromiumBrowser chromium, ServedSites sites, ITestOutputHelper output) : IClassFixture<ServedSites>
{
    private static readonly HashSet<string> BlockingImpacts = ["serious", "critical"];

    // Details only for violations: gathering every passing node doubles the time of a run.
    private static readonly AxeRunOptions LightRunOptions = new() { ResultTypes = [ResultType.Violations] };

    // The colour scheme changes colours and nothing else, so the dark run checks contrast only.
    private static readonly AxeRunOptions DarkRunOptions = new()
    {
        ResultTypes = [ResultType.Violations],
        RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast"] },
    };

    [ChromiumTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task No_page_kind_has_a_serious_or_critical_axe_violation(ColorScheme scheme)
    {
        var page = await chromium.NewPageAsync(Viewports.Options(Viewports.Desktop, scheme));
        var problems = await PageProblems.WatchAsync(page);
        var blocking = new List<string>();
        var lesser = new List<string>();
        var pages = sites.EveryPageKind();
        var rulesPassed = 0;
        foreach (var (sample, url) in pages)
        {
            await page.GotoAsync(url.AbsoluteUri);
            var result = await page.RunAxe(scheme == ColorScheme.Dark ? DarkRunOptions : LightRunOptions);
            rulesPassed += result.Passes.Length;
            foreach (var violation in result.Violations)
            {
                var line = $"{sample.Kind} {url.AbsolutePath}: {violation.Impact} {violation.Id} ({violation.Help}) at {string.Join("; ", violation.Nodes.Select(static n => n.Target.ToString()))}";
                (BlockingImpacts.Contains(violation.Impact ?? string.Empty) ? blocking : lesser).Add(line);
            }

            var kind = sample.Kind.Replace(' ', '-');
            await Screenshots.SaveAsync(page, scheme == ColorScheme.Dark ? $"dark-desktop-{kind}" : $"desktop-{kind}");
        }

        problems.AssertNone($"axe ({scheme})");
        output.WriteLine($"axe-core ({scheme}): {pages.Count} pages, one of each kind ({string.Join(", ", pages.Select(static p => p.Page.Kind))}); {rulesPassed} passed rule checks (rules × pages); {blocking.Count} serious or critical violations; {lesser.Count} moderate or minor");
        lesser.ForEach(output.WriteLine);
        Assert.True(blocking.Count == 0, string.Join("\n", blocking));
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Every_page_kind_has_one_main_banner_and_footer_and_headings_that_skip_no_level()
    {
        var page = await chromium.NewPageAsync();
        var problems = await PageProblems.WatchAsync(page);
        var pages = sites.EveryPageKind();
        var headings = 0;
        foreach (var (sample, url) in pages)
        {
            await page.GotoAsync(url.AbsoluteUri);
            var where = $"{sample.Kind} {url.AbsolutePath}";
            Assert.True(await page.Locator("main").CountAsync() == 1, $"{where}: not exactly one main");
            Assert.True(await page.Locator("body > header").CountAsync() == 1, $"{where}: not exactly one page header (banner)");
            Assert.True(await page.Locator("body > footer").CountAsync() == 1, $"{where}: not exactly one page footer (contentinfo)");
            Assert.True(await page.Locator("body > header nav[aria-label]").CountAsync() == 1, $"{where}: no labelled site navigation");

            var levels = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.tagName[1]))");
            Assert.True(levels.Count(static l => l == 1) == 1, $"{where}: {levels.Count(static l => l == 1)} h1 headings");
            Assert.True(levels[0] == 1, $"{where}: the first heading is h{levels[0]}");
            for (var i = 1; i < levels.Length; i++)
            {
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{where}: h{levels[i]} follows h{levels[i - 1]} (heading {i + 1})");
            }

            headings += levels.Length;
        }

        problems.AssertNone("landmarks and headings");
        output.WriteLine($"landmarks and headings: {pages.Count} pages, {headings} headings in order");
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Tab_reaches_every_visible_link_of_every_page_kind_starting_with_the_skip_link()
    {
        var page = await chromium.NewPageAsync();
        var problems = await PageProblems.WatchAsync(page);
        var pages = sites.EveryPageKind();
        var reached = 0;
        foreach (var (sample, url) in pages)
        {
            await page.GotoAsync(url.AbsoluteUri);
            var where = $"{sample.Kind} {url.AbsolutePath}";
            await CheckSkipLinkAsync(page, where);

            await page.GotoAsync(url.AbsoluteUri);
            var links = await page.EvaluateAsync<int>(KeyboardProbe.Install);
            // Form controls (the header's search field and button) take Tab presses too.
            var controls = await page.EvaluateAsync<int>("() => document.querySelectorAll('input:not([type=hidden]), button, select, textarea').length");
            for (var i = 0; i <= links + controls; i++)
            {
                await page.Keyboard.PressAsync("Tab");
            }

            var missed = await page.EvaluateAsync<string[]>(KeyboardProbe.Missed);
            Assert.True(missed.Length == 0, $"{where}: Tab never reached {missed.Length} of {links} links: {string.Join(", ", missed.Take(10))}");
            reached += links;
        }

        problems.AssertNone("keyboard");
        output.WriteLine($"keyboard: {pages.Count} pages, all {reached} visible links reached with Tab; skip link first on each");
        await page.Context.CloseAsync();
    }

    /// <summary>The first Tab shows the skip link; following it puts the next Tab inside main.</summary>
    private static async Task CheckSkipLinkAsync(IPage page, string where)
    {
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.className + ' ' + document.activeElement.getAttribute('href')");
        Assert.True(focused == "skip-link #main", $"{where}: the first Tab focuses '{focused}', not the skip link");
        var shown = await page.EvaluateAsync<bool>("() => { const r = document.activeElement.getBoundingClientRect(); return r.left >= 0 && r.top >= 0 && r.width > 0 && r.right <= innerWidth; }");
        Assert.True(shown, $"{where}: the focused skip link is off screen");

        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        var inMain = await page.EvaluateAsync<bool>("() => location.hash === '#main' && document.querySelector('main').contains(document.activeElement)");
        Assert.True(inMain, $"{where}: after the skip link, Tab does not go into main");
    }
}
