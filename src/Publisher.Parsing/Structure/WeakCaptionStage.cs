using Publisher.Parsing.Text;

namespace Publisher.Parsing.Structure;

/// <summary>
/// Marks photo descriptions that have no credit or marker ("US President Barack Obama speaks during a press
/// conference …"): a photo verb after a short capitalised subject, and no sentence of the story's shape — no full
/// stop, or a closing full date, or standing after the end of the article.
/// </summary>
public sealed class WeakCaptionStage(CaptionText captions) : IStructureStage
{
    private const int MinWordsWithoutFullStop = 8;

    public void Run(ArticleDraft draft)
    {
        var segments = draft.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if ((!segment.IsOpen && segment.Role != SegmentRole.AfterEnd) || !captions.LooksLikePhotoDescription(segment.Text))
            {
                continue;
            }

            var text = segment.Text;
            var unpunctuated = !Punctuation.IsSentenceEnd(text[text.Length - 1]) && Punctuation.CountWords(text) >= MinWordsWithoutFullStop;
            var nextToCredit = (i > 0 && segments[i - 1].Role == SegmentRole.Credit)
                || (i + 1 < segments.Count && segments[i + 1].Role == SegmentRole.Credit);
            if (unpunctuated || nextToCredit || segment.Role == SegmentRole.AfterEnd || captions.EndsWithFullDate(text))
            {
                var (caption, credit) = captions.SplitCredit(text);
                segment.Role = SegmentRole.Caption;
                segment.Text = caption;
                segment.Credit = credit ?? (nextToCredit ? NeighbourCredit(segments, i) : null);
            }
        }
    }

    private static string? NeighbourCredit(List<Segment> segments, int index)
    {
        if (index > 0 && segments[index - 1].Role == SegmentRole.Credit)
        {
            return segments[index - 1].Credit;
        }

        return index + 1 < segments.Count ? segments[index + 1].Credit : null;
    }
}
