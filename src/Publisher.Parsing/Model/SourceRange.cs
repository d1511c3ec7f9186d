namespace Publisher.Parsing.Model;

/// <summary>
/// Where something stands in an article file: UTF-16 offsets into the decoded text (a byte-order mark is not
/// counted) and the 1-based line and column of its first and last character, for diagnostics.
/// </summary>
public readonly record struct SourceRange(int Start, int End, int Line, int Column, int EndLine, int EndColumn)
{
    public int Length => End - Start;

    public static SourceRange None => default;
}
