using System.Collections.Immutable;

namespace Publisher.Site.Checking;

/// <summary>The outcome of checking a built site: how much was looked at and every problem found, sorted by page.</summary>
public sealed record CheckReport(int PagesChecked, int LinksChecked, ImmutableArray<CheckProblem> Problems)
{
    public bool Ok => Problems.IsEmpty;
}
