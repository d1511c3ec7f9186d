using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Publisher.Generator;

namespace Publisher.Tests.Support;

/// <summary>Runs the article generator in memory, the way the compiler does, and compiles its output.</summary>
public sealed class GeneratorHarness
{
    public const string ContentRoot = "/repo";

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(Publisher.Parsing.Model.Article).Assembly.Location))
            .ToImmutableArray();
    });

    public GeneratorHarness(IEnumerable<AdditionalText> articles, IDictionary<string, string>? properties = null, string userCode = "")
    {
        var global = ImmutableDictionary.CreateRange(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Sample.Content",
            ["build_property.PublisherContentRoot"] = ContentRoot,
        });
        foreach (var (key, value) in properties ?? new Dictionary<string, string>())
        {
            global = global.SetItem("build_property." + key, value);
        }

        Compilation = CSharpCompilation.Create(
            "Sample.Content",
            [CSharpSyntaxTree.ParseText(userCode, new CSharpParseOptions(LanguageVersion.Latest), path: "User.cs")],
            LazyReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Driver = CSharpGeneratorDriver.Create(
            [new ArticleCatalogGenerator().AsSourceGenerator()],
            articles,
            new CSharpParseOptions(LanguageVersion.Latest),
            new TestAnalyzerOptions(global),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public CSharpCompilation Compilation { get; }

    public GeneratorDriver Driver { get; private set; }

    public static InMemoryAdditionalText Article(string name, string text) => new($"{ContentRoot}/content/articles/{name}", text);

    /// <summary>The entity registry at its default place, found by the generator without item metadata.</summary>
    public static InMemoryAdditionalText Registry(string text) => new($"{ContentRoot}/content/entities.yml", text);

    public GeneratorDriverRunResult Run()
    {
        Driver = Driver.RunGeneratorsAndUpdateCompilation(Compilation, out var output, out _);
        LastOutput = output;
        return Driver.GetRunResult();
    }

    public Compilation? LastOutput { get; private set; }

    public void Replace(AdditionalText old, AdditionalText replacement) => Driver = Driver.ReplaceAdditionalText(old, replacement);

    public void Add(AdditionalText text) => Driver = Driver.AddAdditionalTexts([text]);

    /// <summary>Compiler errors in the generated code together with the user code.</summary>
    public IReadOnlyList<Diagnostic> CompileErrors() =>
        (LastOutput ?? throw new InvalidOperationException("Run first."))
            .GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .ToList();
}
