namespace Publisher.Parsing.Model;

public enum BodyBlockKind
{
    Paragraph,
    Subheading,
}

/// <summary>One paragraph or subheading of an article body, cleaned, in reading order.</summary>
public sealed record BodyBlock(BodyBlockKind Kind, string Text, SourceRange Source);
