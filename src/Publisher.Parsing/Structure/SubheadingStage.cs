using Publisher.Parsing.Text;

namespace Publisher.Parsing.Structure;

/// <summary>
/// In scraped text a subheading is a short line between paragraphs of the story, with no sentence punctuation, set
/// in title case or in quotes ("Talking To Taliban", "‘Pressure on Russia’"). Markdown headings are taken as written.
/// </summary>
public sealed class SubheadingStage : IStructureStage
{
    private const int MaxWords = 10;
    private const int MaxLength = 90;

    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "over", "the", "to", "vs", "with",
    };

    public void Run(ArticleDraft draft)
    {
        var bodySeen = false;
        var open = draft.Segments.Where(s => s.IsOpen).ToList();
        for (var i = 0; i < open.Count; i++)
        {
            var segment = open[i];
            if (draft.Format == Model.ArticleFormat.Markdown)
            {
                if (segment.HeadingLevel > 0)
                {
                    segment.Role = SegmentRole.Subheading;
                }

                continue;
            }

            if (bodySeen && i + 1 < open.Count && LooksLikeSubheading(segment.Text))
            {
                segment.Role = SegmentRole.Subheading;
                continue;
            }

            bodySeen = true;
        }
    }

    public static bool LooksLikeSubheading(string text)
    {
        if (text.Length == 0 || text.Length > MaxLength)
        {
            return false;
        }

        var inner = Punctuation.Unquote(text);
        var quoted = inner.Length != text.Length;
        if (inner.Length == 0 || Punctuation.CountWords(inner) > MaxWords || inner.IndexOfAny(['.', ',', ';', ':', '!', '?', '"', '“', '”']) >= 0)
        {
            return false;
        }

        return quoted || IsTitleCase(inner);
    }

    private static bool IsTitleCase(string text)
    {
        var words = text.Split([' '], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !char.IsUpper(words[0][0]))
        {
            return false;
        }

        return words.All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0]) || MinorWords.Contains(w));
    }
}
