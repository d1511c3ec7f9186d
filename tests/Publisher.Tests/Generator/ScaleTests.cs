using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Publisher.Corpus;
using Publisher.Tests.Support;
using Xunit.Abstractions;

namespace Publisher.Tests.Generator;

/// <summary>
/// A 10,000-article catalog compiles: article text must stay out of the 16 MB user-string heap (CS8103). Timings
/// are printed for the record, not asserted (speed is judged by benchmarks, not unit tests).
/// </summary>
public sealed class ScaleTests(ITestOutputHelper output)
{
    private const int Articles = 10_000;

    [Fact]
    [Trait("Category", "Scale")]
    public void A_ten_thousand_article_catalog_compiles()
    {
        var texts = CorpusGenerator.Generate(new CorpusOptions(Articles))
            .Select(a => (AdditionalText)GeneratorHarness.Article(a.FileName, a.Text))
            .ToList();
        var harness = new GeneratorHarness(texts);

        var generate = Stopwatch.StartNew();
        var run = harness.Run();
        generate.Stop();
        var generatorTime = harness.Driver.GetTimingInfo().ElapsedTime;

        var compile = Stopwatch.StartNew();
        using var assembly = new MemoryStream();
        var emit = harness.LastOutput!.Emit(assembly);
        compile.Stop();

        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        // One file per article, the catalog, and the (empty) Entities class.
        Assert.Equal(Articles + 2, run.GeneratedTrees.Length);
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        output.WriteLine(
            $"{Articles} articles: generator {generatorTime.TotalMilliseconds:F0} ms ({generatorTime.TotalMilliseconds / Articles:F3} ms/article), "
            + $"driver {generate.ElapsedMilliseconds} ms, compile+emit {compile.ElapsedMilliseconds} ms, assembly {assembly.Length / 1024 / 1024.0:F1} MiB");
    }
}
