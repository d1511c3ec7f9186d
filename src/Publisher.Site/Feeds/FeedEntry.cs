namespace Publisher.Site.Feeds;

/// <summary>An article as feeds carry it: absolute (or base-rooted) URL, date, summary.</summary>
public sealed record FeedEntry(string Id, string Title, string Url, DateTime? Published, string? Summary, string? Source, IReadOnlyList<string> Authors);

/// <summary>The feed's own facts: title, description, the site's URL and the feed's, language.</summary>
public sealed record FeedChannel(string Title, string Description, string SiteUrl, string Language, DateTime Updated);
