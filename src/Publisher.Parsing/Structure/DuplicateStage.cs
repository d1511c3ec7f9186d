namespace Publisher.Parsing.Structure;

/// <summary>Scrapers repeat paragraphs (and the standfirst as the first paragraph); the first copy stays.</summary>
public sealed class DuplicateStage : IStructureStage
{
    public void Run(ArticleDraft draft)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (draft.Standfirst is not null)
        {
            seen.Add(draft.Standfirst.Text);
        }

        if (draft.GivenStandfirst is not null)
        {
            seen.Add(Text.TextCleaner.Clean(draft.GivenStandfirst));
        }

        foreach (var segment in draft.Segments)
        {
            if ((segment.IsOpen || segment.Role == SegmentRole.Subheading) && !seen.Add(segment.Text))
            {
                segment.Role = SegmentRole.Duplicate;
            }
        }
    }
}
