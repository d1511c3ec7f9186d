using System.Collections.Immutable;
using Publisher.Parsing.Diagnostics;
using Publisher.Site.Rendering;

namespace Publisher.Site.Building;

/// <summary>What a build did: pages by kind, files, content problems, template errors, time.</summary>
public sealed record BuildResult(
    bool Committed,
    ImmutableSortedDictionary<string, int> PagesByKind,
    int Files,
    int FilesChanged,
    int FilesRemoved,
    int ArticlesPublished,
    int ArticlesSkipped,
    int Entities,
    ImmutableArray<ContentDiagnostic> Diagnostics,
    ImmutableArray<TemplateError> TemplateErrors,
    string? OutputProblem,
    TimeSpan Elapsed)
{
    public int Pages => PagesByKind.Values.Sum();

    /// <summary>Nothing was rendered: the inputs were those of the last build, whose site is still in place.</summary>
    public bool UpToDate { get; init; }

    /// <summary>Pages rendered by this build; the rest were unchanged and their files kept.</summary>
    public int PagesRendered { get; init; }

    /// <summary>Article files whose parse came from the last build's cache.</summary>
    public int ArticlesReused { get; init; }

    /// <summary>
    /// Articles whose edits stayed inside their bodies, when a build made only their pages and the search index
    /// (<see cref="BodyEditBuild"/>); zero for a whole build.
    /// </summary>
    public int BodyEdits { get; init; }

    /// <summary>Which <see cref="ArticleContextStore"/> this build left beside the output; null when none.</summary>
    public string? ArticleStoreId { get; init; }

    /// <summary>Which <see cref="Search.SearchSnapshot"/> this build left beside the output; null when none.</summary>
    public string? SearchStoreId { get; init; }

    /// <summary>Which version of the parse cache holds this build's parses (<see cref="Sources.ParseCache.Id"/>); null when none does.</summary>
    public string? ParseCacheId { get; init; }

    /// <summary>
    /// Why the templates ran interpreted (the first construct the template compiler leaves to Scriban's interpreter,
    /// and where); null when they ran compiled, or nothing was rendered.
    /// </summary>
    public string? TemplatesInterpretedBecause { get; init; }

    public int ContentErrors => Diagnostics.Count(static d => d.Level == DiagnosticLevel.Error);

    public int ContentWarnings => Diagnostics.Count(static d => d.Level == DiagnosticLevel.Warning);

    /// <summary>0 built cleanly, 1 built without the articles that have errors or not built at all (template or output problem).</summary>
    public int ExitCode => Committed && ContentErrors == 0 ? 0 : 1;
}
