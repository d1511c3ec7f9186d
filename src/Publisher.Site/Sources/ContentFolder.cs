using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO.Enumeration;
using Publisher.Parsing;
using Publisher.Parsing.Diagnostics;
using Publisher.Parsing.Model;
using Publisher.Parsing.Text;

namespace Publisher.Site.Sources;

/// <summary>
/// Reads a content folder at run time with the same parser the source generator runs at build time, so both paths
/// give equal records. The folder is either a content root holding <c>articles/</c> or the articles folder itself.
/// </summary>
public static class ContentFolder
{
    private static readonly string[] ArticleExtensions = [".txt", ".md", ".markdown"];

    /// <summary>The folder the article files live in.</summary>
    public static string ArticlesFolder(string contentFolder)
    {
        var nested = Path.Combine(contentFolder, "articles");
        return Directory.Exists(nested) ? nested : contentFolder;
    }

    /// <summary>
    /// Article files under the folder, ordinal by path so every run sees the same order. Hidden files and folders
    /// (editor swap files, .git) are not articles.
    /// </summary>
    public static IReadOnlyList<string> ArticleFiles(string contentFolder) =>
        Walk(contentFolder, static (ref FileSystemEntry entry) => entry.ToSpecifiedFullPath(), static path => path);

    /// <summary>
    /// The files of <see cref="ArticleFiles"/>, in its order, each with its size and last write time read in the same
    /// walk: one directory read and no second system call per file to ask again.
    /// </summary>
    public static IReadOnlyList<ArticleFileStamp> ArticleFileStamps(string contentFolder) =>
        Walk(contentFolder, static (ref FileSystemEntry entry) => new ArticleFileStamp(entry.ToSpecifiedFullPath(), entry.Length, entry.LastWriteTimeUtc.UtcTicks), static file => file.Path);

