namespace Publisher.Parsing.Catalog;

/// <summary>What the catalog needs to know of an article to name and order it, without its text.</summary>
public sealed record ArticleKey(string Path, string Slug, string Title, DateTime? Published);
