namespace Publisher.Parsing.Structure;

/// <summary>
/// A candidate paragraph: one or more source lines, their cleaned text, and the role the stages give it.
/// Mutable only while the pipeline runs; the parser turns segments into immutable records at the end.
/// </summary>
public sealed class Segment(int start, int end, string text)
{
    /// <summary>Offset of the first character in the file text.</summary>
    public int Start { get; set; } = start;

    /// <summary>Offset just past the last character in the file text.</summary>
    public int End { get; } = end;

    public string Text { get; set; } = text;

    public SegmentRole Role { get; set; }

    public string? Credit { get; set; }

    /// <summary>The markup of a raw HTML block in a Markdown body; <see cref="Text"/> then holds its visible text.</summary>
    public string? Html { get; set; }

    /// <summary>Markdown heading level (1–6), 0 for anything else.</summary>
    public int HeadingLevel { get; set; }

    public bool IsOpen => Role == SegmentRole.Unknown;

    public override string ToString() => $"{Role}: {Text}";
}
