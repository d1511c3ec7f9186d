using Publisher.Content;
using Publisher.Site.Rendering;
using Publisher.Tests.Support;

namespace Publisher.Tests.Site;

/// <summary>Template problems are reported as template(line,col): message, and nothing is written.</summary>
public sealed class TemplateErrorTests
{
    [Fact]
    public void A_syntax_error_is_located_in_its_template()
    {
        using var folder = new TempFolder();
        var templates = OutputSafetyTests.CopyTemplates(folder);
        File.WriteAllText(Path.Combine(templates, "home.html"), "<h1>Home</h1>\n{{ for x in }}\n");

        var result = TestSites.Build(Articles.All, folder.Combine("site"), templates: templates);

        Assert.False(result.Committed);
        Assert.False(Directory.Exists(folder.Combine("site")));
        var error = result.TemplateErrors.First();
        Assert.EndsWith("templates/home.html", error.Path, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
        Assert.Matches(@"templates/home\.html\(2,\d+\): .+", error.ToString());
    }

    [Fact]
    public void A_missing_template_is_named()
    {
        using var folder = new TempFolder();
        var templates = OutputSafetyTests.CopyTemplates(folder);
        File.Delete(Path.Combine(templates, "entity.html"));

        var result = TestSites.Build(Articles.All, folder.Combine("site"), templates: templates);

        var error = Assert.Single(result.TemplateErrors);
        Assert.EndsWith("templates/entity.html", error.Path, StringComparison.Ordinal);
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_partial_is_a_located_error()
    {
        using var folder = new TempFolder();
        var templates = OutputSafetyTests.CopyTemplates(folder);
        File.WriteAllText(Path.Combine(templates, "home.html"), "<h1>Home</h1>\n\n{{ partial \"nope\" }}\n");

        var result = TestSites.Build(Articles.All, folder.Combine("site"), templates: templates);

        var error = Assert.Single(result.TemplateErrors);
        Assert.Equal(3, error.Line);
        Assert.Contains("partials/nope.html", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_values_and_long_loops_are_never_cut_short()
    {
        var set = TemplateSet.Load(TestSites.Templates);
        Assert.Empty(set.Errors);
        var context = new HtmlTemplateContext();
        var template = Scriban.Template.Parse("{{ for i in 1..150000 }}{{ i }},{{ end }}|{{ big }}");
        var globals = new Scriban.Runtime.ScriptObject { ["big"] = new string('x', 3_000_000) };
        context.PushGlobal(globals);

        var output = template.Render(context);

        Assert.EndsWith("150000,|" + new string('x', 3_000_000), output, StringComparison.Ordinal);
    }
}
