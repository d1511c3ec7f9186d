namespace Publisher.Site.Views;

/// <summary>
/// Everything an entity page shows. <see cref="CoMentioned"/> and <see cref="Timeline"/> describe the whole entity and
/// are filled on its first page only: later pages continue its list of articles (a busy entity has hundreds of pages,
/// and its chart was the costliest part of each).
/// </summary>
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
