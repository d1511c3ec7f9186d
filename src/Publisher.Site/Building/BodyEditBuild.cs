using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using Publisher.Parsing.Model;
using Publisher.Parsing.Serialization;
using Publisher.Site.Indexing;
using Publisher.Site.Output;
using Publisher.Site.Pages;
using Publisher.Site.Rendering;
using Publisher.Site.Search;
using Publisher.Site.Sources;

namespace Publisher.Site.Building;

/// <summary>
/// A rebuild after edits that stay inside articles' bodies. Every page but an article's own is made from article
/// outlines (<see cref="ArticleOutline"/>): title, dates, standfirst, quotes, opening paragraph, the entities named.
/// When only article files changed, and each edited article's outline and diagnostics are what they were, the rest of
/// the site is byte for byte the last build's. Then only those articles' pages and the search index change: the pages
/// are rendered from the contexts the last build kept (<see cref="ArticleContextStore"/>), and the search index is
/// the last one (<see cref="SearchSnapshot"/>) with those articles' body terms replaced. Anything else, or anything
/// missing, and <see cref="TryBuild"/> returns null: the caller builds the whole site, which is never wrong.
/// </summary>
/// <remarks>
/// The parse cache is read, not rewritten: rewriting it costs more than the rest of such a build. It must be the version
/// the last whole build saved (the build state names it). It keeps each edited article's parse from before its first
/// edit, whose outline equals the current one (or this build would not have run), so later edits compare against it
/// just as well; the next whole build parses those few files again and saves it.
/// </remarks>
public static class BodyEditBuild
{
    /// <summary>Past this many edited articles a whole build is not much slower, and checks less.</summary>
    public const int MaxEdited = 64;

    public static BuildResult? TryBuild(string contentFolder, string pathBase, SiteOptions options, BuildInputs inputs, string cacheFile, Stopwatch clock)
    {
        if (!options.ReuseUnchangedPages || BuildState.Previous(options) is not { ArticleStoreId: { } storeId, SearchStoreId: { } searchId, ParseCacheId: { } cacheId } previous
            || previous.Structure != inputs.Structure || previous.Articles.Length != inputs.Articles.Length)
        {
            return null;
        }

        // The structure names every article file in order, so equal structures pair the stamps file by file.
        var edited = Enumerable.Range(0, inputs.Articles.Length).Where(i => inputs.Articles[i] != previous.Articles[i]).Select(i => FileOf(inputs.Articles[i])).ToList();
        if (edited.Count is 0 or > MaxEdited || edited.Contains(null))
        {
            return null;
        }

        // The manifest and the stores are read side by side, and beside the templates and the edited articles: at
        // 100,000 articles each is tens of megabytes, and read one after another they were a third of such a build.
        var outputFolder = options.OutputFolder;
        var manifestRead = Task.Run(() => ReadManifest(outputFolder));
        var contextsRead = Task.Run(() => ArticleContextStore.Load(ArticleContextStore.PathFor(outputFolder), storeId));
        var searchRead = Task.Run(() => SearchSnapshot.Load(SearchSnapshot.PathFor(outputFolder), searchId));
        Task<PageSignatureStore>? signaturesRead = null;
        try
        {
            var templates = TemplateSet.Load(options.TemplatesFolder);
            if (!templates.Errors.IsEmpty || contextsRead.GetAwaiter().GetResult() is not { } contexts)
            {
                return null;
            }

            var renderKey = PageSignatureStore.RenderKey(templates, options, contexts.Site);
            signaturesRead = Task.Run(() => PageSignatureStore.Load(PageSignatureStore.PathFor(outputFolder), renderKey));
            var setup = ContentFolder.Prepare(contentFolder, pathBase, cacheFile, options.MaxArticleBytes);
            using var cache = setup.Cache;
            // Edits are judged against the parses the last build was made from: a cache the last build could not save
            // holds older ones, whose outlines the site may no longer show.
            if (cache?.Id != cacheId || Edits(contentFolder, pathBase, setup, edited, contexts) is not { } pages
                || manifestRead.GetAwaiter().GetResult() is not { Interrupted: false } manifest
                || searchRead.GetAwaiter().GetResult() is not { } search)
            {
                return null;
            }

            var stores = new PreviousStores(manifest, renderKey, signaturesRead.GetAwaiter().GetResult(), search);
            return Build(options, previous, stores, inputs, templates, contexts.Site, pages, clock);
        }
        finally
        {
            // No read may still hold a store when the whole build this one gives way to comes to write it. Results not
            // used are not needed, nor are their failures.
            try
            {
                Task.WaitAll([manifestRead, contextsRead, searchRead, signaturesRead ?? Task.CompletedTask]);
            }
            catch (AggregateException)
            {
            }
        }
    }

