using Publisher.Site.Rendering;

namespace Publisher.Site.Building;

/// <summary>How a site is built: where templates and output live, where it is served, and its name.</summary>
public sealed record SiteOptions(string TemplatesFolder, string OutputFolder)
{
    public BaseUrl BaseUrl { get; init; } = BaseUrl.Root;

    public string Title { get; init; } = "News archive";

    public string Description { get; init; } = "Articles, people, organizations and places, by date.";

    public string Language { get; init; } = "en";

    /// <summary>Articles per page on the home page and its continuation pages.</summary>
    public int PageSize { get; init; } = 20;

    /// <summary>Articles per page on entity pages and archive pages; longer lists continue on further pages.</summary>
    public int ListPageSize { get; init; } = 100;

    public LinkStyle LinkStyle { get; init; } = LinkStyle.Clean;

    /// <summary>
    /// Publish the raw HTML blocks of Markdown articles as markup (sanitised: no script, event handlers, styles,
    /// frames, forms or script URLs) rather than as their text. A site-wide choice of whoever builds the site,
    /// never an article's: article files are untrusted.
    /// </summary>
    public bool AllowRawHtml { get; init; }

    /// <summary>
    /// Article files over this size are skipped with PUB009 when a content folder is read at run time. It is a site
    /// option so that a changed limit is a changed input and the next build is not skipped as up to date.
    /// </summary>
    public int MaxArticleBytes { get; init; } = Parsing.ParserOptions.DefaultMaxFileBytes;

    /// <summary>Write into a non-empty folder the tool did not create (its files are kept, never deleted).</summary>
    public bool Force { get; init; }

    /// <summary>
    /// Keep the last build's file for every page whose values, templates and options are unchanged, instead of
    /// rendering it again (the CLI's default; off with --rebuild).
    /// </summary>
    public bool ReuseUnchangedPages { get; init; }
}
