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

namespace Publisher.Generator;

/// <summary>
/// Compiles article files (AdditionalFiles) into a typed catalog. Each file is read and parsed on its own, so an
/// edit re-parses only that file; names and order are planned from small per-article keys.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ArticleCatalogGenerator : IIncrementalGenerator
{
    public const string ReadStep = "ReadArticle";
    public const string ParseStep = "ParseArticle";
    public const string KeyStep = "ArticleKey";
    public const string PlanStep = "CatalogPlan";
    public const string SpecStep = "ArticleSpec";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var settings = context.AnalyzerConfigOptionsProvider.Select(static (options, _) => SettingsReader.Read(options.GlobalOptions));

        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => InputReader.Read(pair.Left, pair.Right, ct))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(ReadStep);

        var parsed = inputs
            .Select(static (input, _) => (input.Path, Result: Parse(input)))
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
    }

    private static ArticleParseResult Parse(ArticleInput input) =>
        ArticleParser.Parse(
            new ArticleSource(input.RelativePath, input.Text, input.DecodedAsUtf8 ? null : -1),
            new ParserOptions(input.MaxArticleBytes));

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
