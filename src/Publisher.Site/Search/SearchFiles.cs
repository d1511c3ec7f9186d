using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Publisher.Site.Output;

namespace Publisher.Site.Search;

/// <summary>
/// Splits a <see cref="SearchIndex"/> into the small script files the browser loads on demand. Each file calls
/// <c>PublisherSearch.NAME(...)</c> with JSON data rather than being JSON itself: browsers refuse fetch() on
/// file://, but load a &lt;script src&gt; there, so the site searches from disk as well as from a server.
/// <list type="bullet">
/// <item><c>search/index.js</c>: the manifest (the first term of each shard, the tokeniser's rules, counts).</item>
/// <item><c>search/shards/N.js</c>: a run of terms in ordinal order with their id lists, cut at about
/// <see cref="ShardTargetBytes"/>.</item>
/// <item><c>search/articles/N.js</c>, <c>search/entities/N.js</c>: what results show, for ids N×chunk onwards.</item>
/// </list>
/// </summary>
public static class SearchFiles
{
    public const string Folder = "search/";
    public const string ManifestPath = Folder + "index.js";
    public const int ShardTargetBytes = 32 * 1024;

    /// <summary>Results a page shows are scattered over the archive; small chunks keep their metadata a few KB each.</summary>
    public const int ArticleChunk = 8;

    public const int EntityChunk = 16;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static IReadOnlyList<(string Path, byte[] Bytes)> Write(SearchIndex index, SearchRules rules)
    {
        var (files, shardFirstTerms) = TermFiles(index);
        files.AddRange(ArticleChunks(index));
        files.AddRange(EntityChunks(index));
        return WithManifest(files, [], index, rules, shardFirstTerms);
    }

    /// <summary>
    /// The files an edit inside articles' bodies changes: the term shards and the manifest. The article and entity
    /// chunks hold only what such an edit keeps (titles, paths, dates, standfirsts, entity names and counts), so they
    /// are the last build's files; <paramref name="keptHash"/> gives each one's manifest hash, for the version. Null
    /// when one of them is not known: then every file is written (<see cref="Write"/>).
    /// </summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)>? WriteTermsOnly(SearchIndex index, SearchRules rules, Func<string, string?> keptHash)
    {
        var chunks = new List<(string Path, string Hash)>();
        foreach (var path in ChunkPaths("articles", index.Articles.Length, ArticleChunk).Concat(ChunkPaths("entities", index.Entities.Length, EntityChunk)))
        {
            if (keptHash(path) is not { } hash)
            {
                return null;
            }

            chunks.Add((path, hash));
        }

        var (files, shardFirstTerms) = TermFiles(index);
        return WithManifest(files, chunks, index, rules, shardFirstTerms);
    }

    /// <summary>Whether a body edit writes this search file again (<see cref="WriteTermsOnly"/>); the chunks it keeps.</summary>
    public static bool IsTermFile(string path) => path == ManifestPath || path.StartsWith(Folder + "shards/", StringComparison.Ordinal);

    private static (List<(string Path, byte[] Bytes)> Files, List<string> ShardFirstTerms) TermFiles(SearchIndex index)
    {
        var files = new List<(string Path, byte[] Bytes)>();
        var shardFirstTerms = new List<string>();
        var encoded = new EncodedTerm[index.Terms.Length];
        Parallel.For(0, encoded.Length, i => encoded[i] = EncodedTerm.Of(index.Terms[i]));
        foreach (var shard in Shards(encoded))
        {
            var number = shardFirstTerms.Count;
            shardFirstTerms.Add(number == 0 ? string.Empty : shard[0].Term);
            files.Add(($"{Folder}shards/{Number(number)}.js", Call("shard", number, w => WriteTerms(w, shard))));
        }

        return (files, shardFirstTerms);
    }

    /// <summary>
    /// The files with the search manifest first. Its version hashes the written files and then the kept ones, in the
    /// order a whole build writes them, so a body edit's manifest is the one a whole build would write.
    /// </summary>
    private static List<(string Path, byte[] Bytes)> WithManifest(List<(string Path, byte[] Bytes)> files, IEnumerable<(string Path, string Hash)> kept, SearchIndex index, SearchRules rules, List<string> shardFirstTerms)
    {
        var version = Version(files.Select(static f => (f.Path, Manifest.HashOf(f.Bytes))).Concat(kept));
        files.Insert(0, (ManifestPath, Call("manifest", null, w => WriteManifest(w, index, rules, shardFirstTerms, version))));
        return files;
    }

    private static IEnumerable<string> ChunkPaths(string kind, int rows, int chunk)
    {
        for (var start = 0; start < rows; start += chunk)
        {
            yield return ChunkPath(kind, start / chunk);
        }
    }

    private static string ChunkPath(string kind, int number) => $"{Folder}{kind}/{Number(number)}.js";

