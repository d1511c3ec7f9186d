namespace Publisher.Parsing.Text;

public static class SourceLines
{
    /// <summary>Splits text into physical lines from <paramref name="from"/> on, honouring LF, CRLF and lone CR.</summary>
    public static List<SourceLine> Split(string text, int from, int firstLineNumber)
    {
        var lines = new List<SourceLine>();
        var start = from;
        var number = firstLineNumber;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\r' && c != '\n')
            {
                continue;
            }

            lines.Add(new SourceLine(number++, start, i));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add(new SourceLine(number, start, text.Length));
        }

        return lines;
    }
}
