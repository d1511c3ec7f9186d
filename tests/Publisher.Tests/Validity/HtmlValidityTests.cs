using Publisher.Site.Building;
using Publisher.Tests.Support;
using Xunit.Abstractions;

namespace Publisher.Tests.Validity;

/// <summary>Every page the publisher writes is valid HTML, and its stylesheet valid CSS, by the Nu HTML Checker.</summary>
public sealed class HtmlValidityTests(ITestOutputHelper output)
{
    [NuCheckerFact]
    public void Every_committed_page_a_paged_listing_and_the_stylesheet_have_no_Nu_checker_errors()
    {
        var site = Path.Combine(RepoPaths.Root, "site");
        var committedPages = Directory.GetFiles(site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var kinds = PageSamples.Of(site);

        using var synthetic = new TempFolder();
        Assert.True(BaseUrl.TryParse("/news/", out var baseUrl, out var problem), problem);
        SyntheticSites.BuildPaged(synthetic.Path, baseUrl);
        var paged = PageSamples.Of(synthetic.Path).Single(static p => p.Kind == PageSamples.PagedListing);
        var pagedFile = Path.Combine(synthetic.Path, paged.File);

        // A page with two known errors rides along in the same run, so a checker that reports nothing cannot pass.
        var broken = synthetic.Combine("known-invalid.html");
        File.WriteAllText(broken, "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p><div>x</div></p><i id=a></i><i id=a></i></body></html>");

        var stylesheet = Path.Combine(site, "assets", "site.css");
        var errors = NuHtmlChecker.Check([.. committedPages, pagedFile, stylesheet, broken]);

        var knownErrors = errors.Where(e => e.File == broken).ToArray();
        Assert.True(knownErrors.Length == 2, $"the checker found {knownErrors.Length} of the 2 errors in the known-invalid page: {string.Join("; ", knownErrors)}");
        var real = errors.Where(e => e.File != broken).ToArray();
        output.WriteLine($"Nu HTML Checker: {committedPages.Length} committed pages ({kinds.Count} kinds: {string.Join(", ", kinds.Select(static k => k.Kind))}), 1 synthetic {paged.SitePath} listing and site.css in one run: {real.Length} errors");
        Assert.True(real.Length == 0, string.Join("\n", real));
    }
}
