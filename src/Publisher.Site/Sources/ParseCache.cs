using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Publisher.Parsing;
using Publisher.Parsing.Serialization;

namespace Publisher.Site.Sources;

/// <summary>
/// Parse results of the last build, by file path and content hash, so a rebuild parses only the files that changed.
/// An entry is used only when the parser, its options and the registry are the ones it was made with (the key), and
/// the file's bytes hash the same; anything unreadable is ignored and the file is parsed again.
/// </summary>
public sealed class ParseCache
{
    private const string Magic = "publisher parse cache v1";
    private readonly string key;
    private readonly IReadOnlyDictionary<string, Entry> previous;
    private readonly ConcurrentDictionary<string, Entry> current = new(StringComparer.Ordinal);
    private int reused;

    private ParseCache(string key, IReadOnlyDictionary<string, Entry> previous)
    {
        this.key = key;
        this.previous = previous;
    }

    /// <summary>Files whose parse came from the cache in this run.</summary>
    public int Reused => reused;

    /// <summary>
    /// The key entries must have been made with: the parser build, the options, and the registry's bytes (a
    /// registry change can change every article's mentions).
    /// </summary>
    public static string KeyFor(ParserOptions options, byte[]? registryBytes)
    {
        var text = new StringBuilder()
            .Append(typeof(ArticleParser).Assembly.ManifestModule.ModuleVersionId).Append('|')
            .Append(ArticleCodec.Version).Append('|')
            .Append(options.MaxFileBytes).Append('|')
            .Append(registryBytes is null ? "no registry" : Convert.ToHexStringLower(SHA256.HashData(registryBytes)));
        return text.ToString();
    }

    /// <summary>An empty cache for this key: every file is parsed, and the results recorded for next time.</summary>
    public static ParseCache Empty(string key) => new(key, new Dictionary<string, Entry>());

    public static ParseCache Load(string path, string key)
    {
        try
        {
            if (!File.Exists(path))
            {
                return Empty(key);
            }

            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadString() != key)
            {
                return Empty(key);
            }

            var count = reader.ReadInt32();
            var entries = new Dictionary<string, Entry>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var file = reader.ReadString();
                var hash = reader.ReadBytes(32);
                var article = reader.ReadBoolean() ? reader.ReadString() : null;
                var diagnostics = reader.ReadString();
                entries[file] = new Entry(hash, article, diagnostics);
            }

            return new ParseCache(key, entries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException)
        {
            return Empty(key);
        }
    }

    /// <summary>Removes a cache file, only when it is one of ours.</summary>
    public static void Forget(string path)
    {
        try
        {
            if (IsOurs(path))
            {
                File.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be removed is still keyed and hashed: it can never give a wrong parse.
        }
    }

    private static bool IsOurs(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            return reader.ReadString() == Magic;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException)
        {
            return false;
        }
    }

    /// <summary>The cached parse of these bytes at this path, or null when it must be parsed.</summary>
    public ArticleParseResult? Find(string relativePath, ReadOnlySpan<byte> bytes, out byte[] hash)
    {
        hash = SHA256.HashData(bytes);
        if (!previous.TryGetValue(relativePath, out var entry) || !entry.Hash.AsSpan().SequenceEqual(hash))
        {
            return null;
        }

        try
        {
            var result = new ArticleParseResult(
                entry.Article is null ? null : ArticleCodec.Decode(entry.Article),
                ArticleCodec.DecodeDiagnostics(entry.Diagnostics));
            current[relativePath] = entry;
            Interlocked.Increment(ref reused);
            return result;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public void Add(string relativePath, byte[] hash, ArticleParseResult result) =>
        current[relativePath] = new Entry(
            hash,
            result.Article is null ? null : ArticleCodec.Encode(result.Article),
            ArticleCodec.EncodeDiagnostics(result.Diagnostics));

    /// <summary>
    /// Writes this run's entries (files gone since are dropped), aside and then moved over, so a crash never leaves
    /// half a cache. A cache that cannot be written only costs the next build time.
    /// </summary>
    public void Save(string path)
    {
        if (reused == current.Count && reused == previous.Count)
        {
            return;
        }

        var pending = path + ".new";
        try
        {
            if (File.Exists(path) && !IsOurs(path))
            {
                // Someone else's file of that name is left alone.
                return;
            }

            using (var writer = new BinaryWriter(File.Create(pending), Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(key);
                writer.Write(current.Count);
                foreach (var (file, entry) in current.OrderBy(static e => e.Key, StringComparer.Ordinal))
                {
                    writer.Write(file);
                    writer.Write(entry.Hash);
                    writer.Write(entry.Article is not null);
                    if (entry.Article is not null)
                    {
                        writer.Write(entry.Article);
                    }

                    writer.Write(entry.Diagnostics);
                }
            }

            File.Move(pending, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(pending);
            }
            catch (Exception inner) when (inner is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the old cache, if any, is still whole.
            }
        }
    }

    private sealed record Entry(byte[] Hash, string? Article, string Diagnostics);
}
