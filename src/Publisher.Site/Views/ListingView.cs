namespace Publisher.Site.Views;

/// <summary>A dated list of articles: a home page, a year or a month.</summary>
public sealed record ListingView(string Heading, IReadOnlyList<ArticleSummaryView> Articles, PaginationView? Pagination, IReadOnlyList<MonthGroupView> Months);

/// <summary>Links between the pages of a long list.</summary>
public sealed record PaginationView(int Page, int Pages, string? Previous, string? Next, string? First, string? Last);

/// <summary>A month within a year page or the archive index.</summary>
public sealed record MonthGroupView(string Title, string Url, int Count, IReadOnlyList<ArticleSummaryView> Articles);

/// <summary>A year in the archive index, with its months.</summary>
public sealed record YearGroupView(int Year, string Url, int Count, IReadOnlyList<MonthGroupView> Months);

/// <summary>The entities of one kind, by mentions and grouped by first letter.</summary>
public sealed record EntityIndexView(string Kind, string Label, string Plural, string Url, string AlphabeticalUrl, IReadOnlyList<EntityLinkView> Entities, IReadOnlyList<LetterGroupView> Letters);

/// <summary>Entities whose names start with one letter.</summary>
public sealed record LetterGroupView(string Letter, string Anchor, IReadOnlyList<EntityLinkView> Entities);
