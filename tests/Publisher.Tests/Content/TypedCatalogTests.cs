using Publisher.Content;
using Publisher.Parsing;
using Publisher.Parsing.Model;
using Publisher.Tests.Support;

namespace Publisher.Tests.Content;

/// <summary>The repository's own content/ folder, compiled by the generator into Publisher.Content.Articles.</summary>
public sealed class TypedCatalogTests
{
    [Fact]
    public void Articles_are_typed_members_with_their_facts()
    {
        // This line compiles only because the generator made a member for the seed article.
        var article = Articles.NatoChiefSaysRussianStrikesDamagingSyrianPeaceTalks;

        Assert.Equal("NATO chief says Russian strikes damaging Syrian peace talks", article.Title);
        Assert.Equal(new DateTime(2016, 2, 5), article.Published!.Date);
        Assert.Equal(DateProvenance.FrontMatter, article.Published.Provenance);
        Assert.Equal("TRT World", article.Publisher);
        Assert.Same(article, Articles.GetBySlug(article.Slug));
    }

    [Fact]
    public void All_holds_every_content_file_oldest_first()
    {
        var files = Directory.GetFiles(RepoPaths.Content).Length;
        Assert.Equal(Articles.Count, files);
        Assert.Equal(files, Articles.All.Length);
        var dates = Articles.All.Select(a => a.Published!.Date).ToList();
        Assert.Equal(dates.OrderBy(d => d), dates);
    }

    [Fact]
    public void Build_time_records_equal_run_time_parsing_of_the_same_files()
    {
        foreach (var article in Articles.All)
        {
            var path = Path.Combine(RepoPaths.Root, article.SourcePath);
            // The build parsed with content/entities.yml, so the run-time parse takes the same registry.
            var parsed = ArticleParser.Parse(File.ReadAllText(path), article.SourcePath, new ParserOptions { Registry = Publisher.Content.Entities.Registry }).Article;
            Assert.Equal(parsed, article);
        }
    }

    [Fact]
    public void A_mistyped_article_name_does_not_compile()
    {
        const string Code = """
            class Editor
            {
                object Right => Publisher.Content.Articles.NatoChiefSaysRussianStrikesDamagingSyrianPeaceTalks;
                object Typo => Publisher.Content.Articles.NatoChiefSaysRussianStrikesDamagingSyrianPeaceTalk;
            }
            """;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Append(typeof(Articles).Assembly.Location)
            .Select(p => Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(p));
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Editor",
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(Code)],
            references,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));

        var error = Assert.Single(compilation.GetDiagnostics(), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Equal("CS0117", error.Id);
        Assert.Equal(3, error.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Content_files_compile_without_content_warnings()
    {
        Assert.All(Articles.All, a => Assert.Empty(a.Diagnostics));
    }
}
