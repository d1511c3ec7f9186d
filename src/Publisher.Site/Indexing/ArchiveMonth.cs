using System.Collections.Immutable;

namespace Publisher.Site.Indexing;

/// <summary>One month of the dated index: its articles, newest first, as positions in <see cref="SiteIndex.Articles"/>.</summary>
public sealed record ArchiveMonth(int Year, int Month, string Path, ImmutableArray<int> Articles);

/// <summary>One year of the dated index with its months, newest first.</summary>
public sealed record ArchiveYear(int Year, string Path, ImmutableArray<ArchiveMonth> Months)
{
    public int ArticleCount => Months.Sum(static m => m.Articles.Length);
}
