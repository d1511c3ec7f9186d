namespace Publisher.Parsing.Yaml;

/// <summary>The document split into lines at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>, with file line numbers.</summary>
internal sealed class SourceText
{
    private readonly SourceLine[] _lines;

    public SourceText(string text, int firstLine)
    {
        FirstLine = firstLine;

        // Editors do not show a byte-order mark, so columns on the first line start after it.
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        _lines = new SourceLine[CountLines(text, start)];

        var row = 0;
        var lineStart = start;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            _lines[row++] = Measure(text, lineStart, i, endsWithBreak: true);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            lineStart = i + 1;
        }

        if (lineStart < text.Length)
        {
            _lines[row] = Measure(text, lineStart, text.Length, endsWithBreak: false);
        }
    }

    public int FirstLine { get; }

    public int LineCount => _lines.Length;

    public SourceLine this[int row] => _lines[row];

    private static int CountLines(string text, int start)
    {
        var count = 0;
        var lineStart = start;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            count++;
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            lineStart = i + 1;
        }

        return lineStart < text.Length ? count + 1 : count;
    }

    private static SourceLine Measure(string text, int start, int end, bool endsWithBreak)
    {
        var indentEnd = start;
        while (indentEnd < end && text[indentEnd] == ' ')
        {
            indentEnd++;
        }

        var contentStart = indentEnd;
        while (contentStart < end && (text[contentStart] == ' ' || text[contentStart] == '\t'))
        {
            contentStart++;
        }

        return new SourceLine(start, end, indentEnd - start, contentStart, endsWithBreak, MarkerOf(text, start, end));
    }

    private static DocumentMarker MarkerOf(string text, int start, int end)
    {
        if (end - start < 3 || (end - start > 3 && text[start + 3] != ' ' && text[start + 3] != '\t'))
        {
            return DocumentMarker.None;
        }

        var c = text[start];
        if ((c != '-' && c != '.') || text[start + 1] != c || text[start + 2] != c)
        {
            return DocumentMarker.None;
        }

        return c == '-' ? DocumentMarker.Start : DocumentMarker.End;
    }
}
