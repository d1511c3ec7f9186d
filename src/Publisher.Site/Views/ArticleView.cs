namespace Publisher.Site.Views;

/// <summary>Everything an article page shows. Body text comes as segments so templates mark up entity links themselves.</summary>
public sealed record ArticleView(
    ArticleSummaryView Summary,
    string ArchiveUrl,
    string ArchiveTitle,
    string? DateProvenance,
    string? DatelinePlace,
    string? DatelineAgency,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Tags,
    IReadOnlyList<CaptionView> Captions,
    IReadOnlyList<BlockView> Blocks,
    IReadOnlyList<EntityGroupView> EntityGroups,
    IReadOnlyList<QuoteView> Quotes,
    IReadOnlyList<ArticleSummaryView> Related,
    ArticleSummaryView? Newer,
    ArticleSummaryView? Older,
    IReadOnlyList<string> Attributions);

/// <summary>A photo caption and its credit.</summary>
public sealed record CaptionView(string Text, string? Credit);

/// <summary>
/// A paragraph or subheading, split into plain text and entity links; or, on a site that publishes raw HTML, a
/// Markdown HTML block as sanitised markup in <see cref="Html"/>.
/// </summary>
public sealed record BlockView(bool IsHeading, string Anchor, IReadOnlyList<SegmentView> Segments, Rendering.RawHtml? Html);

/// <summary>A run of body text; <see cref="Url"/> is set on the first mention of an entity.</summary>
public sealed record SegmentView(string Text, string? Url, string? Kind);

/// <summary>The entities an article mentions, one group per kind.</summary>
public sealed record EntityGroupView(string Kind, string Label, IReadOnlyList<EntityLinkView> Entities);

/// <summary>A quote with its speaker (a link when the speaker has a page) and the article it is from.</summary>
public sealed record QuoteView(string Text, string? Speaker, string? SpeakerUrl, ArticleSummaryView Article);
