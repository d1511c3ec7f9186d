using Publisher.Parsing.Cleaning;
using Publisher.Parsing.Text;

namespace Publisher.Parsing.Structure;

/// <summary>
/// Marks agency trailers ("TRTWorld and agencies", "With reporting by …") and, after an end-of-article marker,
/// everything that is not a caption: comment prompts, promotion and the outlet's own blurb.
/// </summary>
public sealed class TrailerStage(CleaningRules rules) : IStructureStage
{
    // An end marker counts only after some body text, so a "Related" link in the page header cannot swallow the story.
    private const int BodySegmentsBeforeEnd = 2;

    // Paragraphs of story after a marker mean the marker was page furniture caught mid-article.
    private const int StoryParagraphsThatReopen = 2;
    private const int StoryParagraphMinWords = 15;

    public void Run(ArticleDraft draft)
    {
        var textSeen = 0;
        var ended = false;
        for (var index = 0; index < draft.Segments.Count; index++)
        {
            var segment = draft.Segments[index];
            if (ended)
            {
                if (segment.IsOpen)
                {
                    segment.Role = rules.Trailers.IsMatch(segment.Text) ? SegmentRole.Trailer : SegmentRole.AfterEnd;
                }

                continue;
            }

            if (!segment.IsOpen)
            {
                if (segment.Role == SegmentRole.Furniture && textSeen >= BodySegmentsBeforeEnd && rules.EndMarkers.IsMatch(segment.Text))
                {
                    ended = !StoryFollows(draft.Segments, index);
                }

                continue;
            }

            var isTrailer = rules.Trailers.IsMatch(segment.Text);
            var isEnd = textSeen >= BodySegmentsBeforeEnd && rules.EndMarkers.IsMatch(segment.Text) && !StoryFollows(draft.Segments, index);
            if (isTrailer)
            {
                segment.Role = SegmentRole.Trailer;
            }
            else if (isEnd)
            {
                segment.Role = SegmentRole.EndMarker;
            }
            else
            {
                textSeen++;
            }

            ended = isEnd;
        }
    }

    private static bool StoryFollows(List<Segment> segments, int marker)
    {
        var story = 0;
        for (var i = marker + 1; i < segments.Count && story < StoryParagraphsThatReopen; i++)
        {
            var text = segments[i].Text;
            if (segments[i].IsOpen && text.Length > 0 && Punctuation.CountWords(text) >= StoryParagraphMinWords
                && Punctuation.IsSentenceEnd(text[text.Length - 1]))
            {
                story++;
            }
        }

        return story >= StoryParagraphsThatReopen;
    }
}
