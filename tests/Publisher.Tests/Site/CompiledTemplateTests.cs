using System.Buffers;
using Publisher.Content;
using Publisher.Parsing.Model;
using Publisher.Site.Building;
using Publisher.Site.Indexing;
using Publisher.Site.Pages;
using Publisher.Site.Sources;
using Publisher.Site.Rendering;
using Publisher.Tests.Support;

namespace Publisher.Tests.Site;

/// <summary>
/// Compiled templates write the same bytes as Scriban's interpreter, page for page, and leave to it whatever they do
/// not decide: the same pages come out, and the same errors.
/// </summary>
public sealed class CompiledTemplateTests
{
    [Fact]
    public void The_default_templates_compile_and_every_page_matches_the_interpreter()
    {
        var articles = Articles.All.Concat(TestSites.Corpus(150)).ToList();
        var (jobs, compiled, interpreted) = Renderers(TestSites.Templates, ArticlePlacement.Place(articles));

        Assert.Null(compiled.NotCompiledBecause);
        AssertSamePages(jobs, compiled, interpreted);
        Assert.Equal(0, compiled.InterpretedPages);
        Assert.Contains(jobs, static j => j.Kind == "entity");
        Assert.Contains(jobs, static j => j.Kind == "year");
    }

    [Theory]
    [InlineData("{{ for x in site.years }}[{{ for.index }} {{ for.first }} {{ for.last }} {{ for.length }} {{ for.rindex }} {{ for.even }} {{ for.odd }} {{ for.changed }}]{{ end }}")]
    [InlineData("{{ for y in site.years }}{{ for m in y.months }}{{ y.year }}/{{ for.index }}:{{ m.title }} {{ end }}{{ for.index }};{{ end }}")]
    [InlineData("{{ if site.years.size > 1 && site.title != \"\" }}many{{ else if site.years.size == 1 }}one{{ else }}none{{ end }}|{{ site.article_count * 2 + 1 }}|{{ site.article_count / 2 }}|{{ site.article_count % 3 }}")]
    [InlineData("{{ note = \"<b>\" }}{{ for y in site.years }}{{ note = y.year }}{{ end }}{{ note }}|{{ site.title | string.downcase }}|{{ site.years | array.size }}")]
    [InlineData("{{ \"\" || site.title }}|{{ 0 && site.title }}|{{ null || \"\" }}|{{ (site.article_count) > 0 }}|{{ \"a\" + \"<b>\" }}")]
    [InlineData("{{ year = \"shadowed\" }}{{ for year in site.years }}{{ partial \"p\" }}{{ end }}{{ year }}")]
    public void Each_construct_writes_what_the_interpreter_writes(string body)
    {
        using var folder = new TempFolder();
        var templates = OutputSafetyTests.CopyTemplates(folder);
        File.WriteAllText(Path.Combine(templates, "home.html"), body);
        File.WriteAllText(Path.Combine(templates, "partials", "p.html"), "<{{ year.year }}:{{ year.url | link }}>");

        var (jobs, compiled, interpreted) = Renderers(templates, Articles.All);

        Assert.Null(compiled.NotCompiledBecause);
        AssertSamePages(jobs.Where(static j => j.Kind == "home"), compiled, interpreted);
        Assert.Equal(0, compiled.InterpretedPages);
    }

    [Theory]
    [InlineData("{{ article.no_such_value }}")]
    [InlineData("{{ no_such_variable }}")]
    [InlineData("{{ for x in article.authors }}{{ end }}{{ x }}")]
    [InlineData("{{ article.newer.title }}")]
    [InlineData("{{ partial \"nope\" }}")]
    public void What_the_compiled_templates_leave_undecided_ends_as_the_interpreter_ends_it(string line)
    {
        using var folder = new TempFolder();
        var templates = OutputSafetyTests.CopyTemplates(folder);
        File.AppendAllText(Path.Combine(templates, "article.html"), "\n" + line + "\n");

        var (jobs, compiled, interpreted) = Renderers(templates, Articles.All);

        Assert.Null(compiled.NotCompiledBecause);
        foreach (var job in jobs.Where(static j => j.Kind == "article"))
        {
            var expected = Outcome(interpreted, job);
            Assert.Equal(expected, Outcome(compiled, job));
        }

        Assert.True(compiled.InterpretedPages > 0);
    }

