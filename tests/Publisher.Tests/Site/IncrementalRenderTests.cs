using System.Text.RegularExpressions;
using Publisher.Corpus;
using Publisher.Site.Building;
using Publisher.Tests.Support;
using static Publisher.Tests.Support.ArticleEdits;

namespace Publisher.Tests.Site;

/// <summary>
/// Rebuilds reuse the last build's parses and pages: after each kind of edit, the site equals a clean build of the
/// same content byte for byte, and a body edit re-renders only a handful of pages.
/// </summary>
public sealed partial class IncrementalRenderTests
{
    private const int Articles = 120;

    [Fact]
    public void Every_kind_of_edit_gives_the_site_a_clean_build_gives()
    {
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        CorpusWriter.WriteArticles(CorpusGenerator.Generate(new CorpusOptions(Articles)), content);
        var articles = Path.Combine(content, "articles");
        var files = Directory.GetFiles(articles).Order(StringComparer.Ordinal).ToArray();
        var site = folder.Combine("site");

        var first = Build(content, site);
        Assert.Equal(first.Pages, first.Rendered);

        // A body edit: its article page changes, and pages quoting it; nothing else is rendered or parsed again.
        Edit(files[40], text => text.Replace(" said ", " stated ", StringComparison.Ordinal));
        var bodyEdit = AssertEqualsCleanBuild(content, site, folder, "body");
        Assert.InRange(bodyEdit.Rendered, 1, 20);
        Assert.Equal(Articles - 1, bodyEdit.ReusedParses);

        // A new title shows in listings, neighbours' links and related lists.
        Edit(files[41], text => ReplaceTitle(text, "An entirely new headline for this article"));
        var titleEdit = AssertEqualsCleanBuild(content, site, folder, "title");
        Assert.True(titleEdit.Rendered > bodyEdit.Rendered, "a new title must reach the pages that list the article");

        // A new date moves the article between archives and changes every neighbour.
        Edit(files[42], text => Regex.Replace(text, @"date: \d{4}-\d{2}-\d{2}", "date: 1999-01-01"));
        AssertEqualsCleanBuild(content, site, folder, "date");

        // Articles removed and added change the site-wide count: every page is rendered again.
        File.Delete(files[43]);
        File.Copy(files[44], Path.Combine(articles, "zz-added-copy.txt"));
        var added = AssertEqualsCleanBuild(content, site, folder, "removed and added");
        Assert.Equal(added.Pages, added.Rendered);

        // A registry changes what articles mention, so no parse is reused.
        File.WriteAllText(Path.Combine(content, "entities.yml"), "people:\n  - name: Alejandro Amrani\n    aliases: [The General]\n");
        var registry = AssertEqualsCleanBuild(content, site, folder, "registry");
        Assert.Equal(0, registry.ReusedParses);
    }

    [Fact]
    public void Damaged_or_foreign_cache_files_are_never_trusted_or_overwritten()
    {
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        CorpusWriter.WriteArticles(CorpusGenerator.Generate(new CorpusOptions(20)), content);
        var site = folder.Combine("site");
        Build(content, site);

        var parsed = BuildState.PathFor(site, "publisher-parsed");
        var pages = PageSignatureStore.PathFor(site);
        var bytes = File.ReadAllBytes(parsed);
        Array.Fill<byte>(bytes, (byte)'x', bytes.Length / 2, 64);
        File.WriteAllBytes(parsed, bytes);
        File.WriteAllText(pages, File.ReadAllText(pages).Replace("\t", "\tffff", StringComparison.Ordinal));
        var clean = folder.Combine("clean");
        Build(content, clean);

        Build(content, site, "--title", "A changed title, so the build runs");
        Build(content, clean, "--title", "A changed title, so the build runs");
        TestSites.AssertSameFiles(TestSites.Files(clean), TestSites.Files(site));

        File.WriteAllText(parsed, "a file of the user's own\n");
        File.WriteAllText(pages, "another file of the user's own\n");
        Build(content, site, "--title", "Another title");
        Assert.Equal("a file of the user's own\n", File.ReadAllText(parsed));
        Assert.Equal("another file of the user's own\n", File.ReadAllText(pages));
    }

