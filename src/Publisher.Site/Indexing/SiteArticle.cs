using System.Collections.Immutable;
using Publisher.Parsing.Model;

namespace Publisher.Site.Indexing;

/// <summary>
/// An article placed in the site: its URL, the entities it mentions (first mention order), related articles and
/// its neighbours by date. Neighbours and related articles are positions in <see cref="SiteIndex.Articles"/>.
/// <see cref="Article"/> may be an outline without its body; <see cref="SiteIndex.Full"/> gives the whole record.
/// </summary>
public sealed record SiteArticle(
    int Position,
    Article Article,
    string Path,
    ImmutableArray<string> Entities,
    ImmutableArray<int> Related,
    int? Newer,
    int? Older);
