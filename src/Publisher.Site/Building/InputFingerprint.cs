using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Publisher.Site.Sources;

namespace Publisher.Site.Building;

/// <summary>
/// A hash of everything a build reads: the tool's own code, the options, every template file and every content
/// file, each by path, size and modification time (as make and Hugo judge freshness), never by reading them. Equal
/// fingerprints mean a rebuild would write the same bytes, so it can be skipped; it costs one directory walk.
/// </summary>
public static class InputFingerprint
{
    /// <summary>Inputs of a build from <paramref name="contentFolder"/>, or from the compiled catalog when it is null.</summary>
    public static string Of(string? contentFolder, SiteOptions options, Type? compiledCatalog = null) =>
        Read(contentFolder, options, compiledCatalog).Fingerprint;

    /// <summary>
    /// The fingerprint and its parts: everything but the articles' sizes and times (<see cref="BuildInputs.Structure"/>,
    /// which names the article files), and those sizes and times file by file, so a later build can tell which
    /// articles alone were edited.
    /// </summary>
    public static BuildInputs Read(string? contentFolder, SiteOptions options, Type? compiledCatalog = null)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string value) => hash.AppendData(Encoding.UTF8.GetBytes(value + "\n"));

        // A new build of the tool may render differently from the same inputs.
        Add(typeof(InputFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(typeof(Parsing.ArticleParser).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(options.ToString());
        AddFiles(Add, "templates", AllFiles(options.TemplatesFolder));
        var articles = ImmutableArray<string>.Empty;
        if (contentFolder is null)
        {
            Add("catalog " + (compiledCatalog?.Assembly.ManifestModule.ModuleVersionId.ToString() ?? "none"));
        }
        else
        {
            AddFiles(Add, "registry", [Path.Combine(contentFolder, "entities.yml")]);
            var files = ContentFolder.ArticleFiles(contentFolder);
            Add("articles");
            foreach (var file in files)
            {
                Add(file);
            }

            // Thousands of file-system calls: parallel, they take half the time.
            var stamps = new string[files.Count];
            Parallel.For(0, stamps.Length, i => stamps[i] = Stamp(files[i]));
            articles = ImmutableArray.Create(stamps);
        }

        var structure = Convert.ToHexStringLower(hash.GetCurrentHash());
        foreach (var stamp in articles)
        {
            Add(stamp);
        }

        return new BuildInputs(Convert.ToHexStringLower(hash.GetHashAndReset()), structure, articles);
    }

    private static void AddFiles(Action<string> add, string group, IEnumerable<string> files)
    {
        add(group);
        foreach (var file in files)
        {
            add(Stamp(file));
        }
    }

    private static string Stamp(string file)
    {
        var info = new FileInfo(file);
        return info.Exists ? $"{file}|{info.Length}|{info.LastWriteTimeUtc.Ticks}" : $"{file}|absent";
    }

    private static IEnumerable<string> AllFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true }).Order(StringComparer.Ordinal)
            : [];
}

/// <summary>A build's inputs: the whole <see cref="Fingerprint"/>, its part without the article stamps, and those stamps ("path|size|time").</summary>
public sealed record BuildInputs(string Fingerprint, string Structure, ImmutableArray<string> Articles);
