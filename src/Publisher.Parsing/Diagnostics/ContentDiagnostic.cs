using Publisher.Parsing.Model;

namespace Publisher.Parsing.Diagnostics;

/// <summary>A problem found in a content file, with a stable id (PUB001…) and where it is.</summary>
public sealed record ContentDiagnostic(string Id, DiagnosticLevel Level, string Message, string Path, SourceRange Source)
{
    /// <summary>The MSBuild-style line a writer's editor can jump to: <c>path(line,col): warning PUB001: message</c>.</summary>
    public override string ToString()
    {
        var level = Level switch
        {
            DiagnosticLevel.Error => "error",
            DiagnosticLevel.Warning => "warning",
            _ => "info",
        };
        var line = Math.Max(1, Source.Line);
        var column = Math.Max(1, Source.Column);
        return $"{Path}({line},{column}): {level} {Id}: {Message}";
    }
}
