using Publisher.Site.Rendering;

namespace Publisher.Site.Pages;

/// <summary>
/// One page to render: where it goes, which template, and how to make its values. Values are made when the page
/// is rendered, so a large site never holds every page's view at once.
/// </summary>
public sealed record PageJob(string Path, string Kind, string Template, Func<PageContent> Content)
{
    /// <summary>Pages served at any depth (the 404 page) link from the base path, not relatively.</summary>
    public bool RootedLinks { get; init; }
}

/// <summary>A page's own values: title, description, OpenGraph type, JSON-LD, and what its template reads.</summary>
public sealed record PageContent(string Title, string Description, string OgType, RawHtml JsonLd, IReadOnlyDictionary<string, object?> Values);
