namespace Publisher.Parsing.Structure;

/// <summary>What a stage decided a piece of the article is. <see cref="Unknown"/> ends up as a body paragraph.</summary>
public enum SegmentRole
{
    Unknown,
    Furniture,
    PublishedLine,
    Credit,
    Caption,
    Trailer,
    EndMarker,
    AfterEnd,
    OutletDescription,
    Dateline,
    Title,
    Standfirst,
    Subheading,
    Paragraph,
    Duplicate,
    Code,
}
