using System.Buffers;
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
        using var hash = new LineHash();
        void Add(string value) => hash.AppendLine(value);

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
            var files = ContentFolder.ArticleFileStamps(contentFolder);
            Add("articles");
            foreach (var file in files)
            {
                Add(file.Path);
            }

            // A file gone between listing and reading its entry reads as empty and from 1601: asked again, it is absent.
            articles = [.. files.Select(static file => file.LastWriteTicks == UnreadEntryTicks ? Stamp(file.Path) : Stamp(file.Path, file.Length, file.LastWriteTicks))];
        }

        var structure = hash.Current();
        foreach (var stamp in articles)
        {
            Add(stamp);
        }

        return new BuildInputs(hash.Current(), structure, articles);
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
        return info.Exists ? Stamp(file, info.Length, info.LastWriteTimeUtc.Ticks) : $"{file}|absent";
    }

    private static readonly long UnreadEntryTicks = DateTime.FromFileTimeUtc(0).Ticks;

    private static string Stamp(string file, long length, long lastWriteTicks) => $"{file}|{length}|{lastWriteTicks}";

    /// <summary>
    /// SHA-256 of lines, fed to the hash a buffer at a time: a large archive has hundreds of thousands of lines, and
    /// hashing each alone cost more than reading the folder.
    /// </summary>
    private sealed class LineHash : IDisposable
    {
        private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly ArrayBufferWriter<byte> pending = new(1 << 16);

        public void AppendLine(string value)
        {
            var room = pending.GetSpan(Encoding.UTF8.GetMaxByteCount(value.Length) + 1);
            var written = Encoding.UTF8.GetBytes(value, room);
            room[written] = (byte)'\n';
            pending.Advance(written + 1);
            if (pending.WrittenCount >= 1 << 15)
            {
                Flush();
            }
        }

        /// <summary>The hash of every line so far, as lower-case hex; lines may follow.</summary>
        public string Current()
        {
            Flush();
            return Convert.ToHexStringLower(hash.GetCurrentHash());
        }

        public void Dispose() => hash.Dispose();

        private void Flush()
        {
            hash.AppendData(pending.WrittenSpan);
            pending.Clear();
        }
    }

    private static IEnumerable<string> AllFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true }).Order(StringComparer.Ordinal)
            : [];
}

/// <summary>A build's inputs: the whole <see cref="Fingerprint"/>, its part without the article stamps, and those stamps ("path|size|time").</summary>
public sealed record BuildInputs(string Fingerprint, string Structure, ImmutableArray<string> Articles);
