using System.CommandLine;
using Publisher.Content;
using Publisher.Site.Building;
using Publisher.Site.Rendering;
using Publisher.Site.Sources;

namespace Publisher.Cli.Commands;

/// <summary>The options `build` and `serve` share, and how they turn into a content source and site options.</summary>
public sealed class SiteSettings
{
    public Option<string?> Content { get; } = new("--content") { Description = "Parse this content folder at run time (a folder holding articles/, or the articles themselves) instead of the compiled catalog." };

    public Option<string?> Templates { get; } = new("--templates") { Description = "Scriban templates folder [default: ./templates, else the templates that ship with the tool]." };

    public Option<string> Out { get; } = new("--out") { Description = "Folder the site is written to.", DefaultValueFactory = static _ => "site" };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Where the site is served: a path (/news/) or a URL (https://example.org/news/). Links work from any path without it; feeds, sitemap and the 404 page use it." };

    public Option<string?> Title { get; } = new("--title") { Description = "The site's name." };

    public Option<int> PageSize { get; } = new("--page-size") { Description = "Articles per home page.", DefaultValueFactory = static _ => 20 };

    public Option<int> MaxArticleBytes { get; } = new("--max-article-bytes") { Description = "With --content: article files larger than this are skipped with error PUB009.", DefaultValueFactory = static _ => Parsing.ParserOptions.DefaultMaxFileBytes };

    public Option<bool> FileLinks { get; } = new("--file-links") { Description = "Link to index.html files, so the site also browses straight from disk (file://)." };

    public Option<bool> Rebuild { get; } = new("--rebuild") { Description = "Render every page even when no content, template or option changed since the last build." };

    public Option<bool> Force { get; } = new("--force") { Description = "Write into a non-empty folder publisher did not create (nothing in it is deleted)." };

    public Option<bool> AllowRawHtml { get; } = new("--allow-raw-html") { Description = "Publish raw HTML blocks of Markdown articles, sanitised (no script, event handlers, styles, frames, forms or javascript: URLs), instead of their text." };

    public void AddTo(Command command)
    {
        command.Options.Add(Content);
        command.Options.Add(Templates);
        command.Options.Add(Out);
        command.Options.Add(BaseUrl);
        command.Options.Add(Title);
        command.Options.Add(PageSize);
        command.Options.Add(FileLinks);
        command.Options.Add(Force);
        command.Options.Add(AllowRawHtml);
        command.Options.Add(MaxArticleBytes);
    }

    public string? ContentFolder(ParseResult result)
    {
        var folder = result.GetValue(Content);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UsageException($"--content {folder}: no such folder");
        }

        return folder;
    }

    public SiteOptions Options(ParseResult result)
    {
        if (!Site.Building.BaseUrl.TryParse(result.GetValue(BaseUrl), out var baseUrl, out var problem))
        {
            throw new UsageException($"--base-url: {problem}");
        }

        var pageSize = result.GetValue(PageSize);
        if (pageSize < 1)
        {
            throw new UsageException("--page-size must be at least 1");
        }

        var maxArticleBytes = result.GetValue(MaxArticleBytes);
        if (maxArticleBytes < 1)
        {
            throw new UsageException("--max-article-bytes must be at least 1");
        }

        var options = new SiteOptions(TemplatesFolder(result), result.GetValue(Out)!)
        {
            MaxArticleBytes = maxArticleBytes,
            BaseUrl = baseUrl,
            PageSize = pageSize,
            LinkStyle = result.GetValue(FileLinks) ? LinkStyle.Files : LinkStyle.Clean,
            Force = result.GetValue(Force),
            ReuseUnchangedPages = true,
            AllowRawHtml = result.GetValue(AllowRawHtml),
        };
        return result.GetValue(Title) is { Length: > 0 } title ? options with { Title = title } : options;
    }

    /// <summary>The compiled catalog, or the content folder parsed now.</summary>
    /// <remarks>
    /// A content folder is read through the parse cache kept beside the output folder, and held as outlines whose
    /// bodies stay in that cache until their pages are made.
    /// </remarks>
    public static LoadedContent Load(string? contentFolder, SiteOptions options, IProgress<int>? progress = null) =>
        contentFolder is null
            ? LoadedContent.FromCompiled(Articles.All, Publisher.Content.Entities.Registry)
            : Site.Sources.ContentFolder.LoadWithRegistry(contentFolder, Directory.GetCurrentDirectory(), progress, ParseCachePath(options), options.MaxArticleBytes, outlines: true);

    /// <summary>Where the parse cache lives: beside the output folder, like the build state.</summary>
    public static string ParseCachePath(SiteOptions options) => BuildState.PathFor(options.OutputFolder, "publisher-parsed");

    private string TemplatesFolder(ParseResult result)
    {
        if (result.GetValue(Templates) is { } given)
        {
            if (!Directory.Exists(given))
            {
                throw new UsageException($"--templates {given}: no such folder");
            }

            return given;
        }

        return Directory.Exists("templates") ? "templates" : Path.Combine(AppContext.BaseDirectory, "templates");
    }
}
