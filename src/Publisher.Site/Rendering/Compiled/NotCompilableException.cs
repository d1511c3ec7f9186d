using Scriban.Parsing;

namespace Publisher.Site.Rendering.Compiled;

/// <summary>A template uses a construct the compiler does not translate; the whole set stays with the interpreter.</summary>
internal sealed class NotCompilableException(SourceSpan span, string construct) : Exception($"{span.FileName}({span.Start.Line + 1},{span.Start.Column + 1}): {construct}");
