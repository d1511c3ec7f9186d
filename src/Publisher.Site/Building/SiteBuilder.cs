using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Publisher.Parsing.Diagnostics;
using Publisher.Parsing.Model;
using Publisher.Site.Feeds;
using Publisher.Site.Indexing;
using Publisher.Site.Output;
using Publisher.Site.Pages;
using Publisher.Site.Rendering;
using Publisher.Site.Search;
using Publisher.Site.Sources;
using Publisher.Site.Views;

namespace Publisher.Site.Building;

/// <summary>
/// Builds a site from loaded content: templates are parsed and checked first, then the index, then every page is
/// rendered in parallel into a staging folder, and only a complete build is swapped in.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(LoadedContent content, SiteOptions options, IBuildProgress? progress = null, IEnumerable<string>? protectedFolders = null)
    {
        var clock = Stopwatch.StartNew();
        var published = content.Articles.Where(static a => !a.Diagnostics.Any(static d => d.Level == DiagnosticLevel.Error)).ToList();
        var skipped = content.Articles.Length - published.Count;

        BuildResult Failed(ImmutableArray<TemplateError> errors, string? problem) => new(
            false, ImmutableSortedDictionary<string, int>.Empty, 0, 0, 0, 0, skipped, 0, content.Diagnostics, errors, problem, clock.Elapsed);

        var forbidden = OutputPaths.Forbidden(options.OutputFolder, (protectedFolders ?? []).Append(options.TemplatesFolder));
        if (forbidden is not null && !(forbidden.ForceAllowed && options.Force))
        {
            var remedy = forbidden.ForceAllowed ? "; pass --force to build into it anyway (nothing publisher did not write is ever deleted)" : "; choose another --out";
            return Failed([], $"{options.OutputFolder}: cannot build into this folder: {forbidden.Reason}{remedy}");
        }

        var templates = TemplateSet.Load(options.TemplatesFolder);
        if (!templates.Errors.IsEmpty)
        {
            return Failed(templates.Errors, null);
        }

        progress?.Stage("Indexing", published.Count);
        var index = SiteIndexBuilder.Build(published, content.Registry, content.Full);
        progress?.Advance(published.Count);
        var views = new ViewFactory(index, options.AllowRawHtml);
        var jobs = new PagePlanner(index, views, options).Plan();
        var site = views.Site(options);
        using var renderer = new PageRenderer(templates, site, new PageLinker(options.BaseUrl.Path, options.LinkStyle), options.BaseUrl);
        var signatures = options.ReuseUnchangedPages ? PageSignatureStore.PathFor(options.OutputFolder) : null;
        var renderKey = signatures is null ? null : PageSignatureStore.RenderKey(templates, options, site);
        var previousPages = signatures is null ? PageSignatureStore.Empty : PageSignatureStore.Load(signatures, renderKey!);
        var pageSignatures = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var rendered = 0;

        StagedOutput output;
        try
        {
            output = StagedOutput.Open(options.OutputFolder, options.Force);
        }
        catch (Exception e) when (e is OutputFolderException or IOException or UnauthorizedAccessException)
        {
            return Failed([], e.Message);
        }

        using (output)
        {
            progress?.Stage("Rendering", jobs.Count);
            var errors = new ConcurrentBag<TemplateError>();
            var pagesByKind = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
            try
            {
                Parallel.ForEach(jobs, () => new ArrayBufferWriter<byte>(1 << 16), (job, state, bytes) =>
                {
                    try
                    {
                        var content = job.Content();
                        var signature = renderKey is null ? null : PageSignature.Of(job, content);
                        var file = SitePaths.FileOf(job.Path);
                        if (signature is null || !previousPages.Matches(job.Path, signature) || !output.Keep(file))
                        {
                            renderer.RenderUtf8(job, content, bytes);
                            output.Write(file, bytes.WrittenSpan);
                            Interlocked.Increment(ref rendered);
                        }

                        if (signature is not null)
                        {
                            pageSignatures[job.Path] = signature;
                        }

                        pagesByKind.AddOrUpdate(job.Kind, 1, static (_, n) => n + 1);
                        progress?.Advance();
                    }
                    catch (TemplateException e)
                    {
                        // One template error breaks every page of that kind; stop rather than repeat it thousands of times.
                        errors.Add(e.Error);
                        state.Stop();
                    }

                    return bytes;
                }, static _ => { });

                if (!errors.IsEmpty)
                {
                    return Failed([.. errors.Distinct().OrderBy(static e => e.ToString(), StringComparer.Ordinal)], null);
                }

                // The stores a later build of edited articles reads carry this build's id, which the build state
                // names only once the build is complete: written early, alongside the feeds and search index, they are
                // never read unless this build commits.
                var storeId = signatures is null ? null : Guid.NewGuid().ToString("N");
                var contexts = storeId is null
                    ? Task.CompletedTask
                    : Task.Run(() => ArticleContextStore.Save(ArticleContextStore.PathFor(options.OutputFolder), storeId, site, index, views));
                WriteAssets(templates, output);
                WriteFeeds(index, options, output);
                var search = WriteSearch(index, output);
                if (storeId is not null)
                {
                    SearchSnapshot.Save(SearchSnapshot.PathFor(options.OutputFolder), storeId, search);
                }

                contexts.Wait();
                if (signatures is not null)
                {
                    // The old signatures stop describing the output the moment it changes.
                    PageSignatureStore.Forget(signatures);
                }

                var commit = output.Commit();
                if (signatures is not null)
                {
                    PageSignatureStore.Save(signatures, renderKey!, pageSignatures);
                }

                return new BuildResult(
                    true,
                    pagesByKind.ToImmutableSortedDictionary(StringComparer.Ordinal),
                    commit.Files,
                    commit.Changed,
                    commit.Removed,
                    published.Count,
                    skipped,
                    index.Entities.Count,
                    content.Diagnostics,
                    [],
                    null,
                    clock.Elapsed)
                {
                    PagesRendered = rendered,
                    TemplatesInterpretedBecause = renderer.NotCompiledBecause,
                    ArticlesReused = content.ReusedParses,
                    ArticleStoreId = storeId,
                    SearchStoreId = storeId,
                };
            }
            catch (Exception e) when (OutputProblem(e) is { } problem)
            {
                return Failed([], problem);
            }
        }
    }

    /// <summary>The message of a file-system failure (a full disk, a read-only folder), also from inside a parallel loop.</summary>
    private static string? OutputProblem(Exception e) => e switch
    {
        OutputFolderException or IOException or UnauthorizedAccessException => e.Message,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(OutputProblem).FirstOrDefault(static m => m is not null),
        _ => null,
    };

    private static void WriteAssets(TemplateSet templates, StagedOutput output)
    {
        foreach (var asset in templates.Assets)
        {
            output.Write("assets/" + asset, File.ReadAllBytes(Path.Combine(templates.Folder, "assets", asset)));
        }
    }

    private static SearchIndex WriteSearch(SiteIndex index, StagedOutput output)
    {
        var search = SearchIndexBuilder.Build(index, SearchTokenizer.Default);
        var files = SearchFiles.Write(search, SearchTokenizer.Default.Rules);
        Parallel.ForEach(files, file => output.Write(file.Path, file.Bytes));
        return search;
    }

    private static void WriteFeeds(SiteIndex index, SiteOptions options, StagedOutput output)
    {
        var baseUrl = options.BaseUrl;
        var latest = index.Articles.Take(FeedWriter.EntryCount)
            .Select(a => new FeedEntry(
                baseUrl.Absolute(a.Path),
                a.Article.Title,
                baseUrl.Absolute(a.Path),
                a.Article.Published?.Date,
                a.Article.Standfirst,
                a.Article.Publisher,
                a.Article.Authors.IsDefault ? [] : a.Article.Authors))
            .ToList();
        // The newest article's date, not the clock: two builds of the same content give the same bytes.
        var updated = index.Articles.Select(static a => a.Article.Published?.Date).FirstOrDefault(static d => d is not null) ?? new DateTime(2000, 1, 1);
        var channel = new FeedChannel(options.Title, options.Description, baseUrl.Absolute(SitePaths.Home), options.Language, updated);
        output.Write(FeedWriter.AtomPath, FeedWriter.Atom(channel, latest, baseUrl.Absolute(FeedWriter.AtomPath)));
        output.Write(FeedWriter.RssPath, FeedWriter.Rss(channel, latest, baseUrl.Absolute(FeedWriter.RssPath)));
        output.Write(FeedWriter.JsonPath, FeedWriter.Json(channel, latest, baseUrl.Absolute(FeedWriter.JsonPath)));

        var urls = new List<SitemapWriter.Url> { new(baseUrl.Absolute(SitePaths.Home), updated) };
        urls.AddRange(index.Years.Select(y => new SitemapWriter.Url(baseUrl.Absolute(y.Path), null)));
        urls.AddRange(index.Years.SelectMany(static y => y.Months).Select(m => new SitemapWriter.Url(baseUrl.Absolute(m.Path), null)));
        urls.AddRange(index.Articles.Select(a => new SitemapWriter.Url(baseUrl.Absolute(a.Path), a.Article.Published?.Date)));
        foreach (var kind in KindNames.Ordered)
        {
            urls.Add(new SitemapWriter.Url(baseUrl.Absolute(SitePaths.EntityIndex(kind)), null));
            urls.AddRange(index.EntitiesOf(kind).Select(e => new SitemapWriter.Url(baseUrl.Absolute(e.Path), null)));
        }

        foreach (var (path, bytes) in SitemapWriter.Write(urls, baseUrl.Absolute))
        {
            output.Write(path, bytes);
        }

        var robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (baseUrl.IsAbsolute)
        {
            robots.Append("Sitemap: ").Append(baseUrl.Absolute(SitemapWriter.FileName)).Append('\n');
        }

        output.Write("robots.txt", Encoding.UTF8.GetBytes(robots.ToString()));
    }
}
