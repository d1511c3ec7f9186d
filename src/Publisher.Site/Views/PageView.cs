using Publisher.Site.Rendering;

namespace Publisher.Site.Views;

/// <summary>What every page has: its kind, title and description, canonical URL, OpenGraph type and JSON-LD.</summary>
public sealed record PageView(string Kind, string Title, string Description, string Path, string Canonical, string OgType, RawHtml JsonLd);

/// <summary>Site-wide values: name, language, navigation, the years of the archive, feed links.</summary>
public sealed record SiteView(string Title, string Description, string Language, int ArticleCount, IReadOnlyList<NavLinkView> Nav, IReadOnlyList<YearGroupView> Years, bool AbsoluteUrls);

/// <summary>A navigation link.</summary>
public sealed record NavLinkView(string Label, string Url);
