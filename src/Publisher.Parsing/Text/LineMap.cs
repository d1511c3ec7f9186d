using Publisher.Parsing.Model;

namespace Publisher.Parsing.Text;

/// <summary>
/// Line starts of a text, so offsets can be reported as 1-based line and column. Accepts LF, CRLF and lone CR,
/// because scraped files arrive with all three and offsets must stay those of the original text.
/// </summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly int _length;

    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
        _length = text.Length;
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>Offset of the first character of a 1-based line.</summary>
    public int LineStart(int line) => _lineStarts[Math.Max(0, Math.Min(line, _lineStarts.Length) - 1)];

    /// <summary>1-based line of an offset.</summary>
    public int LineOf(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, _length));
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index + 1;
    }

    public SourceRange Range(int start, int end)
    {
        start = Math.Max(0, Math.Min(start, _length));
        end = Math.Max(start, Math.Min(end, _length));
        var line = LineOf(start);
        var lastChar = end > start ? end - 1 : start;
        var endLine = LineOf(lastChar);
        return new SourceRange(
            start,
            end,
            line,
            start - LineStart(line) + 1,
            endLine,
            lastChar - LineStart(endLine) + 1);
    }

    /// <summary>A range for a 1-based line and column, as YAML errors report them.</summary>
    public SourceRange At(int line, int column)
    {
        line = Math.Max(1, Math.Min(line, _lineStarts.Length));
        var start = Math.Min(_length, LineStart(line) + Math.Max(0, column - 1));
        return new SourceRange(start, start, line, start - LineStart(line) + 1, line, start - LineStart(line) + 1);
    }
}
