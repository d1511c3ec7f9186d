namespace Publisher.Site.Views;

/// <summary>An article as lists show it: home, archives, entity pages, related articles.</summary>
public sealed record ArticleSummaryView(string Title, string Url, string? Date, string? IsoDate, string? Source, string? Standfirst);
