using System.Collections.Immutable;
using Publisher.Parsing.Diagnostics;

namespace Publisher.Site.Building;

/// <summary>What <see cref="BuildState"/> remembers of the last complete build into a folder.</summary>
public sealed record PreviousBuild(
    string Structure,
    ImmutableArray<string> Articles,
    string? ArticleStoreId,
    string? SearchStoreId,
    string? ParseCacheId,
    ImmutableSortedDictionary<string, int> PagesByKind,
    int ArticlesPublished,
    int ArticlesSkipped,
    int Entities,
    ImmutableArray<ContentDiagnostic> Diagnostics);
