namespace Publisher.Site.Views;

/// <summary>Everything an entity page shows.</summary>
public sealed record EntityView(
    EntityLinkView Link,
    string IndexUrl,
    IReadOnlyList<string> Aliases,
    int MentionCount,
    IReadOnlyList<ArticleSummaryView> Articles,
    IReadOnlyList<QuoteView> Quotes,
    IReadOnlyList<EntityLinkView> CoMentioned,
    TimelineView Timeline)
{
    /// <summary>The registry's description, or null.</summary>
    public string? Description { get; init; }

    /// <summary>Roles as they read: "NATO Secretary General, 2014–2024".</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];
}

/// <summary>A bar chart of mentions per month, laid out for an inline SVG.</summary>
public sealed record TimelineView(int Width, int Height, string? First, string? Last, int Max, IReadOnlyList<TimelineBarView> Bars);

/// <summary>One month's bar: position and size in SVG units (invariant numbers), and a label for its tooltip.</summary>
public sealed record TimelineBarView(string X, string Y, string Width, string Height, string Label);
