namespace Publisher.Site.Rendering;

/// <summary>A problem in a template, located as <c>template(line,col): message</c> like a compiler error.</summary>
public sealed record TemplateError(string Path, int Line, int Column, string Message)
{
    public override string ToString() => $"{Path}({Line},{Column}): {Message}";
}

/// <summary>Thrown when a page cannot be rendered because of its template; carries the located error.</summary>
public sealed class TemplateException(TemplateError error) : Exception(error.ToString())
{
    public TemplateError Error { get; } = error;
}
