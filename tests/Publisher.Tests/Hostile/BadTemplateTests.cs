using Publisher.Tests.Site;
using Publisher.Tests.Support;

namespace Publisher.Tests.Hostile;

/// <summary>
/// Broken templates through `publisher build --content`: the error names the template file and line, the command
/// exits 1, and the site of the previous build is left exactly as it was.
/// </summary>
public sealed class BadTemplateTests
{
    [Theory]
    [InlineData("a syntax error", "home.html", "<h1>Home</h1>\n{{ for x in }}\n", "home.html", 2)]
    [InlineData("an unclosed block", "article.html", "<h1>{{ article.title }}</h1>\n\n{{ if article.title }}\n<p>never closed</p>\n", "article.html", 3)]
    [InlineData("an unknown partial", "home.html", "<h1>Home</h1>\n\n{{ partial \"nope\" }}\n", "home.html", 3)]
    [InlineData("a partial that includes itself", "partials/loop.html", "{{ partial \"loop\" }}\n", "partials/loop.html", 1)]
    public void A_broken_template_is_located_and_the_previous_site_is_kept(string problem, string template, string text, string reportedFile, int line)
    {
        using var folder = new TempFolder();
        var (content, site, before) = BuildGoodSite(folder);
        var templates = OutputSafetyTests.CopyTemplates(folder);
        File.WriteAllText(Path.Combine(templates, template), text);
        if (template.StartsWith("partials/", StringComparison.Ordinal))
        {
            File.AppendAllText(Path.Combine(templates, "home.html"), "{{ partial \"loop\" }}\n");
        }

        var (code, output) = CliRunner.Run("build", "--content", content, "--out", site, "--templates", templates);

        Assert.True(code == 1, $"{problem}: exit code {code}\n{output}");
        Assert.Matches($@"templates/{System.Text.RegularExpressions.Regex.Escape(reportedFile)}\({line},\d+\): ", output);
        Assert.Contains("the previous site is untouched", output, StringComparison.Ordinal);
        Assert.Equal(before, TestSites.Files(site));
    }

    [Fact]
    public void A_missing_template_is_named_and_the_previous_site_is_kept()
    {
        using var folder = new TempFolder();
        var (content, site, before) = BuildGoodSite(folder);
        var templates = OutputSafetyTests.CopyTemplates(folder);
        File.Delete(Path.Combine(templates, "article.html"));

        var (code, output) = CliRunner.Run("build", "--content", content, "--out", site, "--templates", templates);

        Assert.Equal(1, code);
        Assert.Matches(@"templates/article\.html\(1,1\): .*missing", output);
        Assert.Equal(before, TestSites.Files(site));
    }

    [Fact]
    public void A_template_loop_over_100000_items_runs_to_the_end()
    {
        using var folder = new TempFolder();
        var content = WriteContent(folder);
        var templates = OutputSafetyTests.CopyTemplates(folder);
        File.AppendAllText(Path.Combine(templates, "home.html"), "<ol>{{ for i in 1..100000 }}<li>{{ i }}</li>{{ end }}</ol>\n");
        var site = folder.Combine("out");

        var (code, output) = CliRunner.Run("build", "--content", content, "--out", site, "--templates", templates);

        Assert.True(code == 0, output);
        var home = File.ReadAllText(Path.Combine(site, "index.html"));
        Assert.Contains("<li>99999</li><li>100000</li></ol>", home, StringComparison.Ordinal);
        Assert.Contains(SitePages.GoodSlug, home, StringComparison.Ordinal);
    }

    private static (string Content, string Site, SortedDictionary<string, byte[]> Files) BuildGoodSite(TempFolder folder)
    {
        var content = WriteContent(folder);
        var site = folder.Combine("out");
        var (code, output) = CliRunner.Run("build", "--content", content, "--out", site, "--templates", TestSites.Templates);
        Assert.True(code == 0, output);
        return (content, site, TestSites.Files(site));
    }

    private static string WriteContent(TempFolder folder)
    {
        var articles = Directory.CreateDirectory(folder.Combine("content", "articles")).FullName;
        File.WriteAllText(Path.Combine(articles, "good.txt"), SitePages.GoodArticle);
        return folder.Combine("content");
    }
}
