using System.Collections.Immutable;
using Publisher.Parsing.Model;

namespace Publisher.Site.Indexing;

/// <summary>
/// One person, organization or place with everything its page shows, gathered in one pass over the articles.
/// Articles are referred to by their position in <see cref="SiteIndex.Articles"/> (newest first); both
/// <see cref="Articles"/> and <see cref="Quotes"/> are in that order, so a page of articles finds its quotes by search.
/// </summary>
public sealed record SiteEntity(
    string Key,
    EntityKind Kind,
    string Id,
    string Name,
    string Path,
    ImmutableArray<string> Aliases,
    int MentionCount,
    ImmutableArray<int> Articles,
    ImmutableArray<EntityQuote> Quotes,
    ImmutableArray<EntityCount> CoMentioned,
    ImmutableArray<MonthCount> Timeline)
{
    /// <summary>The registry's one-line description, when the entity is registered.</summary>
    public string? Description { get; init; }

    /// <summary>The roles the registry lists for it.</summary>
    public ImmutableArray<EntityRole> Roles { get; init; } = [];
}

/// <summary>A quote an entity gave, and the article it is in.</summary>
public sealed record EntityQuote(int Article, Quote Quote);

/// <summary>Another entity and how many articles mention both.</summary>
public sealed record EntityCount(string Key, int Count);

/// <summary>How many articles mention an entity in one month.</summary>
public sealed record MonthCount(int Year, int Month, int Count);
