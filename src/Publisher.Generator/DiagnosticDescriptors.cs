using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Publisher.Parsing.Diagnostics;

namespace Publisher.Generator;

/// <summary>
/// Roslyn descriptors for the parser's <see cref="DiagnosticCatalog"/>: one table of ids, titles and severities,
/// so the build and the publisher CLI report the same problems the same way.
/// </summary>
public static class DiagnosticDescriptors
{
    private static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById =
        DiagnosticCatalog.All.ToDictionary(d => d.Id, Create, StringComparer.Ordinal);

    public static DiagnosticDescriptor For(string id) => ById[id];

    public static Diagnostic ToDiagnostic(ContentDiagnostic diagnostic, string fullPath)
    {
        var source = diagnostic.Source;
        var startLine = Math.Max(0, source.Line - 1);
        var startColumn = Math.Max(0, source.Column - 1);
        var endLine = Math.Max(startLine, source.EndLine - 1);
        var endColumn = source.EndLine - 1 > startLine ? Math.Max(0, source.EndColumn) : Math.Max(startColumn, source.EndColumn);
        var location = Location.Create(
            fullPath,
            new TextSpan(Math.Max(0, source.Start), Math.Max(0, source.Length)),
            new LinePositionSpan(new LinePosition(startLine, startColumn), new LinePosition(endLine, endColumn)));
        return Diagnostic.Create(For(diagnostic.Id), location, diagnostic.Message);
    }

    private static DiagnosticDescriptor Create(DiagnosticDescriptorInfo info) => new(
        info.Id,
        info.Title,
        "{0}",
        DiagnosticCatalog.Category,
        info.DefaultLevel switch
        {
            DiagnosticLevel.Error => DiagnosticSeverity.Error,
            DiagnosticLevel.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        },
        isEnabledByDefault: true,
        description: info.Help);
}
