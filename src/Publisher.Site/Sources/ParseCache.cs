using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Publisher.Parsing;
using Publisher.Parsing.Serialization;

namespace Publisher.Site.Sources;

/// <summary>
/// Parse results of the last build, by file path and content hash, so a rebuild parses only the files that changed.
/// An entry is used only when the parser, its options and the registry are the ones it was made with (the key), and
/// the file's bytes hash the same; anything unreadable is ignored and the file is parsed again.
/// </summary>
/// <remarks>
/// Only the table (path, hash, where the entry is) is held in memory. Reused entries stay in the old file; this
/// run's new parses are written at once to the next version of the file (beside it, ".new"), which a successful
/// build completes with the reused entries and moves over the old one. Either way every article of the run can be
/// read back (<see cref="Stored"/>), so a build may hold only outlines of its articles.
/// </remarks>
public sealed class ParseCache : IDisposable
{
    private const string Magic = "publisher parse cache v4";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly string key;
    private readonly SafeFileHandle? file;
    private readonly IReadOnlyDictionary<string, Slot> previous;
    private readonly ConcurrentDictionary<string, Entry> current = new(StringComparer.Ordinal);
    private readonly string path;
    private readonly string nextPath;
    private readonly Lock nextLock = new();
    private SafeFileHandle? next;
    private long nextLength;
    private bool nextFailed;
    private int reused;

    private readonly string nextId = Guid.NewGuid().ToString("N");

    private ParseCache(string key, SafeFileHandle? file, IReadOnlyDictionary<string, Slot> previous, string path, string? id)
    {
        this.key = key;
        this.file = file;
        this.previous = previous;
        this.path = path;
        Id = id;
        nextPath = path + ".new";
    }

    /// <summary>
    /// Which version of the cache file was loaded (each saved version gets a new one); null when there was none. The
    /// build state records the version a build left, so a later build knows the cache holds that build's parses.
    /// </summary>
    public string? Id { get; }

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

    /// <summary>An empty cache at this path: every file is parsed, and the results written for next time.</summary>
    private static ParseCache Empty(string key, string path) => new(key, null, new Dictionary<string, Slot>(), path, null);

