using Microsoft.CodeAnalysis;
using Publisher.Generator;
using Publisher.Tests.Support;

namespace Publisher.Tests.Generator;

/// <summary>The generator does no work for unchanged files, and only one article's work for a one-article edit.</summary>
public sealed class IncrementalCachingTests
{
    private static readonly string[] TrackedSteps =
    [
        ArticleCatalogGenerator.ReadStep, ArticleCatalogGenerator.ParseStep, ArticleCatalogGenerator.KeyStep,
        ArticleCatalogGenerator.PlanStep, ArticleCatalogGenerator.SpecStep, ArticleCatalogGenerator.ReadRegistryStep,
    ];

    private const string Registry = "- name: Jens Stoltenberg\n  kind: person\n  aliases: Stoltenberg\n";

    [Fact]
    public void A_rerun_with_nothing_changed_is_all_cached()
    {
        var harness = new GeneratorHarness(Articles(5));
        harness.Run();
        var second = harness.Run().Results.Single();

        foreach (var step in TrackedSteps)
        {
            Assert.All(
                second.TrackedSteps[step].SelectMany(s => s.Outputs),
                output => Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"{step}: {output.Reason}"));
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_article_body_reruns_only_that_article()
    {
        var articles = Articles(5);
        var harness = new GeneratorHarness(articles);
        harness.Run();
        var edited = GeneratorHarness.Article("a2.txt", articles[2].GetText()!.ToString().Replace("first paragraph", "edited paragraph"));
        harness.Replace(articles[2], edited);
        var result = harness.Run().Results.Single();

        foreach (var step in new[] { ArticleCatalogGenerator.ParseStep, ArticleCatalogGenerator.SpecStep })
        {
            var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(4, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        }

        // The body edit changes no slug, title or date, so the catalog plan is untouched.
        Assert.All(result.TrackedSteps[ArticleCatalogGenerator.PlanStep].SelectMany(s => s.Outputs), output =>
            Assert.NotEqual(IncrementalStepRunReason.Modified, output.Reason));
        var regenerated = result.GeneratedSources.Single(s => s.HintName.Contains("A2", StringComparison.Ordinal));
        Assert.Contains("edited paragraph", regenerated.SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_a_title_replans_the_catalog_but_leaves_other_articles_unchanged()
    {
        var articles = Articles(3);
        var harness = new GeneratorHarness(articles);
        harness.Run();
        harness.Replace(articles[0], GeneratorHarness.Article("a0.txt", articles[0].GetText()!.ToString().Replace("Article A0 headline", "Renamed headline here")));
        var result = harness.Run().Results.Single();

        var specReasons = result.TrackedSteps[ArticleCatalogGenerator.SpecStep].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, specReasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, specReasons.Count(r => r == IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Editing_one_article_leaves_the_registry_cached()
    {
        var articles = Articles(3);
        var harness = new GeneratorHarness(articles.Append(GeneratorHarness.Registry(Registry)));
        harness.Run();
        harness.Replace(articles[1], GeneratorHarness.Article("a1.txt", articles[1].GetText()!.ToString().Replace("first paragraph", "edited paragraph")));
        var result = harness.Run().Results.Single();

        Assert.All(Reasons(result, ArticleCatalogGenerator.ReadRegistryStep), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        var parses = Reasons(result, ArticleCatalogGenerator.ParseStep);
        Assert.Equal(1, parses.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, parses.Count(r => r == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void Editing_the_registry_rereads_it_and_reparses_every_article()
    {
        var articles = Articles(3);
        var registry = GeneratorHarness.Registry(Registry);
        var harness = new GeneratorHarness(articles.Append(registry));
        harness.Run();
        harness.Replace(registry, GeneratorHarness.Registry(Registry + "- name: Sergei Lavrov\n  kind: person\n"));
        var result = harness.Run().Results.Single();

        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, ArticleCatalogGenerator.ReadRegistryStep));
        Assert.All(Reasons(result, ArticleCatalogGenerator.ParseStep), reason => Assert.NotEqual(IncrementalStepRunReason.Cached, reason));
        Assert.Contains("SergeiLavrov", result.GeneratedSources.Single(s => s.HintName == "Entities.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_registry_edit_that_changes_no_entity_leaves_the_articles_cached()
    {
        var articles = Articles(3);
        var registry = GeneratorHarness.Registry(Registry);
        var harness = new GeneratorHarness(articles.Append(registry));
        harness.Run();
        harness.Replace(registry, GeneratorHarness.Registry(Registry + "# More entries to come.\n"));
        var result = harness.Run().Results.Single();

        Assert.Equal([IncrementalStepRunReason.Unchanged], Reasons(result, ArticleCatalogGenerator.ReadRegistryStep));
        Assert.All(Reasons(result, ArticleCatalogGenerator.ParseStep), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    internal static List<AdditionalText> Articles(int count) =>
        Enumerable.Range(0, count)
            .Select(i => (AdditionalText)GeneratorHarness.Article(
                $"a{i}.txt",
                $"---\ndate: 2020-01-{i + 1:00}\npublisher: Wire\n---\nArticle A{i} headline about talks\n\nThe first paragraph of article {i} says that talks went on.\n\nA second paragraph follows here.\n"))
            .ToList();
}
