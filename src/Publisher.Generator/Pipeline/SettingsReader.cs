using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Publisher.Generator.Model;
using Publisher.Parsing;

namespace Publisher.Generator.Pipeline;

/// <summary>Reads the MSBuild properties made visible by build/Publisher.Generator.props.</summary>
public static class SettingsReader
{
    public const string DefaultClassName = "Articles";

    public static CatalogSettings Read(AnalyzerConfigOptions options)
    {
        var ns = Get(options, "PublisherCatalogNamespace") ?? Get(options, "RootNamespace") ?? "Publisher.Content";
        if (!ns.Split('.').All(IsIdentifier))
        {
            ns = "Publisher.Content";
        }

        var className = Get(options, "PublisherCatalogClass") ?? DefaultClassName;
        if (!IsIdentifier(className))
        {
            className = DefaultClassName;
        }

        var maxBytes = int.TryParse(Get(options, "PublisherMaxArticleBytes"), out var parsed) && parsed > 0
            ? parsed
            : ParserOptions.DefaultMaxFileBytes;
        return new CatalogSettings(ns, className, maxBytes);
    }

    public static string? Get(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool IsIdentifier(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;
}
