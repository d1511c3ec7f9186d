using System.Collections.Immutable;

namespace Publisher.Site.Search;

/// <summary>
/// Everything search knows, before it is split into files: the terms in ordinal order, and what a result shows for
/// each article and entity. Articles are numbered as in the site index (newest first), entities most written about
/// first, so a lower number wins a tie.
/// </summary>
public sealed record SearchIndex(ImmutableArray<SearchTerm> Terms, ImmutableArray<SearchArticle> Articles, ImmutableArray<SearchEntity> Entities);

/// <summary>
/// One term and the ids that hold it: articles with it in the title, in the name of an entity they mention, or in
/// their text, and entities with it in their name. <see cref="Articles"/> counts the articles holding it anywhere.
/// </summary>
public sealed record SearchTerm(string Term, int Articles, ImmutableArray<int> InTitle, ImmutableArray<int> InEntity, ImmutableArray<int> InBody, ImmutableArray<int> Entities);

/// <summary>What an article result shows: title, site path, date, and its standfirst or opening.</summary>
public sealed record SearchArticle(string Title, string Path, string? Date, string? IsoDate, string Summary);

/// <summary>What an entity result shows: name, kind, site path and how many articles mention it.</summary>
public sealed record SearchEntity(string Name, string Kind, string Path, int ArticleCount);
