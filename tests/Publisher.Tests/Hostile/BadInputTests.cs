using Microsoft.CodeAnalysis;
using Publisher.Parsing.Diagnostics;
using Publisher.Tests.Support;

namespace Publisher.Tests.Hostile;

/// <summary>
/// Every bad-input case, end to end: `publisher build --content` reports the case's diagnostic with its id, file and
/// line, builds the good article beside it, and exits 1 only for errors. Text cases also go through the source
/// generator, which must report the same id on the same line.
/// </summary>
public sealed class BadInputTests
{
    [Fact]
    public void The_table_has_at_least_thirty_cases_with_distinct_names()
    {
        Assert.True(BadInputCases.All.Length >= 30, $"{BadInputCases.All.Length} cases");
        Assert.Equal(BadInputCases.All.Length, BadInputCases.All.Select(static c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(BadInputCases.Names), MemberType = typeof(BadInputCases))]
    public void The_build_names_the_problem_and_builds_the_rest(string name)
    {
        var bad = BadInputCases.Named(name);
        using var folder = new TempFolder();
        var content = Write(folder, bad);
        var site = folder.Combine("out");

        var (code, output) = CliRunner.Run(["build", "--content", content, "--out", site, "--templates", TestSites.Templates, .. bad.Arguments]);

        var reported = ReportedLines(output).Where(l => l.StartsWith(bad.File + "(", StringComparison.Ordinal)).ToList();
        if (bad.Id is null)
        {
            Assert.True(reported.Count == 0, "unexpected diagnostics:\n" + string.Join('\n', reported));
        }
        else
        {
            var expected = $"{bad.File}({bad.Line},";
            Assert.True(
                reported.Any(l => l.StartsWith(expected, StringComparison.Ordinal) && l.Contains($" {bad.Id}: ", StringComparison.Ordinal)),
                $"expected {bad.Id} at {expected} in:\n{output}");
        }

        Assert.DoesNotContain(ReportedLines(output), l => l.StartsWith("content/articles/good.txt", StringComparison.Ordinal));
        var isError = bad.Id is not null && DiagnosticCatalog.All.Single(d => d.Id == bad.Id).DefaultLevel == DiagnosticLevel.Error;
        Assert.True((isError ? 1 : 0) == code, $"exit code {code}:\n{output}");
        Assert.Contains("Council approves the new harbour bridge budget", SitePages.Article(site, SitePages.GoodSlug), StringComparison.Ordinal);
        Assert.True(File.ReadAllText(Path.Combine(site, "index.html")).Contains(SitePages.GoodSlug, StringComparison.Ordinal), "the home page lists the good article");
        bad.Check?.Invoke(site, output);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void A_size_limit_below_one_byte_is_a_usage_error(string limit)
    {
        using var folder = new TempFolder();
        var content = Write(folder, BadInputCases.All[0]);

        var (code, output) = CliRunner.Run("build", "--content", content, "--out", folder.Combine("out"), "--max-article-bytes", limit);

        Assert.Equal(2, code);
        Assert.Contains("--max-article-bytes must be at least 1", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("out")));
    }

    [Theory]
    [MemberData(nameof(BadInputCases.CompiledNames), MemberType = typeof(BadInputCases))]
    public void The_compiler_reports_the_same_problem_in_the_same_place(string name)
    {
        var bad = BadInputCases.Named(name);
        var texts = bad.Files.Select(f => (AdditionalText)new InMemoryAdditionalText($"{GeneratorHarness.ContentRoot}/content/{f.RelativePath}", System.Text.Encoding.UTF8.GetString(f.Bytes)))
            .Append(GeneratorHarness.Article("good.txt", SitePages.GoodArticle));
        var harness = new GeneratorHarness(texts);

        var diagnostics = harness.Run().Diagnostics
            .Where(d => d.Location.GetLineSpan().Path == $"{GeneratorHarness.ContentRoot}/{bad.File}")
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();

        if (bad.Id is null)
        {
            Assert.Empty(diagnostics);
        }
        else
        {
            Assert.Contains(diagnostics, d => d.Id == bad.Id && d.Location.GetLineSpan().StartLinePosition.Line + 1 == bad.Line);
        }

        Assert.DoesNotContain(harness.CompileErrors(), e => !e.Id.StartsWith("PUB", StringComparison.Ordinal));
    }

    private static string Write(TempFolder folder, BadInputCase bad)
    {
        var content = folder.Combine("content");
        Directory.CreateDirectory(Path.Combine(content, "articles"));
        File.WriteAllText(Path.Combine(content, "articles", "good.txt"), SitePages.GoodArticle);
        foreach (var file in bad.Files)
        {
            var path = Path.Combine(content, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }

        return content;
    }

    private static IEnumerable<string> ReportedLines(string output) =>
        output.Split('\n').Select(static l => l.TrimEnd('\r')).Where(static l => l.Contains(": warning PUB", StringComparison.Ordinal) || l.Contains(": error PUB", StringComparison.Ordinal));
}
