namespace Publisher.Parsing.Model;

public enum BodyBlockKind
{
    Paragraph,
    Subheading,

    /// <summary>A raw HTML block of a Markdown article: <see cref="BodyBlock.Html"/> holds its markup.</summary>
    Html,
}

/// <summary>
/// One paragraph or subheading of an article body, cleaned, in reading order. For a raw HTML block,
/// <see cref="Text"/> is what a reader would see (possibly empty) and <see cref="Html"/> the markup as written,
/// untrusted: the publisher shows only the text unless a site opts in to raw HTML, and then sanitises it.
/// </summary>
public sealed record BodyBlock(BodyBlockKind Kind, string Text, SourceRange Source)
{
    public string? Html { get; init; }
}
