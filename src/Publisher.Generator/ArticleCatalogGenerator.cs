using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Publisher.Generator.Emit;
using Publisher.Generator.Model;
using Publisher.Generator.Pipeline;
using Publisher.Parsing;
using Publisher.Parsing.Catalog;
using Publisher.Parsing.Diagnostics;
using Publisher.Parsing.Entities;

namespace Publisher.Generator;

/// <summary>
/// Compiles article files (AdditionalFiles) into a typed catalog. Each file is read and parsed on its own, so an
/// edit re-parses only that file; names and order are planned from small per-article keys. The entity registry
/// (content/entities.yml) is read once into a value every article's parse takes, so articles re-parse only when
/// the registry really changes.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ArticleCatalogGenerator : IIncrementalGenerator
{
    public const string ReadStep = "ReadArticle";
    public const string ParseStep = "ParseArticle";
    public const string KeyStep = "ArticleKey";
    public const string PlanStep = "CatalogPlan";
    public const string SpecStep = "ArticleSpec";
    public const string ReadRegistryStep = "ReadRegistry";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var settings = context.AnalyzerConfigOptionsProvider.Select(static (options, _) => SettingsReader.Read(options.GlobalOptions));

        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => InputReader.Read(pair.Left, pair.Right, ct))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(ReadStep);

        var registry = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => RegistryInputReader.Read(pair.Left, pair.Right, ct))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .Collect()
            .Select(static (registryInputs, _) => RegistryLoader.Load(registryInputs))
            .WithTrackingName(ReadRegistryStep);

        // Only the entities reach the articles, not the registry's diagnostics: an edit that changes no entity (a
        // comment added at the end, say) leaves every article cached.
        var entities = registry.Select(static (spec, _) => spec.Registry);

        var parsed = inputs
            .Combine(entities)
            .Select(static (pair, _) => (pair.Left.Path, Result: Parse(pair.Left, pair.Right)))
            .WithTrackingName(ParseStep);

        var plan = parsed
            .Where(static p => p.Result.Article is not null)
            .Select(static (p, _) => new ArticleKey(p.Result.Article!.SourcePath, p.Result.Article.Slug, p.Result.Article.Title, p.Result.Article.Published?.Date))
            .WithTrackingName(KeyStep)
            .Collect()
            .Select(static (keys, _) => CatalogPlanner.Plan(keys))
            .WithTrackingName(PlanStep);

        var specs = parsed
            .Where(static p => p.Result.Article is not null)
            .Combine(plan)
            .Combine(settings)
            .Select(static (pair, _) => ToSpec(pair.Left.Left.Path, pair.Left.Left.Result, pair.Left.Right, pair.Right))
            .WithTrackingName(SpecStep);

        context.RegisterSourceOutput(specs, static (spc, spec) =>
        {
            foreach (var diagnostic in spec.Article.Diagnostics)
            {
                spc.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(diagnostic, spec.FullPath));
            }

            spc.AddSource(ArticleEmitter.HintName(spec), SourceText.From(ArticleEmitter.Emit(spec), Encoding.UTF8));
        });

        context.RegisterSourceOutput(parsed.Where(static p => p.Result.Article is null), static (spc, p) =>
        {
            foreach (var diagnostic in p.Result.Diagnostics)
            {
                spc.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(diagnostic, p.Path));
            }
        });

        context.RegisterSourceOutput(plan.Combine(settings), static (spc, pair) =>
            spc.AddSource(CatalogEmitter.HintName(pair.Right), SourceText.From(CatalogEmitter.Emit(pair.Left, pair.Right), Encoding.UTF8)));

        context.RegisterSourceOutput(registry.Combine(settings), static (spc, pair) =>
        {
            var spec = pair.Left;
            foreach (var diagnostic in spec.Diagnostics)
            {
                spc.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(diagnostic, spec.FullPath ?? diagnostic.Path));
            }

            foreach (var ignored in spec.IgnoredFiles)
            {
                var why = $"a project has one entity registry and '{spec.FullPath}' is already read; this file is ignored. Merge its entries into that file, or remove PublisherEntities=\"true\" from one of them";
                spc.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(DiagnosticCatalog.MalformedRegistry.Create(ignored, FirstCharacter, why), ignored));
            }

            spc.AddSource(EntitiesEmitter.HintName(pair.Right), SourceText.From(EntitiesEmitter.Emit(spec, pair.Right), Encoding.UTF8));
        });
    }

    private static Parsing.Model.SourceRange FirstCharacter => new(0, 0, 1, 1, 1, 1);

    private static ArticleParseResult Parse(ArticleInput input, EntityRegistry registry) =>
        ArticleParser.Parse(
            new ArticleSource(input.RelativePath, input.Text, input.DecodedAsUtf8 ? null : -1),
            new ParserOptions(input.MaxArticleBytes) { Registry = registry });

    private static ArticleSpec ToSpec(string fullPath, ArticleParseResult result, CatalogPlan plan, CatalogSettings settings)
    {
        var article = result.Article!;
        var entry = plan.Find(article.SourcePath);
        var planDiagnostics = plan.Diagnostics.Where(d => d.Path == article.SourcePath);
        var placed = article with
        {
            Slug = entry?.Slug ?? article.Slug,
            Diagnostics = article.Diagnostics.AddRange(planDiagnostics),
        };
        return new ArticleSpec(fullPath, placed, entry?.Identifier ?? MemberNames.FromSlug(article.Slug), settings);
    }
}
