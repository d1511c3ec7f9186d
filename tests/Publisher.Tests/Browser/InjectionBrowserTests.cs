using System.Collections.Concurrent;
using Microsoft.Playwright;
using Publisher.Tests.Support;
using Xunit.Abstractions;

namespace Publisher.Tests.Browser;

/// <summary>
/// Pages built from hostile content, opened in Chromium: no payload runs, whatever field it sits in and whether raw
/// HTML is published or not, and the payloads read as text. Every payload calls a function the test exposes, so a
/// single one that ran is caught and named; a control page shows the probe does catch script that runs.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class InjectionBrowserTests(ChromiumBrowser chromium, ITestOutputHelper output)
{
    private const string ActiveContentScript = """
        () => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]
            .filter(a => a.name.startsWith('on') || /^\s*(javascript|vbscript|data):/i.test(a.value))
            .map(a => e.localName + ' ' + a.name + '=' + a.value))
        """;

    [ChromiumTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task No_injected_script_runs_on_any_page_built_from_hostile_content(bool allowRawHtml)
    {
        using var folder = new TempFolder();
        var site = folder.Combine("site");
        var result = HostileContent.Build(HostileContent.Write(folder.Combine("content")), site, allowRawHtml);
        Assert.True(result.Committed && result.ArticlesPublished == 2, string.Join("\n", result.Diagnostics));

        var (page, ran, violations) = await ProbedPageAsync();
        var pages = Directory.GetFiles(site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        Assert.Contains(pages, static f => f.Contains("/organizations/evil-corp/", StringComparison.Ordinal));
        Assert.Contains(pages, static f => f.Contains("/people/jane-payload/", StringComparison.Ordinal));
        foreach (var file in pages)
        {
            await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            Assert.NotEqual("PWNED", await page.TitleAsync());
            Assert.Empty(await page.EvaluateAsync<string[]>(ActiveContentScript));
        }

        output.WriteLine($"{pages.Length} pages opened (raw HTML {(allowRawHtml ? "published" : "as text")}); payloads run: {ran.Count}; CSP violations: {violations.Count}");
        Assert.True(ran.IsEmpty, "payloads ran: " + string.Join(", ", ran));
        Assert.True(violations.IsEmpty, "CSP had to block: " + string.Join(" | ", violations));

        // The payloads are shown as the text they are.
        var article = pages.Single(f => f.Contains("breaking", StringComparison.Ordinal));
        await page.GotoAsync(new Uri(article).AbsoluteUri);
        Assert.Contains(HostileContent.VisibleMarker, await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Contains(HostileContent.Img("standfirst"), await page.InnerTextAsync(".standfirst"), StringComparison.Ordinal);
        Assert.Contains(HostileContent.Script("caption"), await page.InnerTextAsync("figcaption"), StringComparison.Ordinal);
        Assert.Contains(HostileContent.Script("body"), await page.InnerTextAsync(".article-body"), StringComparison.Ordinal);
        var markdown = pages.Single(f => f.Contains("markdown", StringComparison.Ordinal));
        await page.GotoAsync(new Uri(markdown).AbsoluteUri);
        Assert.Contains("A raw HTML block with text worth keeping.", await page.InnerTextAsync(".article-body"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task The_content_security_policy_blocks_inline_script_that_got_into_a_page()
    {
        using var folder = new TempFolder();
        var site = folder.Combine("site");
        var result = HostileContent.Build(HostileContent.Write(folder.Combine("content")), site, allowRawHtml: false);
        Assert.True(result.Committed);
        var html = File.ReadAllText(Path.Combine(site, "index.html"));
        Assert.Contains("http-equiv=\"Content-Security-Policy\"", html, StringComparison.Ordinal);

        // What an escaping bug would let through, put into a built page by hand, with and without its policy.
        const string Injected = $"<script>{HostileContent.Probe}('inline-script')</script><img src=\"missing.png\" onerror=\"{HostileContent.Probe}('event-handler')\"><a id=\"js\" href=\"javascript:{HostileContent.Probe}('javascript-url')\">x</a></main>";
        var withPolicy = Path.Combine(site, "with-policy.html");
        var withoutPolicy = Path.Combine(site, "without-policy.html");
        File.WriteAllText(withPolicy, html.Replace("</main>", Injected, StringComparison.Ordinal));
        File.WriteAllText(withoutPolicy, System.Text.RegularExpressions.Regex.Replace(html, "<meta http-equiv=\"Content-Security-Policy\"[^>]*>", string.Empty).Replace("</main>", Injected, StringComparison.Ordinal));

        var (page, ran, violations) = await ProbedPageAsync();
        await page.GotoAsync(new Uri(withoutPolicy).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.ClickAsync("#js");
        await WaitFor(() => ran.Count >= 3);
        Assert.Equal(["event-handler", "inline-script", "javascript-url"], ran.Order(StringComparer.Ordinal));

        ran.Clear();
        await page.GotoAsync(new Uri(withPolicy).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.ClickAsync("#js");
        await WaitFor(() => violations.Count >= 3);
        Assert.True(ran.IsEmpty, "ran despite the policy: " + string.Join(", ", ran));
        output.WriteLine(string.Join("\n", violations));
        Assert.True(violations.Count >= 3, "expected the policy to report three blocked scripts: " + string.Join(" | ", violations));
        await page.Context.CloseAsync();
    }

    /// <summary>A page on which payloads report themselves, with the policy violations the console reports.</summary>
    private async Task<(IPage Page, ConcurrentQueue<string> Ran, ConcurrentQueue<string> Violations)> ProbedPageAsync()
    {
        var page = await chromium.NewPageAsync();
        var ran = new ConcurrentQueue<string>();
        var violations = new ConcurrentQueue<string>();
        await page.ExposeFunctionAsync<string, bool>(HostileContent.Probe, label =>
        {
            ran.Enqueue(label);
            return true;
        });
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Enqueue(message.Text);
            }
        };
        page.PageError += (_, error) => violations.Enqueue("page error: " + error);
        return (page, ran, violations);
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        for (var i = 0; i < 50 && !condition(); i++)
        {
            await Task.Delay(50);
        }
    }
}