    private static List<T> Walk<T>(string contentFolder, FileSystemEnumerable<T>.FindTransform transform, Func<T, string> path)
    {
        var root = ArticlesFolder(contentFolder);
        if (!Directory.Exists(root))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = true };
        var files = new FileSystemEnumerable<T>(root, transform, options)
        {
            ShouldIncludePredicate = static (ref FileSystemEntry entry) => !entry.IsDirectory && IsArticleName(entry.FileName),
        }.ToList();
        files.Sort((a, b) => string.CompareOrdinal(path(a), path(b)));
        return files;
    }

    private static bool IsArticleName(ReadOnlySpan<char> name)
    {
        if (name.StartsWith('.'))
        {
            return false;
        }

        var extension = Path.GetExtension(name);
        foreach (var accepted in ArticleExtensions)
        {
            if (extension.Equals(accepted, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads a content folder as a site does: its registry (<c>entities.yml</c> beside <c>articles/</c>, as the
    /// generator finds it), then every article parsed with it. Registry problems come first in the diagnostics.
    /// </summary>
    /// <remarks>
    /// With a <paramref name="cacheFile"/>, files whose bytes are unchanged since the last run are decoded from it
    /// instead of parsed; the caller saves <see cref="LoadedContent.ParseCache"/> once the build has succeeded, and
    /// disposes it after. With <paramref name="outlines"/> too, articles are held as outlines and their full records
    /// read back from the cache through <see cref="LoadedContent.Full"/>: an archive of any size fits in memory.
    /// </remarks>
    public static LoadedContent LoadWithRegistry(string contentFolder, string pathBase, IProgress<int>? progress = null, string? cacheFile = null, int maxArticleBytes = ParserOptions.DefaultMaxFileBytes, bool outlines = false)
    {
        var setup = Prepare(contentFolder, pathBase, cacheFile, maxArticleBytes);
        var loaded = Load(contentFolder, pathBase, setup.Options, progress, setup.Cache, outlines);
        return loaded with { Diagnostics = setup.Problems.AddRange(loaded.Diagnostics), Registry = setup.Options.Registry, ParseCache = setup.Cache };
    }

    /// <summary>
    /// What parsing this folder needs before any article is read: the entity registry (<c>entities.yml</c>), the
    /// parser options made from it, and the parse cache at <paramref name="cacheFile"/> keyed by both.
    /// </summary>
    public static ParserSetup Prepare(string contentFolder, string pathBase, string? cacheFile, int maxArticleBytes = ParserOptions.DefaultMaxFileBytes)
    {
        var registryFile = Path.Combine(contentFolder, "entities.yml");
        var registry = Parsing.Entities.EntityRegistry.Empty;
        var problems = ImmutableArray<ContentDiagnostic>.Empty;
        byte[]? registryBytes = null;
        if (File.Exists(registryFile))
        {
            var fallbackBase = Path.GetDirectoryName(Path.GetFullPath(contentFolder).TrimEnd(Path.DirectorySeparatorChar)) ?? contentFolder;
            registryBytes = File.ReadAllBytes(registryFile);
            var read = Parsing.Entities.RegistryReader.Read(new StreamReader(new MemoryStream(registryBytes)).ReadToEnd(), RelativePath(registryFile, pathBase, fallbackBase));
            registry = read.Registry;
            problems = read.Diagnostics;
        }

        var options = new ParserOptions(maxArticleBytes) { Registry = registry };
        var cache = cacheFile is null ? null : ParseCache.Load(cacheFile, ParseCache.KeyFor(options, registryBytes));
        return new ParserSetup(options, problems, cache);
    }

    /// <summary>One article file, named by its <see cref="RelativeArticlePath"/>, read as a whole build reads it (through the cache, if any).</summary>
    public static ArticleParseResult ReadArticle(string file, string relativePath, ParserSetup setup) =>
        Read(file, relativePath, setup.Options, setup.Cache, new StringPool());

    /// <summary>An article file's path as its diagnostics, its record and the parse cache name it.</summary>
    public static string RelativeArticlePath(string contentFolder, string file, string pathBase) =>
        RelativePath(file, pathBase, Path.GetDirectoryName(Path.GetFullPath(contentFolder).TrimEnd(Path.DirectorySeparatorChar)) ?? contentFolder);

    public static LoadedContent Load(string contentFolder, string pathBase, ParserOptions? options = null, IProgress<int>? progress = null, ParseCache? cache = null, bool outlines = false)
    {
        outlines &= cache is not null;
        var files = ArticleFiles(contentFolder);
        var results = new ArticleParseResult[files.Count];
        var strings = new StringPool();
        var mentions = new ConcurrentDictionary<EntityMention, EntityMention>();
        var done = 0;
        Parallel.For(0, files.Count, i =>
        {
            var relative = RelativeArticlePath(contentFolder, files[i], pathBase);
            var result = Read(files[i], relative, options, cache, strings);
            results[i] = outlines && result.Article is { } full ? result with { Article = ArticleOutline.Of(full, mentions) } : result;
            progress?.Report(Interlocked.Increment(ref done));
        });

        var parsed = results.Where(static r => r.Article is not null).Select(static r => r.Article!).ToList();
        var placed = ArticlePlacement.Place(parsed);
        var diagnostics = results.Where(static r => r.Article is null).SelectMany(static r => r.Diagnostics)
            .Concat(placed.SelectMany(static a => a.Diagnostics))
            .OrderBy(static d => d.Path, StringComparer.Ordinal)
            .ThenBy(static d => d.Source.Start)
            .ToImmutableArray();
        return new LoadedContent(placed, diagnostics, files.Count)
        {
            Full = outlines ? outline => ArticleOutline.Restore(outline, FullOf(cache!, outline)) : static article => article,
        };
    }

    private static Article FullOf(ParseCache cache, Article outline) =>
        cache.Stored(outline.SourcePath)?.Article
        ?? throw new InvalidOperationException($"{outline.SourcePath}: the parse cache no longer holds this article's record");

    /// <summary>
    /// The path as records and messages show it: relative to the base with forward slashes when the file is under
    /// it, otherwise relative to <paramref name="fallbackBase"/> (the content folder's parent, so paths start with its
    /// name), never absolute: records must not depend on the machine.
    /// </summary>
    public static string RelativePath(string file, string pathBase, string fallbackBase)
    {
        var full = Path.GetFullPath(file);
        var relative = Path.GetRelativePath(Path.GetFullPath(pathBase), full);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            relative = Path.GetRelativePath(Path.GetFullPath(fallbackBase), full);
        }

        return relative.Replace('\\', '/');
    }

    private static ArticleParseResult Read(string file, string relativePath, ParserOptions? options, ParseCache? cache, StringPool strings)
    {
        options ??= ParserOptions.Default;
        byte[] bytes;
        try
        {
            // A file over the limit is reported without reading it: a stray multi-gigabyte dump must not fill memory.
            var length = new FileInfo(file).Length;
            if (length > options.MaxFileBytes)
            {
                var problem = DiagnosticCatalog.FileTooLarge.Create(relativePath, new SourceRange(0, 0, 1, 1, 1, 1), length, options.MaxFileBytes);
                return new ArticleParseResult(null, [problem]);
            }

            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var problem = DiagnosticCatalog.Unreadable.Create(relativePath, new SourceRange(0, 0, 1, 1, 1, 1), e.Message);
            return new ArticleParseResult(null, [problem]);
        }

        if (cache is null)
        {
            return strings.ShareEntityStrings(ArticleParser.Parse(ContentDecoder.Decode(relativePath, bytes), options));
        }

        if (cache.Find(relativePath, bytes, out var hash) is { } cached)
        {
            return strings.ShareEntityStrings(cached);
        }

        var result = strings.ShareEntityStrings(ArticleParser.Parse(ContentDecoder.Decode(relativePath, bytes), options));
        cache.Add(relativePath, hash, result);
        return result;
    }
}