    private static IEnumerable<(string Path, byte[] Bytes)> ArticleChunks(SearchIndex index)
    {
        for (var start = 0; start < index.Articles.Length; start += ArticleChunk)
        {
            var rows = index.Articles.Skip(start).Take(ArticleChunk);
            yield return (ChunkPath("articles", start / ArticleChunk), Call("articles", start / ArticleChunk, w =>
            {
                w.WriteStartArray();
                foreach (var a in rows)
                {
                    w.WriteStartArray();
                    w.WriteStringValue(a.Title);
                    w.WriteStringValue(a.Path);
                    w.WriteStringValue(a.Date ?? string.Empty);
                    w.WriteStringValue(a.IsoDate ?? string.Empty);
                    w.WriteStringValue(a.Summary);
                    w.WriteEndArray();
                }

                w.WriteEndArray();
            }));
        }
    }

    private static IEnumerable<(string Path, byte[] Bytes)> EntityChunks(SearchIndex index)
    {
        for (var start = 0; start < index.Entities.Length; start += EntityChunk)
        {
            var rows = index.Entities.Skip(start).Take(EntityChunk);
            yield return (ChunkPath("entities", start / EntityChunk), Call("entities", start / EntityChunk, w =>
            {
                w.WriteStartArray();
                foreach (var e in rows)
                {
                    w.WriteStartArray();
                    w.WriteStringValue(e.Name);
                    w.WriteStringValue(e.Kind);
                    w.WriteStringValue(e.Path);
                    w.WriteNumberValue(e.ArticleCount);
                    w.WriteEndArray();
                }

                w.WriteEndArray();
            }));
        }
    }

    /// <summary>Runs of terms of about <see cref="ShardTargetBytes"/>; a term is never split, so one huge term makes one big shard.</summary>
    private static IEnumerable<EncodedTerm[]> Shards(IReadOnlyList<EncodedTerm> terms)
    {
        var shard = new List<EncodedTerm>();
        var bytes = 0;
        foreach (var term in terms)
        {
            var size = term.Bytes;
            if (shard.Count > 0 && bytes + size > ShardTargetBytes)
            {
                yield return [.. shard];
                shard.Clear();
                bytes = 0;
            }

            shard.Add(term);
            bytes += size;
        }

        if (shard.Count > 0 || terms.Count == 0)
        {
            yield return [.. shard];
        }
    }

    private static void WriteTerms(Utf8JsonWriter w, IEnumerable<EncodedTerm> terms)
    {
        w.WriteStartObject();
        foreach (var term in terms)
        {
            w.WriteStartArray(term.Term);
            w.WriteNumberValue(term.Articles);
            foreach (var list in term.Lists)
            {
                w.WriteStringValue(list);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteManifest(Utf8JsonWriter w, SearchIndex index, SearchRules rules, IReadOnlyList<string> shards, string version)
    {
        w.WriteStartObject();
        w.WriteNumber("format", 1);
        w.WriteString("version", version);
        w.WriteNumber("articles", index.Articles.Length);
        w.WriteNumber("entities", index.Entities.Length);
        w.WriteNumber("articleChunk", ArticleChunk);
        w.WriteNumber("entityChunk", EntityChunk);
        w.WriteNumber("minStem", rules.MinStem);
        w.WriteNumber("maxWord", rules.MaxWord);
        w.WriteStartArray("groups");
        foreach (var group in rules.Groups)
        {
            w.WriteStartArray();
            foreach (var rule in group)
            {
                w.WriteStartArray();
                w.WriteStringValue(rule.Suffix);
                w.WriteStringValue(rule.Replacement);
                w.WriteEndArray();
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteStartArray("stop");
        foreach (var word in rules.StopWords)
        {
            w.WriteStringValue(word);
        }

        w.WriteEndArray();
        w.WriteStartArray("shards");
        foreach (var first in shards)
        {
            w.WriteStringValue(first);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static byte[] Call(string function, int? number, Action<Utf8JsonWriter> data)
    {
        using var buffer = new MemoryStream();
        buffer.Write(Encoding.UTF8.GetBytes("PublisherSearch." + function + "(" + (number is { } n ? Number(n) + "," : string.Empty)));
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            data(writer);
        }

        buffer.Write(");\n"u8);
        return buffer.ToArray();
    }

    /// <summary>A short hash of every file's path and manifest hash, in order: cached shards of an older build are never read with a newer manifest.</summary>
    private static string Version(IEnumerable<(string Path, string Hash)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, fileHash) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path + " " + fileHash + "\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A term as its shard holds it: [articles, title ids, entity-name ids, text ids, entity ids], empty lists at
    /// the end left out. <see cref="Bytes"/> is about what it adds to its shard.
    /// </summary>
    private sealed record EncodedTerm(string Term, int Articles, string[] Lists, int Bytes)
    {
        public static EncodedTerm Of(SearchTerm term)
        {
            string[] lists = [PostingCodec.Encode(term.InTitle), PostingCodec.Encode(term.InEntity), PostingCodec.Encode(term.InBody), PostingCodec.Encode(term.Entities)];
            var used = lists.Length;
            while (used > 0 && lists[used - 1].Length == 0)
            {
                used--;
            }

            var kept = lists[..used];
            return new EncodedTerm(term.Term, term.Articles, kept, Encoding.UTF8.GetByteCount(term.Term) + 16 + kept.Sum(static l => l.Length + 3));
        }
    }
}