    [Theory]
    [InlineData("{{ capture x }}text{{ end }}{{ x }}", "`capture`")]
    [InlineData("{{ for x in site.years limit:2 }}{{ x.year }}{{ end }}", "for loop with options")]
    [InlineData("{{ x = 1 }}{{ x += 2 }}{{ x }}", "assignment")]
    [InlineData("{{ $local = 1 }}{{ $local }}", "assignment")]
    public void A_construct_left_to_the_interpreter_keeps_the_whole_set_interpreted(string body, string named)
    {
        using var folder = new TempFolder();
        var templates = OutputSafetyTests.CopyTemplates(folder);
        File.WriteAllText(Path.Combine(templates, "home.html"), "<p>\n" + body);

        var (jobs, compiled, interpreted) = Renderers(templates, Articles.All);

        Assert.Contains("home.html(2,", compiled.NotCompiledBecause, StringComparison.Ordinal);
        Assert.Contains(named, compiled.NotCompiledBecause, StringComparison.Ordinal);
        AssertSamePages(jobs, compiled, interpreted);
        Assert.Equal(jobs.Count, compiled.InterpretedPages);
    }

    [Fact]
    public void A_build_says_when_and_why_its_templates_ran_interpreted()
    {
        using var folder = new TempFolder();
        var templates = OutputSafetyTests.CopyTemplates(folder);
        var compiled = TestSites.Build(Articles.All, folder.Combine("compiled"), templates: templates);
        File.AppendAllText(Path.Combine(templates, "home.html"), "\n{{ capture note }}x{{ end }}\n");

        var interpreted = TestSites.Build(Articles.All, folder.Combine("interpreted"), templates: templates);

        Assert.True(compiled.Committed);
        Assert.Null(compiled.TemplatesInterpretedBecause);
        Assert.True(interpreted.Committed);
        Assert.Matches(@"home\.html\(\d+,\d+\): `capture`$", interpreted.TemplatesInterpretedBecause);
    }

    private static (IReadOnlyList<PageJob> Jobs, PageRenderer Compiled, PageRenderer Interpreted) Renderers(string templatesFolder, IReadOnlyList<Article> articles)
    {
        var options = new SiteOptions(templatesFolder, "unused-site");
        var index = SiteIndexBuilder.Build(articles);
        var views = new ViewFactory(index);
        var jobs = new PagePlanner(index, views, options).Plan();
        var templates = TemplateSet.Load(templatesFolder);
        Assert.Empty(templates.Errors);
        var linker = new PageLinker(options.BaseUrl.Path, options.LinkStyle);
        return (jobs, new PageRenderer(templates, views.Site(options), linker, options.BaseUrl), new PageRenderer(templates, views.Site(options), linker, options.BaseUrl, compile: false));
    }

    private static void AssertSamePages(IEnumerable<PageJob> jobs, PageRenderer compiled, PageRenderer interpreted)
    {
        var expected = new ArrayBufferWriter<byte>();
        var actual = new ArrayBufferWriter<byte>();
        foreach (var job in jobs)
        {
            interpreted.RenderUtf8(job, expected);
            compiled.RenderUtf8(job, actual);
            Assert.True(expected.WrittenSpan.SequenceEqual(actual.WrittenSpan), $"{job.Path} differs");
        }
    }

    private static string Outcome(PageRenderer renderer, PageJob job)
    {
        try
        {
            return renderer.Render(job);
        }
        catch (TemplateException e)
        {
            return "error: " + e.Error;
        }
    }
}
