namespace Publisher.Generator.Model;

/// <summary>An article's place in the catalog: its final slug, its C# member name and its sort key.</summary>
public sealed record CatalogEntry(string Path, string Slug, string Identifier, string Title, DateTime? Published);
