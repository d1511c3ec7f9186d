using Scriban.Parsing;

namespace Publisher.Site.Rendering.Compiled;

/// <summary>A template uses a construct the compiler does not translate; the whole set stays with the interpreter.</summary>
internal sealed class NotCompilableException(SourceSpan span, string construct)
    : Exception($"{span.FileName}({span.Start.Line + 1},{span.Start.Column + 1}): {Readable(construct)}")
{
    /// <summary>Scriban's node names as a template's author knows them: ScriptCaptureStatement is `capture`.</summary>
    private static string Readable(string construct)
    {
        if (!construct.StartsWith("Script", StringComparison.Ordinal) || construct.Contains(' ', StringComparison.Ordinal))
        {
            return construct;
        }

        var name = construct["Script".Length..];
        foreach (var suffix in (string[])["Statement", "Expression"])
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length)
            {
                name = name[..^suffix.Length];
            }
        }

        return "`" + name.ToLowerInvariant() + "`";
    }
}
