namespace Publisher.Parsing.Catalog;

/// <summary>The slug an article finally gets, and the path of the article that had it first when it was taken.</summary>
public sealed record SlugAssignment(string Path, string RequestedSlug, string Slug, string? TakenBy)
{
    public bool Renamed => TakenBy is not null;
}
