using System.Text;
using System.Text.RegularExpressions;
using Publisher.Corpus;
using Publisher.Parsing.Model;
using Publisher.Site.Building;
using Publisher.Site.Indexing;
using Publisher.Site.Search;
using Publisher.Tests.Support;
using static Publisher.Tests.Support.ArticleEdits;

namespace Publisher.Tests.Site;

/// <summary>
/// Edits that stay inside articles' bodies rebuild only those articles' pages and the search index, from what the
/// last build kept; the site is byte for byte a clean build's. Any other change, or a store that is missing, damaged
/// or someone else's, makes a whole build, which equals a clean one too.
/// </summary>
public sealed partial class BodyEditBuildTests
{
    private const string Paragraph = "\nThe committee will meet again after the holiday to review the quinquennial figures in detail.\n";

    [Fact]
    public void Body_edits_rebuild_their_pages_alone_and_the_site_equals_a_clean_build()
    {
        using var folder = new TempFolder();
        var (content, files) = Corpus(folder, 80);
        var site = folder.Combine("site");
        Assert.Null(BodyEdits(Build(content, site)));
        var original = File.ReadAllText(files[10]);

        File.AppendAllText(files[10], Paragraph);
        File.AppendAllText(files[50], Paragraph.Replace("quinquennial", "biennial", StringComparison.Ordinal));
        Assert.Equal(2, BodyEdits(Build(content, site)));
        AssertEqualsCleanBuild(content, site, folder, "two appended paragraphs");

        // Edited again, the article is compared with its parse from before the first edit, which has the same outline.
        File.WriteAllText(files[10], original + Paragraph + "\nA further note was added later by the desk editor.\n");
        Assert.Equal(1, BodyEdits(Build(content, site)));
        AssertEqualsCleanBuild(content, site, folder, "a second edit");

        File.WriteAllText(files[10], original);
        Assert.Equal(1, BodyEdits(Build(content, site)));
        AssertEqualsCleanBuild(content, site, folder, "the edit undone");
        Assert.Contains("Site up to date", CliRunner.Run(["build", "--content", content, "--templates", TestSites.Templates, "--out", site]).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Edits_beyond_the_body_make_a_whole_build_that_equals_a_clean_one()
    {
        using var folder = new TempFolder();
        var (content, files) = Corpus(folder, 60);
        var site = folder.Combine("site");
        Build(content, site);

        // A new headline reaches every list that shows the article.
        Edit(files[5], text => ReplaceTitle(text, "A headline the desk rewrote"));
        Assert.Null(BodyEdits(Build(content, site)));
        AssertEqualsCleanBuild(content, site, folder, "title");

        // A person newly named in the body changes the entity pages.
        var named = NamedPerson().Match(File.ReadAllText(files[7])).Value;
        Assert.NotEmpty(named);
        File.AppendAllText(files[6], $"\n{named} was also expected to attend the talks.\n");
        Assert.Null(BodyEdits(Build(content, site)));
        AssertEqualsCleanBuild(content, site, folder, "a new mention");

        // A body edit together with a new article file.
        File.AppendAllText(files[8], Paragraph);
        File.Copy(files[9], Path.Combine(Path.GetDirectoryName(files[9])!, "zz-a-new-article.txt"));
        Assert.Null(BodyEdits(Build(content, site)));
        AssertEqualsCleanBuild(content, site, folder, "a body edit and an added article");
    }

    [Fact]
    public void A_whole_build_after_a_body_edit_renders_the_page_it_changed_again()
    {
        using var folder = new TempFolder();
        var (content, files) = Corpus(folder, 40);
        var site = folder.Combine("site");
        Build(content, site);
        var original = File.ReadAllText(files[3]);

        File.AppendAllText(files[3], Paragraph);
        Assert.Equal(1, BodyEdits(Build(content, site)));

        // Undone, with the stores gone so the build is a whole one: it must not take the edited page for current.
        File.WriteAllText(files[3], original);
        File.Delete(ArticleContextStore.PathFor(site));
        Assert.Null(BodyEdits(Build(content, site)));
        AssertEqualsCleanBuild(content, site, folder, "undone");
    }

    [Fact]
    public void A_parse_cache_the_last_build_could_not_save_is_not_trusted_to_judge_edits()
    {
        using var folder = new TempFolder();
        var (content, files) = Corpus(folder, 40);
        var site = folder.Combine("site");
        Build(content, site);
        var original = File.ReadAllText(files[3]);

        // A whole build whose parses cannot be saved (the cache's next version is a folder of the user's): the old
        // cache still holds the article as it was, while the site shows the new headline everywhere.
        var blocked = Directory.CreateDirectory(BuildState.PathFor(site, "publisher-parsed") + ".new").FullName;
        Edit(files[3], text => ReplaceTitle(text, "A headline that stays for one build"));
        Assert.Null(BodyEdits(Build(content, site)));
        Directory.Delete(blocked);

        // Put back, the article matches the old cache's parse, but not the site: the build must be a whole one.
        File.WriteAllText(files[3], original);
        Assert.Null(BodyEdits(Build(content, site)));
        AssertEqualsCleanBuild(content, site, folder, "the headline put back");
    }

    [Fact]
    public void Missing_damaged_or_foreign_stores_make_a_whole_build_and_are_never_overwritten()
    {
        using var folder = new TempFolder();
        var (content, files) = Corpus(folder, 40);
        var site = folder.Combine("site");
        Build(content, site);
        var contexts = ArticleContextStore.PathFor(site);
        var snapshot = SearchSnapshot.PathFor(site);

        File.Delete(contexts);
        File.AppendAllText(files[1], Paragraph);
        Assert.Null(BodyEdits(Build(content, site)));
        AssertEqualsCleanBuild(content, site, folder, "no context store");

        // One letter of a term changed: the snapshot still decodes, as another index.
        var bytes = File.ReadAllBytes(snapshot);
        var letter = Array.FindIndex(bytes, bytes.Length / 2, static b => b is >= (byte)'a' and < (byte)'z');
        bytes[letter]++;
        File.WriteAllBytes(snapshot, bytes);
        File.AppendAllText(files[2], Paragraph);
        Assert.Null(BodyEdits(Build(content, site)));
        AssertEqualsCleanBuild(content, site, folder, "a damaged search snapshot");

        File.WriteAllText(snapshot, "a file of the user's own\n");
        File.WriteAllText(contexts, "another file of the user's own\n");
        File.AppendAllText(files[3], Paragraph);
        Assert.Null(BodyEdits(Build(content, site)));
        AssertEqualsCleanBuild(content, site, folder, "foreign stores");
        Assert.Equal("a file of the user's own\n", File.ReadAllText(snapshot));
        Assert.Equal("another file of the user's own\n", File.ReadAllText(contexts));
    }

    [Fact]
    public void A_manifest_left_by_an_interrupted_build_makes_a_whole_build_and_a_foreign_signature_store_is_left_alone()
    {
        using var folder = new TempFolder();
        var (content, files) = Corpus(folder, 40);
        var site = folder.Combine("site");
        Build(content, site);

        // A build killed among its moves leaves its files marked pending: the folder is a mix of two builds.
        var manifest = Path.Combine(site, Publisher.Site.Output.Manifest.FileName);
        var lines = File.ReadAllLines(manifest);
        var page = Array.FindIndex(lines, static l => l.EndsWith("/index.html", StringComparison.Ordinal));
        lines[page] = Publisher.Site.Output.Manifest.Pending + lines[page][lines[page].IndexOf(' ', StringComparison.Ordinal)..];
        File.WriteAllLines(manifest, lines);
        File.AppendAllText(files[1], Paragraph);
        Assert.Null(BodyEdits(Build(content, site)));
        AssertEqualsCleanBuild(content, site, folder, "an interrupted build's manifest");

        // The page signatures only spare a later whole build some rendering: a file of that name that is not the
        // tool's does not stop an edit, and is left as it is.
        var signatures = PageSignatureStore.PathFor(site);
        File.WriteAllText(signatures, "the user's notes\n");
        File.AppendAllText(files[2], Paragraph);
        Assert.Equal(1, BodyEdits(Build(content, site)));
        AssertEqualsCleanBuild(content, site, folder, "a foreign signature store");
        Assert.Equal("the user's notes\n", File.ReadAllText(signatures));
    }

    [Fact]
    public void Replacing_an_articles_body_terms_gives_the_index_a_whole_build_gives()
    {
        var articles = TestSites.Corpus(30).ToArray();
        var tokenizer = SearchTokenizer.Default;
        var before = SearchIndexBuilder.Build(SiteIndexBuilder.Build(articles), tokenizer);
        var index = SiteIndexBuilder.Build(articles);

        foreach (var position in new[] { 0, 7, 29 })
        {
            var site = index.Articles[position];
            var article = site.Article;
            // The body loses its last paragraph (terms only it had go), and gains words no article has and words
            // of its own title (a term the article is already filed under, by title, gains its body list).
            var body = article.Body.RemoveAt(article.Body.Length - 1)
                .Add(new BodyBlock(BodyBlockKind.Paragraph, "Zyxquorble and flimwhistle were " + article.Title, default));
            var edited = articles.Select(a => a.SourcePath == article.SourcePath ? a with { Body = body, Captions = [] } : a).ToArray();
            var expected = SearchIndexBuilder.Build(SiteIndexBuilder.Build(edited), tokenizer);

            var replaced = SearchIndexBuilder.ReplaceBody(before, site.Position, article with { Body = body, Captions = [] }, tokenizer);

            Assert.Equal(Files(expected), Files(replaced));
            Assert.Contains(replaced.Terms, t => t.Term == "zyxquorbl" || t.Term == "zyxquorble");
        }
    }

    private static string Files(SearchIndex index) =>
        string.Join("\n", SearchFiles.Write(index, SearchTokenizer.Default.Rules).Select(static f => f.Path + "\n" + Encoding.UTF8.GetString(f.Bytes)));

    private static (string Content, string[] Files) Corpus(TempFolder folder, int count)
    {
        var content = folder.Combine("content");
        CorpusWriter.WriteArticles(CorpusGenerator.Generate(new CorpusOptions(count)), content);
        return (content, Directory.GetFiles(Path.Combine(content, "articles")).Order(StringComparer.Ordinal).ToArray());
    }

    private static string Build(string content, string site)
    {
        var (code, output) = CliRunner.Run(["build", "--content", content, "--templates", TestSites.Templates, "--out", site]);
        Assert.True(code is 0 or 1, output);
        Assert.Contains("Site built", output, StringComparison.Ordinal);
        return output;
    }

    /// <summary>The report's count of articles built alone; null when the build was a whole one.</summary>
    private static int? BodyEdits(string report) =>
        BodyEditsRow().Match(report) is { Success: true } row ? int.Parse(row.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static void AssertEqualsCleanBuild(string content, string site, TempFolder folder, string edit)
    {
        var clean = folder.Combine("clean-" + edit.Replace(' ', '-'));
        Build(content, clean);
        TestSites.AssertSameFiles(TestSites.Files(clean), TestSites.Files(site), $"after {edit}, the site and a clean build");
    }

    [GeneratedRegex(@"│ Articles edited in their body only\s+│\s+(\d+)")]
    private static partial Regex BodyEditsRow();

    [GeneratedRegex(@"(?:General|Minister|President|Senator|Ambassador|Governor) \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+")]
    private static partial Regex NamedPerson();
}
