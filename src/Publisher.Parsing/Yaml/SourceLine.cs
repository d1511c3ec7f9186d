namespace Publisher.Parsing.Yaml;

/// <summary>
/// One line of the document, measured once so that the parser can look ahead by whole lines without rescanning.
/// Offsets index the original text; <see cref="End"/> excludes the line break.
/// </summary>
internal readonly struct SourceLine
{
    public SourceLine(int start, int end, int indent, int contentStart, bool endsWithBreak, DocumentMarker marker)
    {
        Start = start;
        End = end;
        Indent = indent;
        ContentStart = contentStart;
        EndsWithBreak = endsWithBreak;
        Marker = marker;
    }

    public int Start { get; }

    public int End { get; }

    /// <summary>Leading spaces only: YAML never counts a tab as indentation.</summary>
    public int Indent { get; }

    /// <summary>First character that is neither a space nor a tab; <see cref="End"/> when the line is blank.</summary>
    public int ContentStart { get; }

    /// <summary>False only for a last line with no break after it, which block scalars must not invent.</summary>
    public bool EndsWithBreak { get; }

    public DocumentMarker Marker { get; }

    public bool IsBlank => ContentStart == End;

    /// <summary>Whether a tab sits among the leading whitespace before the content.</summary>
    public bool HasTabBeforeContent => ContentStart > Start + Indent && ContentStart < End;
}
