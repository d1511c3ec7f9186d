using System.Text.RegularExpressions;
using Publisher.Parsing.Text;

namespace Publisher.Parsing.Structure;

/// <summary>
/// Reads the block structure of a Markdown body well enough to find headings, paragraphs and image captions as plain
/// text (for titles, entities and quotes). Rendering to HTML is Markdig's job in the publisher; this stays
/// dependency-free so it can run inside the compiler.
/// </summary>
public static class MarkdownSegmenter
{
    private static readonly AdaptiveRegex Heading = new(@"^ {0,3}(?<marks>#{1,6})(?:\s+(?<text>.*?))?\s*#*\s*$", RegexOptions.CultureInvariant);
    private static readonly AdaptiveRegex Fence = new(@"^ {0,3}(?<fence>`{3,}|~{3,})", RegexOptions.CultureInvariant);
    private static readonly AdaptiveRegex ListMarker = new(@"^ {0,3}(?:[-*+]|\d{1,9}[.)])\s+", RegexOptions.CultureInvariant);
    private static readonly AdaptiveRegex QuoteMarker = new(@"^ {0,3}>\s?", RegexOptions.CultureInvariant);
    private static readonly AdaptiveRegex ThematicBreak = new(@"^ {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$", RegexOptions.CultureInvariant);
    private static readonly AdaptiveRegex HtmlBlock = new(@"^ {0,3}<(?:/?[A-Za-z][A-Za-z0-9-]*|!--)", RegexOptions.CultureInvariant);

    // CommonMark's HTML blocks that run to a closing tag rather than to a blank line.
    private static readonly AdaptiveRegex HtmlBlockToClosingTag = new(@"^ {0,3}<(?<tag>script|pre|style|textarea)(?:\s|>|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly AdaptiveRegex HtmlComment = new(@"^ {0,3}<!--", RegexOptions.CultureInvariant);
    private static readonly AdaptiveRegex Image = new(@"!\[(?<alt>[^\]]*)\]\((?<src>[^)\s]*)(?:\s+""(?<title>[^""]*)"")?\)", RegexOptions.CultureInvariant);
    private static readonly AdaptiveRegex Link = new(@"\[(?<text>[^\]]*)\]\([^)]*\)", RegexOptions.CultureInvariant);
    private static readonly AdaptiveRegex Emphasis = new(@"(\*\*|__|\*|_|~~|`)(?=\S)(?<inner>.+?)(?<=\S)\1", RegexOptions.CultureInvariant);
    private static readonly AdaptiveRegex InlineHtml = new(@"</?[A-Za-z][^<>]*>", RegexOptions.CultureInvariant);

    public static List<Segment> Split(string text, int bodyStart, int firstLine)
    {
        var segments = new List<Segment>();
        var lines = SourceLines.Split(text, bodyStart, firstLine);
        var paragraph = new List<SourceLine>();
        string? openFence = null;
        for (var at = 0; at < lines.Count; at++)
        {
            var line = lines[at];
            var content = line.Content(text);
            if (openFence is not null)
            {
                if (content.TrimStart().StartsWith(openFence, StringComparison.Ordinal))
                {
                    openFence = null;
                }

                continue;
            }

            var fence = Fence.Regex.Match(content);
            if (fence.Success)
            {
                Flush(text, paragraph, segments);
                openFence = fence.Groups["fence"].Value;
                continue;
            }

            if (line.IsBlank(text) || ThematicBreak.Regex.IsMatch(content))
            {
                Flush(text, paragraph, segments);
                continue;
            }

            var heading = Heading.Regex.Match(content);
            if (heading.Success)
            {
                Flush(text, paragraph, segments);
                var segment = Make(text, line.Start, line.End, Heading.Regex.Replace(content, "${text}"));
                segment.HeadingLevel = heading.Groups["marks"].Value.Length;
                segments.Add(segment);
                continue;
            }

            if (HtmlBlock.Regex.IsMatch(content) && paragraph.Count == 0)
            {
                var last = HtmlBlockEnd(text, lines, at);
                segments.Add(HtmlSegment(text, line.Start, lines[last].End));
                at = last;
                continue;
            }

            if (ListMarker.Regex.IsMatch(content))
            {
                Flush(text, paragraph, segments);
            }

            paragraph.Add(line);
        }

        Flush(text, paragraph, segments);
        return segments;
    }

    /// <summary>The index of the last line of the HTML block that starts at <paramref name="first"/>.</summary>
    private static int HtmlBlockEnd(string text, IReadOnlyList<SourceLine> lines, int first)
    {
        var opening = lines[first].Content(text);
        var toTag = HtmlBlockToClosingTag.Regex.Match(opening);
        var end = toTag.Success ? "</" + toTag.Groups["tag"].Value : HtmlComment.Regex.IsMatch(opening) ? "-->" : null;
        for (var at = first; at < lines.Count; at++)
        {
            var content = lines[at].Content(text);
            if (end is null ? at > first && lines[at].IsBlank(text) : content.IndexOf(end, at == first ? opening.IndexOf('<') + 1 : 0, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return end is null ? at - 1 : at;
            }
        }

        return lines.Count - 1;
    }

    /// <summary>
    /// A raw HTML block: its markup is kept for sites that opt in to raw HTML, and its visible text is the block's
    /// text everywhere else, so nothing the author wrote is lost. It is body text, never a title or standfirst.
    /// </summary>
    private static Segment HtmlSegment(string text, int start, int end)
    {
        var html = text.Substring(start, end - start);
        var segment = new Segment(start, end, HtmlText.Visible(html)) { Html = html, Role = SegmentRole.Paragraph };
        return segment;
    }

    private static void Flush(string text, List<SourceLine> paragraph, List<Segment> segments)
    {
        if (paragraph.Count == 0)
        {
            return;
        }

        var start = paragraph[0].Start;
        var end = paragraph[paragraph.Count - 1].End;
        var raw = string.Join(" ", paragraph.Select(l => StripBlockMarkers(l.Content(text))));
        var image = Image.Regex.Match(raw);
        if (image.Success && Image.Regex.Replace(raw, string.Empty).Trim().Length == 0)
        {
            var caption = image.Groups["title"].Success && image.Groups["title"].Value.Length > 0 ? image.Groups["title"].Value : image.Groups["alt"].Value;
            var segment = Make(text, start, end, caption);
            segment.Role = caption.Trim().Length > 0 ? SegmentRole.Caption : SegmentRole.Furniture;
            segments.Add(segment);
        }
        else
        {
            segments.Add(Make(text, start, end, raw));
        }

        paragraph.Clear();
    }

    private static string StripBlockMarkers(string line)
    {
        line = QuoteMarker.Regex.Replace(line, string.Empty);
        return ListMarker.Regex.Replace(line, string.Empty);
    }

    private static Segment Make(string text, int start, int end, string markdown)
    {
        var plain = Image.Regex.Replace(markdown, "${alt}");
        plain = Link.Regex.Replace(plain, "${text}");
        plain = InlineHtml.Regex.Replace(plain, string.Empty);
        for (var i = 0; i < 3 && Emphasis.Regex.IsMatch(plain); i++)
        {
            plain = Emphasis.Regex.Replace(plain, "${inner}");
        }

        plain = plain.Replace("\\", string.Empty);
        return new Segment(start, end, TextCleaner.Clean(plain));
    }
}
