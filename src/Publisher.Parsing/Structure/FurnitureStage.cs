using Publisher.Parsing.Cleaning;

namespace Publisher.Parsing.Structure;

/// <summary>Marks site furniture, self-descriptions of the outlet and "Published:" lines.</summary>
public sealed class FurnitureStage(CleaningRules rules) : IStructureStage
{
    public void Run(ArticleDraft draft)
    {
        foreach (var segment in draft.Open)
        {
            if (segment.Text.Length == 0)
            {
                segment.Role = SegmentRole.Furniture;
            }
            else if (rules.PublishedLines.IsMatch(segment.Text))
            {
                segment.Role = SegmentRole.PublishedLine;
            }
            else if (rules.Furniture.IsMatch(segment.Text))
            {
                segment.Role = SegmentRole.Furniture;
            }
            else if (rules.OutletDescriptions.IsMatch(segment.Text))
            {
                segment.Role = SegmentRole.OutletDescription;
            }
        }
    }
}
