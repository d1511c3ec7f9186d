using Publisher.Corpus;
using Publisher.Site.Building;
using Publisher.Site.Sources;
using Publisher.Tests.Support;

namespace Publisher.Tests.Site;

/// <summary>
/// A large build holds its articles as outlines and reads their bodies back from the parse cache. The records it
/// reads back equal a whole parse, and the site it builds equals one built from whole articles, byte for byte,
/// whether the cache was just written or reused.
/// </summary>
public sealed class OutlineBuildTests
{
    [Fact]
    public void A_build_from_outlines_equals_one_from_whole_articles()
    {
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        CorpusWriter.WriteArticles(CorpusGenerator.Generate(new CorpusOptions(60)), content);
        var articles = Path.Combine(content, "articles");
        // The copy gets its slug made unique at placement, after parsing: a record read back must keep that slug.
        File.Copy(Directory.GetFiles(articles).Order(StringComparer.Ordinal).First(), Path.Combine(articles, "zz-same-slug.txt"));
        // Markdown: its source, a subheading, a captioned image and a raw HTML block are all body the outline leaves out.
        File.WriteAllText(Path.Combine(articles, "zz-markdown.md"), """
            ---
            title: Talks resume in Geneva
            date: 2021-03-04
            ---
            Negotiators met again on Tuesday, a spokesman said.

            ## What comes next

            ![Delegates arrive](delegates.jpg "Delegates arrive at the Palais des Nations. Photo: Jane Doe")

            <table class="schedule"><tr><td>Geneva</td><td>Thursday</td></tr></table>

            A second round is planned for May.
            """);
        var cache = folder.Combine("parse-cache");

        var whole = ContentFolder.LoadWithRegistry(content, folder.Path);
        Assert.Contains(whole.Articles, static a => a.Mentions.Length > 0);
        Assert.Contains(whole.Articles, static a => a.Diagnostics.Any(static d => d.Id == "PUB006"));
        Assert.Contains(whole.Articles, static a => a.MarkdownBody is not null && a.Body.Any(static b => b.Html is not null));
        Assert.All(whole.Articles, a => Assert.Same(a, whole.Full(a)));
        var expected = BuildSite(whole, folder.Combine("whole"));

        foreach (var run in new[] { "parsed", "reused" })
        {
            var outlined = ContentFolder.LoadWithRegistry(content, folder.Path, cacheFile: cache, outlines: true);
            try
            {
                Assert.Equal(run == "reused" ? whole.Articles.Length : 0, outlined.ReusedParses);
                Assert.Equal(whole.Articles.Length, outlined.Articles.Length);
                for (var i = 0; i < whole.Articles.Length; i++)
                {
                    var outline = outlined.Articles[i];
                    Assert.Equal(whole.Articles[i].Mentions.Length, outline.Mentions.Length);
                    Assert.All(outline.Mentions, static m => Assert.Equal(default, m.Source));
                    Assert.True(outline.Body.Length <= 1, $"{outline.SourcePath}: an outline keeps only the opening paragraph");
                    Assert.Equal(whole.Articles[i], outlined.Full(outline));
                }

                TestSites.AssertSameFiles(expected, BuildSite(outlined, folder.Combine("site-" + run)), $"the site from outlines ({run}) and from whole articles");
                outlined.ParseCache!.Save();
            }
            finally
            {
                outlined.ParseCache?.Dispose();
            }
        }
    }

    [Fact]
    public void A_run_that_is_not_saved_leaves_the_last_cache_as_it_was()
    {
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        CorpusWriter.WriteArticles(CorpusGenerator.Generate(new CorpusOptions(10)), content);
        var cache = folder.Combine("parse-cache");
        var first = ContentFolder.LoadWithRegistry(content, folder.Path, cacheFile: cache, outlines: true);
        first.ParseCache!.Save();
        first.ParseCache.Dispose();
        var saved = File.ReadAllBytes(cache);
        Assert.False(File.Exists(cache + ".new"));

        var edited = Directory.GetFiles(Path.Combine(content, "articles")).Order(StringComparer.Ordinal).First();
        File.WriteAllText(edited, File.ReadAllText(edited) + "\nA closing paragraph added by an editor.\n");
        var second = ContentFolder.LoadWithRegistry(content, folder.Path, cacheFile: cache, outlines: true);
        Assert.True(File.Exists(cache + ".new"), "a new parse is written to the cache's next version as it is made");
        var article = second.Articles.Single(a => edited.EndsWith(Path.GetFileName(a.SourcePath), StringComparison.Ordinal));
        Assert.Contains(second.Full(article).Body, static b => b.Text.Contains("added by an editor", StringComparison.Ordinal));
        second.ParseCache!.Dispose();

        Assert.False(File.Exists(cache + ".new"));
        Assert.Equal(saved, File.ReadAllBytes(cache));
    }

    [Fact]
    public void A_cache_that_cannot_be_written_costs_memory_not_correctness()
    {
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        CorpusWriter.WriteArticles(CorpusGenerator.Generate(new CorpusOptions(10)), content);
        var cache = folder.Combine("parse-cache");
        // Something of the user's where the cache's next version would go: it cannot be written, nor may it be removed.
        Directory.CreateDirectory(cache + ".new");
        File.WriteAllText(Path.Combine(cache + ".new", "notes.txt"), "the user's\n");

        var whole = ContentFolder.LoadWithRegistry(content, folder.Path);
        var outlined = ContentFolder.LoadWithRegistry(content, folder.Path, cacheFile: cache, outlines: true);
        Assert.Equal(whole.Articles, outlined.Articles.Select(outlined.Full));
        TestSites.AssertSameFiles(BuildSite(whole, folder.Combine("site-whole")), BuildSite(outlined, folder.Combine("site-outlined")));
        outlined.ParseCache!.Save();
        outlined.ParseCache.Dispose();

        Assert.False(File.Exists(cache));
        Assert.Equal("the user's\n", File.ReadAllText(Path.Combine(cache + ".new", "notes.txt")));
    }

    private static SortedDictionary<string, byte[]> BuildSite(LoadedContent content, string output)
    {
        var result = SiteBuilder.Build(content, new SiteOptions(TestSites.Templates, output) { AllowRawHtml = true });
        Assert.True(result.Committed, result.OutputProblem);
        return TestSites.Files(output);
    }
}