    [Fact]
    public void A_cache_entry_altered_inside_its_text_is_parsed_again()
    {
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        CorpusWriter.WriteArticles(CorpusGenerator.Generate(new CorpusOptions(12)), content);
        var site = folder.Combine("site");
        Build(content, site);

        // One letter of a headline changed in the cache: the entry still decodes, as another headline.
        var parsed = BuildState.PathFor(site, "publisher-parsed");
        var bytes = File.ReadAllBytes(parsed);
        var headline = File.ReadAllLines(Directory.GetFiles(Path.Combine(content, "articles")).Order(StringComparer.Ordinal).First())
            .SkipWhile(static l => l != "---").Skip(1).SkipWhile(static l => l != "---").Skip(1).First(static l => l.Length > 20);
        var at = bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(headline));
        Assert.True(at >= 0, "the headline is stored in the cache as it is written");
        bytes[at + 1] = (byte)(bytes[at + 1] == (byte)'e' ? 'a' : 'e');
        File.WriteAllBytes(parsed, bytes);

        var rebuilt = Build(content, site, "--title", "A changed title, so the build runs");
        var clean = folder.Combine("clean");
        Build(content, clean, "--title", "A changed title, so the build runs");

        TestSites.AssertSameFiles(TestSites.Files(clean), TestSites.Files(site));
        Assert.Equal(11, rebuilt.ReusedParses);
    }

    [Fact]
    public void A_first_build_into_a_folder_whose_parents_do_not_exist_yet_saves_its_parses()
    {
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        CorpusWriter.WriteArticles(CorpusGenerator.Generate(new CorpusOptions(12)), content);
        var site = folder.Combine(Path.Combine("not", "yet", "site"));

        Build(content, site);
        var rebuilt = Build(content, site, "--title", "A changed title, so the build runs");

        Assert.True(File.Exists(BuildState.PathFor(site, "publisher-parsed")), "the parse cache beside the new folder");
        Assert.Equal(12, rebuilt.ReusedParses);
    }

    [Fact]
    public void Rebuild_renders_and_parses_everything_again()
    {
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        CorpusWriter.WriteArticles(CorpusGenerator.Generate(new CorpusOptions(20)), content);
        var site = folder.Combine("site");
        Build(content, site);

        var forced = Build(content, site, "--rebuild");

        Assert.Equal(forced.Pages, forced.Rendered);
        Assert.Equal(0, forced.ReusedParses);
    }

    private static Outcome AssertEqualsCleanBuild(string content, string site, TempFolder folder, string edit)
    {
        var incremental = Build(content, site);
        var clean = folder.Combine("clean-" + edit.Replace(' ', '-'));
        Build(content, clean);
        TestSites.AssertSameFiles(TestSites.Files(clean), TestSites.Files(site), $"after the {edit} edit, the incremental site and a clean build");
        return incremental;
    }

    private static Outcome Build(string content, string site, params string[] extra)
    {
        var (code, output) = CliRunner.Run(["build", "--content", content, "--templates", TestSites.Templates, "--out", site, .. extra]);
        Assert.True(code is 0 or 1, output);
        Assert.Contains("Site built", output, StringComparison.Ordinal);
        // The summary shows the rendered and reused rows only when something was kept or reused.
        static int? Number(Match row) => row.Success
            ? int.Parse(row.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)
            : null;
        var pages = Number(PagesRow().Match(output)) ?? throw new InvalidOperationException("no page count in the summary:\n" + output);
        var rendered = Number(RenderedRow().Match(output)) ?? pages;
        var reused = Number(ReusedRow().Match(output)) ?? 0;
        return new Outcome(pages, rendered, reused);
    }

    [GeneratedRegex(@"│ Pages\s+│\s+([\d,]+)")]
    private static partial Regex PagesRow();

    [GeneratedRegex(@"Pages rendered \(unchanged, kept\)\s+│\s+([\d,]+)")]
    private static partial Regex RenderedRow();

    [GeneratedRegex(@"parse reused\)\s+│\s+([\d,]+)")]
    private static partial Regex ReusedRow();

    private sealed record Outcome(int Pages, int Rendered, int ReusedParses);
}
