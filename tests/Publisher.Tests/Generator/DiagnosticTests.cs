using System.Text;
using Microsoft.CodeAnalysis;
using Publisher.Tests.Support;

namespace Publisher.Tests.Generator;

/// <summary>One test per content diagnostic: the compiler reports it with its id, in the content file, on the right line.</summary>
public sealed class DiagnosticTests
{
    private const string Body = "\n\nThe talks went on for hours in the capital, officials said.\n\nA second paragraph follows.\n";

    [Fact]
    public void PUB001_no_title() =>
        AssertReported("PUB001", "notitle.md", "---\ndate: 2020-01-01\n---\nJust a paragraph of Markdown text without any heading at all.\n", line: 4);

    [Fact]
    public void PUB002_no_publication_date() =>
        AssertReported("PUB002", "nodate.txt", "A headline without a date" + Body, line: 1);

    [Fact]
    public void PUB003_date_inferred_from_text_quotes_the_evidence()
    {
        var diagnostic = AssertReported(
            "PUB003",
            "inferred.txt",
            "A headline about a summit\n\nLeaders met in Paris on March 3, 2019 to discuss the summit, officials said.\n\nMore text.\n",
            line: 3);
        Assert.Contains("2019-03-03", Message(diagnostic), StringComparison.Ordinal);
        Assert.Contains("March 3, 2019", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void PUB004_malformed_front_matter_gives_the_yaml_position()
    {
        var diagnostic = AssertReported("PUB004", "badyaml.txt", "---\ndate: 2020-01-01\ntitle: \"unterminated\n---\nHeadline of the story" + Body, line: 3);
        Assert.Contains("line 3", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void PUB004_unterminated_front_matter() =>
        AssertReported("PUB004", "unterminated.txt", "---\ndate: 2020-01-01\n\nHeadline of the story" + Body, line: 1);

    [Fact]
    public void PUB005_unknown_front_matter_key_suggests_the_known_one()
    {
        var diagnostic = AssertReported("PUB005", "unknownkey.txt", "---\ndate: 2020-01-01\npublsher: AFP\n---\nHeadline of the story" + Body, line: 3);
        Assert.Contains("did you mean 'publisher'", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void PUB006_duplicate_slug()
    {
        var first = GeneratorHarness.Article("dup-a.txt", "---\ndate: 2020-01-01\n---\nSame headline twice here" + Body);
        var second = GeneratorHarness.Article("dup-b.txt", "---\ndate: 2020-01-02\n---\nSame headline twice here" + Body);
        var harness = new GeneratorHarness([first, second]);
        var diagnostics = harness.Run().Diagnostics;

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "PUB006");
        Assert.EndsWith("dup-b.txt", diagnostic.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Contains("same-headline-twice-here-2", Message(diagnostic), StringComparison.Ordinal);
        Assert.Empty(harness.CompileErrors());
    }

    [Fact]
    public void PUB007_empty_file() => AssertReported("PUB007", "empty.txt", string.Empty, line: 1);

    [Fact]
    public void PUB007_whitespace_only_file() => AssertReported("PUB007", "blank.txt", "  \n\n\t\n", line: 1);

    [Fact]
    public void PUB008_not_valid_utf8_as_the_compiler_decodes_it() =>
        // The compiler decodes additional files as UTF-8 and turns bad bytes into U+FFFD.
        AssertReported("PUB008", "badbytes.txt", "Headline about prices here\n\nIt cost \uFFFD5 in the shop, they said.\n", line: 3);

    [Fact]
    public void PUB008_not_valid_utf8_decoded_with_a_fallback_code_page()
    {
        // The compiler decodes a file that is not valid UTF-8 with a fallback code page; the generator sees that.
        var text = new InMemoryAdditionalText($"{GeneratorHarness.ContentRoot}/content/articles/latin1.txt", "Headline about prices\n\nIt cost \u00A35 in the shop, they said.\n", Encoding.Latin1);
        var harness = new GeneratorHarness([text]);
        var diagnostic = Assert.Single(harness.Run().Diagnostics, d => d.Id == "PUB008");
        Assert.EndsWith("latin1.txt", diagnostic.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void PUB009_file_over_the_size_limit()
    {
        var harness = new GeneratorHarness(
            [GeneratorHarness.Article("big.txt", "Headline of a long story" + Body + new string('x', 500))],
            new Dictionary<string, string> { ["PublisherMaxArticleBytes"] = "200" });
        var diagnostic = Assert.Single(harness.Run().Diagnostics, d => d.Id == "PUB009");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("200", Message(diagnostic), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date: yesterday")]
    [InlineData("date: 2016-02-30")]
    [InlineData("date: [2016-02-01]")]
    public void PUB010_invalid_front_matter_value(string line) =>
        AssertReported("PUB010", "baddate.txt", $"---\npublisher: AFP\n{line}\n---\nHeadline of the story" + Body, line: 3);

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/absolute/path")]
    [InlineData("C:\\\\windows")]
    public void PUB011_unsafe_slug(string slug) =>
        AssertReported("PUB011", "unsafe.txt", $"---\ndate: 2020-01-01\nslug: \"{slug}\"\n---\nHeadline of the story" + Body, line: 3);

    [Fact]
    public void PUB012_no_body_text() =>
        AssertReported("PUB012", "nobody.txt", "---\ndate: 2020-01-01\n---\nA headline and nothing else\n\nShare\n\nAdvertisement\n", line: 4);

    [Fact]
    public void PUB013_markdown_without_front_matter() =>
        AssertReported("PUB013", "plain.md", "# A Markdown headline\n\nSome text of the story here.\n", line: 1);

    [Fact]
    public void PUB014_member_name_collision_is_resolved_deterministically()
    {
        var first = GeneratorHarness.Article("c1.txt", "---\ndate: 2020-01-01\n---\nX 1 a story here" + Body);
        var second = GeneratorHarness.Article("c2.txt", "---\ndate: 2020-01-01\n---\nX1 a story here" + Body);
        var harness = new GeneratorHarness([second, first]);
        var result = harness.Run();

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "PUB014");
        Assert.EndsWith("c2.txt", diagnostic.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith("Articles.X1AStoryHere_2.g.cs", StringComparison.Ordinal));
        Assert.Empty(harness.CompileErrors());
    }

    [Fact]
    public void PUB015_unreadable_file_is_reported_and_the_rest_still_load()
    {
        using var folder = new TempFolder();
        var articles = Directory.CreateDirectory(Path.Combine(folder.Path, "content", "articles")).FullName;
        File.WriteAllText(Path.Combine(articles, "good.txt"), "---\ndate: 2020-01-01\n---\nHeadline of the story" + Body);
        File.CreateSymbolicLink(Path.Combine(articles, "gone.txt"), Path.Combine(folder.Path, "missing.txt"));

        var loaded = Publisher.Site.Sources.ContentFolder.Load(Path.Combine(folder.Path, "content"), folder.Path);

        var diagnostic = Assert.Single(loaded.Diagnostics, d => d.Id == "PUB015");
        Assert.Equal("content/articles/gone.txt", diagnostic.Path);
        Assert.Equal(1, diagnostic.Source.Line);
        Assert.Single(loaded.Articles);
    }

    [Fact]
    public void PUB016_malformed_registry_entry_is_located_in_entities_yml()
    {
        var diagnostic = AssertRegistryReported("PUB016", "- name: Jens Stoltenberg\n  kind: person\n- kind: place\n  aliases: Somewhere\n", line: 3);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("no 'name:'", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void PUB016_registry_that_is_not_valid_yaml() =>
        AssertRegistryReported("PUB016", "- name: Jens Stoltenberg\n  kind: person\n  description: \"unterminated\n", line: 3);

    [Fact]
    public void PUB017_unknown_entity_kind_lists_the_known_kinds()
    {
        var diagnostic = AssertRegistryReported("PUB017", "- name: Acme Corp\n  kind: company\n", line: 2);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("person, organization (or organisation), place", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void PUB018_alias_claimed_by_two_entities_is_reported_at_the_later_alias()
    {
        var diagnostic = AssertRegistryReported(
            "PUB018",
            "- name: Sergei Lavrov\n  kind: person\n  aliases: Lavrov\n- name: Lavrov Street\n  kind: place\n  aliases: [LAVROV]\n",
            line: 6);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("already an alias of 'Sergei Lavrov'", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void PUB019_duplicate_entity_id() =>
        AssertRegistryReported("PUB019", "- name: Georgia\n  kind: place\n- name: Tbilisi\n  kind: place\n  id: georgia\n", line: 5);

    [Fact]
    public void PUB020_unknown_registry_key_suggests_the_known_one()
    {
        var diagnostic = AssertRegistryReported("PUB020", "- name: Jens Stoltenberg\n  kind: person\n  alias: Stoltenberg\n", line: 3);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("did you mean 'aliases'", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void PUB021_binary_data_is_not_an_article()
    {
        var diagnostic = AssertReported("PUB021", "image.txt", "\u0089PNG\r\n\u001A\n\0\0\0\rIHDR", line: 3);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void PUB021_utf16_without_a_byte_order_mark_is_named()
    {
        var text = Encoding.UTF8.GetString(Encoding.Unicode.GetBytes("Headline of the story" + Body));
        var diagnostic = AssertReported("PUB021", "utf16.txt", text, line: 1);
        Assert.Contains("UTF-16 without a byte-order mark", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void PUB022_a_title_of_thousands_of_characters_is_kept_and_reported()
    {
        var title = string.Concat(Enumerable.Repeat("word ", 1000)).TrimEnd();
        var diagnostic = AssertReported("PUB022", "longtitle.txt", $"---\ndate: 2020-01-01\ntitle: {title}\n---\nHeadline of the story" + Body, line: 3);
        Assert.Contains("4,999 characters", Message(diagnostic), StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Every_catalog_id_has_a_test_and_a_documented_example()
    {
        var tested = typeof(DiagnosticTests).GetMethods().Select(m => m.Name.Split('_')[0]).Where(n => n.StartsWith("PUB", StringComparison.Ordinal)).ToHashSet();
        var documentation = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md"));
        foreach (var descriptor in Publisher.Parsing.Diagnostics.DiagnosticCatalog.All)
        {
            Assert.Contains(descriptor.Id, tested);
            Assert.Contains("## " + descriptor.Id, documentation, StringComparison.Ordinal);
        }
    }

    private static Diagnostic AssertReported(string id, string file, string text, int line)
    {
        var harness = new GeneratorHarness([GeneratorHarness.Article(file, text)]);
        var diagnostics = harness.Run().Diagnostics;
        var diagnostic = Assert.Single(diagnostics, d => d.Id == id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal($"{GeneratorHarness.ContentRoot}/content/articles/{file}", span.Path);
        Assert.Equal(line, span.StartLinePosition.Line + 1);
        Assert.False(string.IsNullOrWhiteSpace(Message(diagnostic)));
        Assert.DoesNotContain(harness.CompileErrors(), e => !e.Id.StartsWith("PUB", StringComparison.Ordinal));
        return diagnostic;
    }

    private static Diagnostic AssertRegistryReported(string id, string registry, int line)
    {
        var article = GeneratorHarness.Article("story.txt", "---\ndate: 2020-01-01\n---\nHeadline of the story" + Body);
        var harness = new GeneratorHarness([article, GeneratorHarness.Registry(registry)]);
        var diagnostic = Assert.Single(harness.Run().Diagnostics, d => d.Id == id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal($"{GeneratorHarness.ContentRoot}/content/entities.yml", span.Path);
        Assert.Equal(line, span.StartLinePosition.Line + 1);
        Assert.False(string.IsNullOrWhiteSpace(Message(diagnostic)));
        Assert.DoesNotContain(harness.CompileErrors(), e => !e.Id.StartsWith("PUB", StringComparison.Ordinal));
        return diagnostic;
    }

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
}
