using Publisher.Parsing.Cleaning;

namespace Publisher.Parsing.Structure;

/// <summary>
/// Marks agency trailers ("TRTWorld and agencies", "With reporting by …") and, after an end-of-article marker,
/// everything that is not a caption: comment prompts, promotion and the outlet's own blurb.
/// </summary>
public sealed class TrailerStage(CleaningRules rules) : IStructureStage
{
    // An end marker counts only after some body text, so a "Related" link in the page header cannot swallow the story.
    private const int BodySegmentsBeforeEnd = 2;

    public void Run(ArticleDraft draft)
    {
        var textSeen = 0;
        var ended = false;
        foreach (var segment in draft.Segments)
        {
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
                    ended = true;
                }

                continue;
            }

            var isTrailer = rules.Trailers.IsMatch(segment.Text);
            var isEnd = textSeen >= BodySegmentsBeforeEnd && rules.EndMarkers.IsMatch(segment.Text);
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
}
