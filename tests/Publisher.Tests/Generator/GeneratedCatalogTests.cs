using System.Reflection;
using Microsoft.CodeAnalysis;
using Publisher.Tests.Support;

namespace Publisher.Tests.Generator;

public sealed class GeneratedCatalogTests
{
    [Fact]
    public void Generated_catalog_compiles_and_names_members_from_slugs()
    {
        var harness = new GeneratorHarness(IncrementalCachingTests.Articles(3));
        var result = harness.Run();

        Assert.Empty(harness.CompileErrors());
        Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith("Articles.ArticleA0HeadlineAboutTalks.g.cs", StringComparison.Ordinal));
        Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith("Articles.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Referencing_a_missing_article_is_a_compile_error()
    {
        const string User = "class Use { object A => Sample.Content.Articles.ArticleA0HeadlineAboutTalks; object B => Sample.Content.Articles.NoSuchArticle; }";
        var harness = new GeneratorHarness(IncrementalCachingTests.Articles(1), userCode: User);
        harness.Run();

        var error = Assert.Single(harness.CompileErrors());
        Assert.Equal("CS0117", error.Id);
        Assert.Contains("NoSuchArticle", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_orders_by_date_and_looks_up_by_slug_at_run_time()
    {
        var articles = new List<AdditionalText>
        {
            GeneratorHarness.Article("late.txt", "---\ndate: 2021-05-01\n---\nLate story about the summit\n\nBody text of the late story.\n"),
            GeneratorHarness.Article("early.txt", "---\ndate: 2019-05-01\n---\nEarly story about the summit\n\nBody text of the early story.\n"),
            GeneratorHarness.Article("undated.txt", "Undated story about the summit\n\nBody text without any date.\n"),
        };
        var harness = new GeneratorHarness(articles);
        harness.Run();
        var assembly = Load(harness.LastOutput!);
        var catalog = assembly.GetType("Sample.Content.Articles")!;

        var all = (System.Collections.IEnumerable)catalog.GetProperty("All")!.GetValue(null)!;
        var titles = all.Cast<Publisher.Parsing.Model.Article>().Select(a => a.Title).ToList();
        Assert.Equal(["Early story about the summit", "Late story about the summit", "Undated story about the summit"], titles);

        var find = catalog.GetMethod("FindBySlug")!;
        var early = (Publisher.Parsing.Model.Article)find.Invoke(null, ["early-story-about-the-summit"])!;
        Assert.Equal("early.txt", Path.GetFileName(early.SourcePath));
        Assert.Null(find.Invoke(null, ["nope"]));
        Assert.Equal(3, (int)catalog.GetField("Count")!.GetValue(null)!);
    }

    [Fact]
    public void Generated_records_equal_the_parser_output()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Content, "001_b674c38d9c199353.txt"));
        var harness = new GeneratorHarness([GeneratorHarness.Article("001_b674c38d9c199353.txt", text)]);
        harness.Run();
        var catalog = Load(harness.LastOutput!).GetType("Sample.Content.Articles")!;
        var generated = ((System.Collections.IEnumerable)catalog.GetProperty("All")!.GetValue(null)!).Cast<Publisher.Parsing.Model.Article>().Single();

        var parsed = Publisher.Parsing.ArticleParser.Parse(text, "content/articles/001_b674c38d9c199353.txt").Article!;
        Assert.Equal(parsed, generated);
    }

    internal static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(stream.ToArray());
    }
}
