using Publisher.Content;
using Publisher.Site.Output;
using Publisher.Tests.Support;

namespace Publisher.Tests.Site;

/// <summary>Output is written aside and swapped in; the tool only ever replaces or deletes files it wrote.</summary>
public sealed class OutputSafetyTests
{
    [Fact]
    public void A_failed_build_leaves_the_previous_site_untouched()
    {
        using var folder = new TempFolder();
        var site = folder.Combine("site");
        TestSites.BuildOk(Articles.All, site);
        var before = TestSites.Files(site);
        var templates = CopyTemplates(folder);
        File.AppendAllText(Path.Combine(templates, "article.html"), "{{ article.no_such_value }}");

        var result = TestSites.Build(Articles.All.Skip(1), site, templates: templates);

        Assert.False(result.Committed);
        var error = Assert.Single(result.TemplateErrors);
        Assert.EndsWith("article.html", error.Path, StringComparison.Ordinal);
        Assert.Contains("no_such_value", error.Message, StringComparison.Ordinal);
        TestSites.AssertSameFiles(before, TestSites.Files(site));
        Assert.False(Directory.Exists(folder.Combine(".site.publisher-staging")));
    }

    [Fact]
    public void Rebuilds_replace_and_remove_only_files_in_the_manifest()
    {
        using var folder = new TempFolder();
        var site = folder.Combine("site");
        TestSites.BuildOk(Articles.All, site);
        File.WriteAllText(Path.Combine(site, "CNAME"), "news.example.org\n");
        var removedArticle = Articles.All[0];
        var removedPage = Directory.GetDirectories(site, removedArticle.Slug, SearchOption.AllDirectories).Single();

        var result = TestSites.BuildOk(Articles.All.Skip(1), site);

        Assert.Equal("news.example.org\n", File.ReadAllText(Path.Combine(site, "CNAME")));
        Assert.False(Directory.Exists(removedPage));
        Assert.True(result.FilesRemoved >= 1);
        Assert.DoesNotContain("CNAME", Manifest.Read(site)!.Files.Keys);
    }

    [Fact]
    public void A_site_an_older_version_built_is_taken_over_whole_and_its_own_files_stay_its_own()
    {
        using var folder = new TempFolder();
        var site = folder.Combine("site");
        TestSites.BuildOk(Articles.All, site);
        File.WriteAllText(Path.Combine(site, "CNAME"), "news.example.org\n");
        // The manifest as version 1 wrote it: the same files, each with the first half of its SHA-256.
        var manifest = Manifest.Read(site)!;
        var v1 = manifest.Files.Keys.Select(f => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(site, f))))[..32] + " " + f);
        File.WriteAllLines(Path.Combine(site, Manifest.FileName), ["# publisher manifest v1: files written by `publisher build`; only these are ever replaced or deleted", .. v1]);

        var result = TestSites.BuildOk(Articles.All, site, options => options with { ReuseUnchangedPages = false });

        Assert.Equal(manifest.Files.Count, result.FilesChanged);
        Assert.Equal(manifest.Files, Manifest.Read(site)!.Files);
        Assert.Equal("news.example.org\n", File.ReadAllText(Path.Combine(site, "CNAME")));
        Assert.StartsWith("# publisher manifest v2", File.ReadLines(Path.Combine(site, Manifest.FileName)).First(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rebuild_of_the_same_content_rewrites_nothing()
    {
        using var folder = new TempFolder();
        var site = folder.Combine("site");
        TestSites.BuildOk(Articles.All, site);
        var stamps = Directory.GetFiles(site, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var result = TestSites.BuildOk(Articles.All, site);

        Assert.Equal(0, result.FilesChanged);
        Assert.All(stamps.Where(static s => !s.Key.EndsWith(Manifest.FileName, StringComparison.Ordinal)), s => Assert.Equal(s.Value, File.GetLastWriteTimeUtc(s.Key)));
    }

    [Fact]
    public void A_folder_the_tool_did_not_create_is_refused_and_left_alone()
    {
        using var folder = new TempFolder();
        var mine = folder.Combine("mine");
        Directory.CreateDirectory(mine);
        File.WriteAllText(Path.Combine(mine, "index.html"), "my own page");

        var refused = TestSites.Build(Articles.All, mine);
        Assert.False(refused.Committed);
        Assert.Contains("not created by publisher", refused.OutputProblem, StringComparison.Ordinal);
        Assert.Equal("my own page", File.ReadAllText(Path.Combine(mine, "index.html")));

        var forced = TestSites.Build(Articles.All, mine, o => o with { Force = true });
        Assert.False(forced.Committed);
        Assert.Contains("index.html", forced.OutputProblem, StringComparison.Ordinal);
        Assert.Equal("my own page", File.ReadAllText(Path.Combine(mine, "index.html")));
    }

    [Fact]
    public void Building_into_the_templates_or_content_folder_is_refused()
    {
        using var folder = new TempFolder();
        var templates = CopyTemplates(folder);

        var intoTemplates = TestSites.Build(Articles.All, templates, templates: templates);
        var aboveTemplates = TestSites.Build(Articles.All, folder.Path, templates: templates);

        Assert.Contains("cannot build into this folder", intoTemplates.OutputProblem, StringComparison.Ordinal);
        Assert.Contains("cannot build into this folder", aboveTemplates.OutputProblem, StringComparison.Ordinal);
    }

    internal static string CopyTemplates(TempFolder folder)
    {
        var target = folder.Combine("templates");
        TestSites.CopyFolder(TestSites.Templates, target);
        return target;
    }
}