    private static Manifest? ReadManifest(string outputFolder)
    {
        try
        {
            return Manifest.Read(outputFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Each edited article with its page's context; null when an edit reaches beyond an article's body.</summary>
    private static List<(ArticlePageContext Context, Article Article)>? Edits(string contentFolder, string pathBase, ParserSetup setup, List<string?> edited, ArticleContextStore contexts)
    {
        var pool = new ConcurrentDictionary<EntityMention, EntityMention>();
        var pages = new List<(ArticlePageContext, Article)>(edited.Count);
        foreach (var file in edited.OfType<string>())
        {
            var relative = ContentFolder.RelativeArticlePath(contentFolder, file, pathBase);
            var before = setup.Cache!.Previous(relative);
            var after = ContentFolder.ReadArticle(file, relative, setup with { Cache = null });
            if (before?.Article is not { } old || after.Article is not { } now || !SequenceEquality.Equal(before.Diagnostics, after.Diagnostics)
                || ArticleCodec.Encode(ArticleOutline.Of(old, pool)) != ArticleCodec.Encode(ArticleOutline.Of(now, pool))
                || contexts.ContextOf(relative) is not { } context)
            {
                return null;
            }

            // Placement may have given the article another slug; the page shows the one it was published under.
            pages.Add((context, now with { Slug = context.Slug }));
        }

        return pages;
    }

    private static BuildResult? Build(
        SiteOptions options,
        PreviousBuild previous,
        PreviousStores stores,
        BuildInputs inputs,
        TemplateSet templates,
        Views.SiteView site,
        List<(ArticlePageContext Context, Article Article)> pages,
        Stopwatch clock)
    {
        var (manifest, renderKey, signatureStore, search) = stores;
        var signaturesPath = PageSignatureStore.PathFor(options.OutputFolder);
        var signatures = new Dictionary<string, string>(signatureStore.Entries, StringComparer.Ordinal);
        var rawHtml = options.AllowRawHtml ? new RawHtmlSanitizer() : null;
        using var renderer = new PageRenderer(templates, site, new PageLinker(options.BaseUrl.Path, options.LinkStyle), options.BaseUrl);
        StagedOutput output;
        try
        {
            output = StagedOutput.Open(options.OutputFolder, options.Force, manifest);
        }
        catch (Exception e) when (e is OutputFolderException or IOException or UnauthorizedAccessException)
        {
            return null;
        }

        using (output)
        {
            try
            {
                var pageFiles = pages.Select(static p => SitePaths.FileOf(p.Context.Path)).ToHashSet(StringComparer.Ordinal);
                if (!output.KeepAllBut(f => pageFiles.Contains(f) || SearchFiles.IsTermFile(f)))
                {
                    return null;
                }

                var bytes = new ArrayBufferWriter<byte>(1 << 16);
                foreach (var (context, article) in pages)
                {
                    var content = ArticlePage.Content(article, context, options, rawHtml);
                    var job = new PageJob(context.Path, "article", "article.html", () => content);
                    renderer.RenderUtf8(job, content, bytes);
                    output.Write(SitePaths.FileOf(context.Path), bytes.WrittenSpan);
                    if (PageSignature.Of(job, content) is { } signature)
                    {
                        signatures[context.Path] = signature;
                    }

                    search = SearchIndexBuilder.ReplaceBody(search, context.Position, article, SearchTokenizer.Default);
                }

                // The article and entity chunks of the search index hold outline values only: kept, like the pages.
                if (SearchFiles.WriteTermsOnly(search, SearchTokenizer.Default.Rules, output.KeptHash) is not { } searchFiles)
                {
                    return null;
                }

                Parallel.ForEach(searchFiles, file => output.Write(file.Path, file.Bytes));
                var searchPath = SearchSnapshot.PathFor(options.OutputFolder);
                PageSignatureStore.Forget(signaturesPath);
                SearchSnapshot.Forget(searchPath);
                var commit = output.Commit();
                var searchId = Guid.NewGuid().ToString("N");
                Parallel.Invoke(
                    () => PageSignatureStore.Save(signaturesPath, renderKey, signatures),
                    () => SearchSnapshot.Save(searchPath, searchId, search));
                return new BuildResult(
                    true,
                    previous.PagesByKind,
                    commit.Files,
                    commit.Changed,
                    commit.Removed,
                    previous.ArticlesPublished,
                    previous.ArticlesSkipped,
                    previous.Entities,
                    previous.Diagnostics,
                    [],
                    null,
                    clock.Elapsed)
                {
                    PagesRendered = pages.Count,
                    TemplatesInterpretedBecause = renderer.NotCompiledBecause,
                    BodyEdits = pages.Count,
                    ArticlesReused = inputs.Articles.Length - pages.Count,
                    ArticleStoreId = previous.ArticleStoreId,
                    ParseCacheId = previous.ParseCacheId,
                    SearchStoreId = searchId,
                };
            }
            catch (Exception e) when (e is TemplateException or OutputFolderException or IOException or UnauthorizedAccessException or AggregateException)
            {
                // A whole build reports the problem, with its file and line.
                return null;
            }
        }
    }

    /// <summary>The file of a stamp "path|size|time"; null for a file gone while it was stamped ("path|absent").</summary>
    private static string? FileOf(string stamp)
    {
        var time = stamp.LastIndexOf('|');
        var size = time > 0 ? stamp.LastIndexOf('|', time - 1) : -1;
        return size > 0 ? stamp[..size] : null;
    }

    /// <summary>What the last build left beside the output that this one reads: its manifest, page signatures and search index.</summary>
    private sealed record PreviousStores(Manifest Manifest, string RenderKey, PageSignatureStore Signatures, SearchIndex Search);
}
