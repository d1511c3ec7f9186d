using Publisher.Parsing.Cleaning;

namespace Publisher.Parsing.Structure;

/// <summary>
/// Marks photo credits and the captions that carry unmistakable signs: an embedded credit, a wire photo id, a
/// position marker such as "(right)", or a credit line right before a photo description.
/// </summary>
public sealed class StrongCaptionStage(CleaningRules rules, CaptionText captions) : IStructureStage
{
    public void Run(ArticleDraft draft)
    {
        string? pendingCredit = null;
        foreach (var segment in draft.Segments)
        {
            if (!segment.IsOpen)
            {
                // Furniture between a credit line and its caption does not break the pair; anything else does.
                if (segment.Role != SegmentRole.Furniture && segment.Role != SegmentRole.Credit)
                {
                    pendingCredit = null;
                }

                continue;
            }

            var creditLine = rules.CreditLines.FirstMatch(segment.Text);
            if (creditLine is not null)
            {
                segment.Role = SegmentRole.Credit;
                segment.Credit = creditLine.Groups["credit"].Success ? creditLine.Groups["credit"].Value.Trim() : segment.Text;
                pendingCredit = segment.Credit;
                continue;
            }

            if (captions.HasMarker(segment.Text) || captions.HasEmbeddedCredit(segment.Text))
            {
                MarkCaption(segment, null);
            }
            else if (pendingCredit is not null
                && (captions.LooksLikePhotoDescription(segment.Text) || captions.EndsWithFullDate(segment.Text)))
            {
                MarkCaption(segment, pendingCredit);
            }

            pendingCredit = null;
        }
    }

    private void MarkCaption(Segment segment, string? credit)
    {
        var (text, embeddedCredit) = captions.SplitCredit(segment.Text);
        segment.Role = SegmentRole.Caption;
        segment.Text = text;
        segment.Credit = embeddedCredit ?? credit;
    }
}
