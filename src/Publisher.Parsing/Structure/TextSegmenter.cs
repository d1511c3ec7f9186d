using Publisher.Parsing.Text;

namespace Publisher.Parsing.Structure;

/// <summary>
/// Cuts scraped text into candidate paragraphs. Blank lines separate blocks; inside a block every line is its own
/// paragraph (scrapers often write one paragraph per line with no blank line between), unless the block looks
/// hard-wrapped, in which case its lines are joined.
/// </summary>
public static class TextSegmenter
{
    private const int WrappedLineMaxLength = 100;

    public static List<Segment> Split(string text, int bodyStart, int firstLine)
    {
        var segments = new List<Segment>();
        var block = new List<SourceLine>();
        foreach (var line in SourceLines.Split(text, bodyStart, firstLine))
        {
            if (line.IsBlank(text))
            {
                Flush(text, block, segments);
                continue;
            }

            block.Add(line);
        }

        Flush(text, block, segments);
        return segments;
    }

    private static void Flush(string text, List<SourceLine> block, List<Segment> segments)
    {
        if (block.Count == 0)
        {
            return;
        }

        if (LooksHardWrapped(text, block))
        {
            var start = block[0].Start;
            var end = block[block.Count - 1].End;
            segments.Add(Make(text, start, end));
        }
        else
        {
            foreach (var line in block)
            {
                segments.Add(Make(text, line.Start, line.End));
            }
        }

        block.Clear();
    }

    private static Segment Make(string text, int start, int end)
    {
        // Leading and trailing spaces are not part of the paragraph; trimming keeps offsets on real characters.
        while (start < end && (TextCleaner.IsSpace(text[start]) || text[start] == '\uFEFF'))
        {
            start++;
        }

        while (end > start && TextCleaner.IsSpace(text[end - 1]))
        {
            end--;
        }

        return new Segment(start, end, TextCleaner.Clean(text, start, end));
    }

    /// <summary>
    /// Wrapped prose has short lines that mostly stop mid-sentence; scraped one-line paragraphs are long or end in
    /// sentence punctuation.
    /// </summary>
    private static bool LooksHardWrapped(string text, List<SourceLine> block)
    {
        if (block.Count < 2)
        {
            return false;
        }

        var longest = block.Max(l => l.End - l.Start);
        var midSentence = 0;
        for (var i = 0; i < block.Count; i++)
        {
            var line = block[i];
            var length = line.End - line.Start;
            if (length > WrappedLineMaxLength || StartsWithBullet(text, line))
            {
                return false;
            }

            // Wrapped lines fill the width; a short line inside the block is a line of its own.
            if (i < block.Count - 1 && length * 5 < longest * 3)
            {
                return false;
            }

            if (i < block.Count - 1 && !EndsSentence(text, line))
            {
                midSentence++;
            }
        }

        return midSentence * 2 >= block.Count - 1 && midSentence > 0 && !AllShortTitleLines(text, block);
    }

    private static bool StartsWithBullet(string text, SourceLine line)
    {
        var i = line.Start;
        while (i < line.End && TextCleaner.IsSpace(text[i]))
        {
            i++;
        }

        return i < line.End && text[i] is '•' or '·' or '▪' or '*' or '-' or '–' or '—';
    }

    private static bool EndsSentence(string text, SourceLine line)
    {
        var end = line.End;
        while (end > line.Start && TextCleaner.IsSpace(text[end - 1]))
        {
            end--;
        }

        return end > line.Start && Punctuation.IsSentenceEnd(text[end - 1]);
    }

    /// <summary>A run of short lines such as "Share" / "Advertisement" / a headline is not wrapped prose.</summary>
    private static bool AllShortTitleLines(string text, List<SourceLine> block) =>
        block.All(l => l.End - l.Start < 40);
}
