using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Publisher.Parsing.Diagnostics;
using Publisher.Site.Output;

namespace Publisher.Site.Building;

/// <summary>
/// What the last complete build was made from (its <see cref="InputFingerprint"/>) and what it reported. It lives
/// beside the output folder, not in it (<c>.site.publisher-state</c> for <c>site/</c>), so the published site stays
/// the same bytes on every machine; losing it only costs one full build.
/// </summary>
public static class BuildState
{
    private const string Header = "# publisher build state v1: the inputs of the last build of ";

    public static string PathFor(string outputFolder) => PathFor(outputFolder, "publisher-state");

    /// <summary>A file of the tool's own beside the output folder (".site.publisher-…"), never inside it.</summary>
    public static string PathFor(string outputFolder, string suffix)
    {
        var full = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? full;
        return Path.Combine(parent, "." + Path.GetFileName(full) + "." + suffix);
    }

    /// <summary>
    /// The previous build's result when its inputs had this fingerprint and every file it wrote is still there;
    /// null when the site must be built.
    /// </summary>
    public static BuildResult? UpToDate(string fingerprint, SiteOptions options, TimeSpan elapsedSoFar)
    {
        try
        {
            var path = PathFor(options.OutputFolder);
            if (!File.Exists(path))
            {
                return null;
            }

            // The first three lines decide; the fourth, the inputs file by file, is for builds of edited articles.
            var lines = File.ReadLines(path).Take(3).ToArray();
            if (lines.Length < 3 || !lines[0].StartsWith(Header, StringComparison.Ordinal) || lines[1] != fingerprint)
            {
                return null;
            }

            var manifest = Manifest.Read(options.OutputFolder);
            if (manifest is null || manifest.Interrupted || manifest.Files.Keys.Any(f => !File.Exists(Path.Combine(options.OutputFolder, f))))
            {
                return null;
            }

            var summary = JsonSerializer.Deserialize(lines[2], StoreJson.Default.Summary);
            return summary is null ? null : new BuildResult(
                true,
                summary.PagesByKind.ToImmutableSortedDictionary(StringComparer.Ordinal),
                manifest.Files.Count,
                0,
                0,
                summary.ArticlesPublished,
                summary.ArticlesSkipped,
                summary.Entities,
                [.. summary.Diagnostics],
                [],
                null,
                elapsedSoFar)
            { UpToDate = true };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// The last complete build into this folder, for a build of edited articles: its inputs' structure and article
    /// stamps, the stores it left and its report. Null when there is none. Its manifest is read apart
    /// (<see cref="Manifest.Read"/>), beside the stores, and whether the files it wrote are still there is checked as
    /// they are kept.
    /// </summary>
    public static PreviousBuild? Previous(SiteOptions options)
    {
        try
        {
            var path = PathFor(options.OutputFolder);
            if (!File.Exists(path))
            {
                return null;
            }

            var lines = File.ReadAllLines(path);
            if (lines.Length < 4 || !lines[0].StartsWith(Header, StringComparison.Ordinal))
            {
                return null;
            }

            var summary = JsonSerializer.Deserialize(lines[2], StoreJson.Default.Summary);
            var parts = JsonSerializer.Deserialize(lines[3], StoreJson.Default.Parts);
            if (summary is null || parts is null)
            {
                return null;
            }

            return new PreviousBuild(
                parts.Structure,
                [.. parts.Articles],
                parts.ArticleStoreId,
                parts.SearchStoreId,
                parts.ParseCacheId,
                summary.PagesByKind.ToImmutableSortedDictionary(StringComparer.Ordinal),
                summary.ArticlesPublished,
                summary.ArticlesSkipped,
                summary.Entities,
                [.. summary.Diagnostics]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Records a complete build. Best effort: a folder that cannot take the file only loses the shortcut.</summary>
    public static void Save(BuildInputs inputs, SiteOptions options, BuildResult result)
    {
        var fingerprint = inputs.Fingerprint;
        var path = PathFor(options.OutputFolder);
        try
        {
            // Someone else's file of that name is left alone.
            if (File.Exists(path) && !File.ReadLines(path).FirstOrDefault()?.StartsWith(Header, StringComparison.Ordinal) == true)
            {
                return;
            }

            var summary = new Summary(result.PagesByKind.ToDictionary(), result.ArticlesPublished, result.ArticlesSkipped, result.Entities, [.. result.Diagnostics]);
            var text = new StringBuilder(Header).Append(Path.GetFileName(Path.GetFullPath(options.OutputFolder).TrimEnd(Path.DirectorySeparatorChar))).Append('\n')
                .Append(fingerprint).Append('\n')
                .Append(JsonSerializer.Serialize(summary, StoreJson.Default.Summary)).Append('\n')
                .Append(JsonSerializer.Serialize(new Parts(inputs.Structure, [.. inputs.Articles], result.ArticleStoreId, result.SearchStoreId, result.ParseCacheId), StoreJson.Default.Parts)).Append('\n');
            File.WriteAllText(path + ".new", text.ToString());
            File.Move(path + ".new", path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Removes the record, so the next build is a full one (a build that failed, or changed the folder by hand).</summary>
    public static void Forget(SiteOptions options)
    {
        try
        {
            var path = PathFor(options.OutputFolder);
            if (File.Exists(path) && File.ReadLines(path).FirstOrDefault()?.StartsWith(Header, StringComparison.Ordinal) == true)
            {
                File.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    internal sealed record Parts(string Structure, List<string> Articles, string? ArticleStoreId, string? SearchStoreId, string? ParseCacheId);

    internal sealed record Summary(Dictionary<string, int> PagesByKind, int ArticlesPublished, int ArticlesSkipped, int Entities, List<ContentDiagnostic> Diagnostics);
}