    /// <summary>
    /// Opens the cache file and reads its table. Layout: magic, key, entries, then the table and, in the last eight
    /// bytes, where the table starts.
    /// </summary>
    public static ParseCache Load(string path, string key)
    {
        SafeFileHandle? handle = null;
        try
        {
            if (!File.Exists(path))
            {
                return Empty(key, path);
            }

            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var length = RandomAccess.GetLength(handle);
            using var header = new BinaryReader(new MemoryStream(ReadAt(handle, 0, (int)Math.Min(length, 4096))), Utf8);
            var footer = length >= 8 ? ReadAt(handle, length - 8, 8) : [];
            var tableStart = footer.Length == 8 ? BitConverter.ToInt64(footer) : -1;
            if (header.ReadString() != Magic || header.ReadString() != key || header.ReadString() is not { Length: > 0 } id
                || tableStart < 0 || tableStart > length - 8 || length - 8 - tableStart > int.MaxValue)
            {
                handle.Dispose();
                return Empty(key, path);
            }

            using var table = new BinaryReader(new MemoryStream(ReadAt(handle, tableStart, (int)(length - 8 - tableStart))), Utf8);
            var count = table.ReadInt32();
            var slots = new Dictionary<string, Slot>(Math.Max(0, Math.Min(count, 1 << 20)), StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var name = table.ReadString();
                var slot = new Slot(table.ReadBytes(32), table.ReadInt64(), table.ReadInt32());
                if (slot.Offset < 0 || slot.Length < 0 || slot.Offset + slot.Length > tableStart)
                {
                    handle.Dispose();
                    return Empty(key, path);
                }

                slots[name] = slot;
            }

            return new ParseCache(key, handle, slots, path, id);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException)
        {
            handle?.Dispose();
            return Empty(key, path);
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

    /// <summary>The cached parse of these bytes at this path, or null when it must be parsed.</summary>
    public ArticleParseResult? Find(string relativePath, ReadOnlySpan<byte> bytes, out byte[] hash)
    {
        hash = SHA256.HashData(bytes);
        if (file is null || !previous.TryGetValue(relativePath, out var slot) || !slot.Hash.AsSpan().SequenceEqual(hash))
        {
            return null;
        }

        try
        {
            var result = Decode(ReadAt(file, slot.Offset, slot.Length));
            current[relativePath] = new Entry(hash, slot, null, null);
            Interlocked.Increment(ref reused);
            return result;
        }
        catch (Exception e) when (e is FormatException or IOException or DecoderFallbackException or EndOfStreamException)
        {
            return null;
        }
    }

    /// <summary>Records a file parsed in this run: written to the cache's next version now, or kept in memory when that cannot be written.</summary>
    public void Add(string relativePath, byte[] hash, ArticleParseResult result) =>
        current[relativePath] = Append(Encode(result)) is { } slot ? new Entry(hash, null, slot, null) : new Entry(hash, null, null, result);

    /// <summary>
    /// The parse this cache held for the file when it was loaded, whatever the file holds now: what an edited
    /// article was before the edit. Null when there was none or it cannot be read.
    /// </summary>
    public ArticleParseResult? Previous(string relativePath)
    {
        if (file is null || !previous.TryGetValue(relativePath, out var slot))
        {
            return null;
        }

        try
        {
            return Decode(ReadAt(file, slot.Offset, slot.Length));
        }
        catch (Exception e) when (e is FormatException or IOException or DecoderFallbackException or EndOfStreamException)
        {
            return null;
        }
    }

    /// <summary>
    /// The full parse of a file this run found (<see cref="Find"/>) or parsed (<see cref="Add"/>), read back from
    /// the cache; null for a path it has not seen. Thread-safe; valid until the cache is saved or disposed.
    /// </summary>
    public ArticleParseResult? Stored(string relativePath)
    {
        if (!current.TryGetValue(relativePath, out var entry))
        {
            return null;
        }

        if (entry.Result is { } result)
        {
            return result;
        }

        var data = entry.Written is { } written ? ReadAt(next!, written.Offset, written.Length) : ReadAt(file!, entry.Reused!.Offset, entry.Reused.Length);
        return Decode(data);
    }

    /// <summary>
    /// Completes this run's entries (files gone since are dropped) in the cache's next version and moves it over the
    /// file the cache was loaded from, so a crash never leaves half a cache. Reused entries are copied from the old
    /// file as they are. A cache that cannot be written only costs the next build time.
    /// </summary>
    /// <returns>The <see cref="Id"/> of the cache file now in place, holding this run's parses; null when there is none.</returns>
    public string? Save()
    {
        // Nothing changed: the loaded version holds this run's parses.
        if (reused == current.Count && reused == previous.Count && !nextFailed)
        {
            return Id;
        }

        // The folder refused this run's entries: the next build parses those files again.
        if (nextFailed)
        {
            return null;
        }

        try
        {
            if (File.Exists(path) && !IsOurs(path))
            {
                // Someone else's file of that name is left alone.
                return null;
            }

            CompleteNext();
            // Closed before it is replaced: Windows cannot rename over an open file.
            CloseFiles();
            File.Move(nextPath, path, overwrite: true);
            return nextId;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CloseFiles();
            TryDelete(nextPath);
            return null;
        }
    }

    /// <summary>Closes the cache; an unsaved next version (a failed build's) is removed.</summary>
    public void Dispose()
    {
        CloseFiles();
        if (next is not null)
        {
            TryDelete(nextPath);
        }
    }

    private void CloseFiles()
    {
        file?.Dispose();
        next?.Dispose();
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the old cache, if any, is still whole.
        }
    }

    /// <summary>Appends an entry to the cache's next version, made (header first) on first use; null when there is none or it cannot be written.</summary>
    private Slot? Append(ReadOnlySpan<byte> data)
    {
        lock (nextLock)
        {
            if (nextFailed)
            {
                return null;
            }

            try
            {
                if (next is null)
                {
                    // The cache lives beside the output folder, whose parent a first build into a new path has not made
                    // yet: without it every parse would be held in memory and none saved.
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(nextPath))!);
                    next = File.OpenHandle(nextPath, FileMode.Create, FileAccess.ReadWrite, FileShare.Read);
                    var header = Header();
                    RandomAccess.Write(next, header, 0);
                    nextLength = header.Length;
                }

                var slot = new Slot([], nextLength, data.Length);
                RandomAccess.Write(next, data, nextLength);
                nextLength += data.Length;
                return slot;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Kept in memory instead: a cache that cannot be written must not fail the build. Entries already
                // written stay readable; the half-written version is removed on dispose.
                nextFailed = true;
                return null;
            }
        }
    }

    /// <summary>Adds the reused entries to the next version, then the table and where it starts.</summary>
    private void CompleteNext()
    {
        var table = new List<(string Name, byte[] Hash, Slot Slot)>(current.Count);
        // Reused entries pass through one buffer: a large archive's cache is copied without a garbage array per entry.
        var buffer = Array.Empty<byte>();
        foreach (var (name, entry) in current.OrderBy(static e => e.Key, StringComparer.Ordinal))
        {
            Slot? slot = entry.Written;
            if (slot is null && entry.Reused is { } reusedSlot)
            {
                if (buffer.Length < reusedSlot.Length)
                {
                    buffer = new byte[Math.Max(reusedSlot.Length, buffer.Length * 2)];
                }

                ReadInto(file!, reusedSlot.Offset, buffer.AsSpan(0, reusedSlot.Length));
                slot = Append(buffer.AsSpan(0, reusedSlot.Length));
            }

            // Entries held in memory exist only when the next version could not be written, and then it is not saved.
            table.Add((name, entry.Hash, slot ?? throw new IOException("the parse cache's next version could not be written")));
        }

        // A run that parsed nothing has made no next version yet; appending nothing makes it.
        _ = Append([]) ?? throw new IOException("the parse cache's next version could not be written");
        var tableStart = nextLength;
        using var tableBytes = new MemoryStream();
        using (var writer = new BinaryWriter(tableBytes, Utf8, leaveOpen: true))
        {
            writer.Write(table.Count);
            foreach (var (name, hash, slot) in table)
            {
                writer.Write(name);
                writer.Write(hash);
                writer.Write(slot.Offset);
                writer.Write(slot.Length);
            }

            writer.Write(tableStart);
        }

        RandomAccess.Write(next!, tableBytes.ToArray(), tableStart);
    }

    private byte[] Header()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Utf8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(key);
            writer.Write(nextId);
        }

        return buffer.ToArray();
    }

    private static bool IsOurs(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Utf8);
            return reader.ReadString() == Magic;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or DecoderFallbackException)
        {
            return false;
        }
    }

    private static byte[] Encode(ArticleParseResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Utf8, leaveOpen: true))
        {
            writer.Write(result.Article is not null);
            if (result.Article is not null)
            {
                writer.Write(ArticleCodec.Encode(result.Article));
            }

            writer.Write(ArticleCodec.EncodeDiagnostics(result.Diagnostics));
        }

        // Each entry ends with a checksum of itself: damage inside a string would otherwise decode as other text.
        Span<byte> check = stackalloc byte[sizeof(ulong)];
        BinaryPrimitives.WriteUInt64LittleEndian(check, XxHash64.HashToUInt64(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        buffer.Write(check);
        return buffer.ToArray();
    }

    private static ArticleParseResult Decode(byte[] data)
    {
        var body = data.Length - sizeof(ulong);
        if (body < 0 || XxHash64.HashToUInt64(data.AsSpan(0, body)) != BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan(body)))
        {
            throw new FormatException("a parse cache entry does not match its checksum");
        }

        // Read as BinaryWriter wrote it, straight from the bytes: BinaryReader builds a long string through a
        // StringBuilder, which was half of the 60 KB each article read back allocated (twice per build: its page and
        // the search index).
        var at = 0;
        var article = data[At(ref at, 1, body)] != 0 ? ArticleCodec.Decode(ReadString(data, ref at, body)) : null;
        return new ArticleParseResult(article, ArticleCodec.DecodeDiagnostics(ReadString(data, ref at, body)));
    }

    /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> writes it: a 7-bit encoded byte count, then UTF-8.</summary>
    private static string ReadString(byte[] data, ref int at, int end)
    {
        var length = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (shift > 28)
            {
                throw new FormatException("a parse cache entry has a bad string length");
            }

            var part = data[At(ref at, 1, end)];
            length |= (part & 0x7F) << shift;
            if (part < 0x80)
            {
                break;
            }
        }

        if (length < 0)
        {
            throw new FormatException("a parse cache entry has a bad string length");
        }

        return Utf8.GetString(data, At(ref at, length, end), length);
    }

    /// <summary>Where the next <paramref name="count"/> bytes start; moves past them.</summary>
    private static int At(ref int at, int count, int end)
    {
        if (count > end - at)
        {
            throw new EndOfStreamException("a parse cache entry is shorter than its contents say");
        }

        var start = at;
        at += count;
        return start;
    }

    private static byte[] ReadAt(SafeFileHandle handle, long offset, int length)
    {
        var data = new byte[length];
        ReadInto(handle, offset, data);
        return data;
    }

    private static void ReadInto(SafeFileHandle handle, long offset, Span<byte> data)
    {
        var done = 0;
        while (done < data.Length)
        {
            var read = RandomAccess.Read(handle, data[done..], offset + done);
            if (read == 0)
            {
                throw new EndOfStreamException("the parse cache is shorter than its table says");
            }

            done += read;
        }
    }

    private sealed record Slot(byte[] Hash, long Offset, int Length);

    /// <summary>A result reused from the old file's slot, parsed in this run and written to the next version's, or (when that cannot be written) held.</summary>
    private sealed record Entry(byte[] Hash, Slot? Reused, Slot? Written, ArticleParseResult? Result);
}
