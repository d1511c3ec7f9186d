using System.Text;
using System.Text.Json;
using Publisher.Parsing.Model;
using Publisher.Site.Indexing;
using Publisher.Site.Pages;
using Publisher.Site.Views;

namespace Publisher.Site.Building;

/// <summary>
/// Every article page's <see cref="ArticlePageContext"/> from the last whole build, and the site-wide values, kept
/// beside the output folder (<c>.site.publisher-articles</c>). Summaries and entities are stored once and named by
/// number, so the file grows with the archive, not with the links between its articles.
/// </summary>
public sealed class ArticleContextStore
{
    private const string Magic = "publisher article contexts v1";
    private readonly byte[] data;
    private readonly string[] entityKeys;
    private readonly LinkedEntity[] entities;
    private readonly long[] summaryOffsets;
    private readonly Dictionary<string, long> articleOffsets;

    private ArticleContextStore(byte[] data, SiteView site, string[] entityKeys, LinkedEntity[] entities, long[] summaryOffsets, Dictionary<string, long> articleOffsets)
    {
        this.data = data;
        Site = site;
        this.entityKeys = entityKeys;
        this.entities = entities;
        this.summaryOffsets = summaryOffsets;
        this.articleOffsets = articleOffsets;
    }

    public SiteView Site { get; }

    public static string PathFor(string outputFolder) => BuildState.PathFor(outputFolder, "publisher-articles");

    /// <summary>Best effort: a store that cannot be written only costs the next edit a whole build.</summary>
    /// <remarks>
    /// Layout: magic, build id, the site values (JSON), the entities, the summaries, the articles, then the offsets
    /// of the summaries and of the articles and, last, where those two tables start: a reader decodes only the
    /// records it is asked for.
    /// </remarks>
    public static void Save(string path, string buildId, SiteView site, SiteIndex index, ViewFactory views)
    {
        var keys = index.Entities.Keys.Order(StringComparer.Ordinal).ToArray();
        var numbers = keys.Select(static (key, i) => (key, i)).ToDictionary(static p => p.key, static p => p.i, StringComparer.Ordinal);
        BinaryStore.Save(path, Magic, buildId, writer =>
        {
            writer.Write(JsonSerializer.Serialize(site, StoreJson.Default.SiteView));
            writer.Write7BitEncodedInt(keys.Length);
            foreach (var key in keys)
            {
                var entity = index.Entities[key];
                writer.Write(key);
                writer.Write(entity.Name);
                writer.Write7BitEncodedInt((int)entity.Kind);
                writer.Write(entity.Path);
                writer.Write7BitEncodedInt(entity.Articles.Length);
            }

            var summaries = WriteRecords(writer, views.AllSummaries, static (w, summary) =>
            {
                w.Write(summary.Title);
                w.Write(summary.Url);
                w.WriteOptional(summary.Date);
                w.WriteOptional(summary.IsoDate);
                w.WriteOptional(summary.Source);
                w.WriteOptional(summary.Standfirst);
            });
            // Encoded in parallel a block at a time, written in order: gathering the records of a large archive
            // takes a while, and holding them all would take memory a build at that scale does not have to spare.
            var articles = new long[index.Articles.Length];
            var block = new byte[Math.Min(4096, articles.Length)][];
            for (var start = 0; start < articles.Length; start += block.Length)
            {
                var count = Math.Min(block.Length, articles.Length - start);
                Parallel.For(0, count, i => block[i] = ArticleRecord(index.Articles[start + i], views, numbers));
                for (var i = 0; i < count; i++)
                {
                    articles[start + i] = writer.BaseStream.Position;
                    writer.Write(block[i]);
                }
            }

            var summaryTable = WriteOffsets(writer, summaries);
            var articleTable = WriteOffsets(writer, articles);
            writer.Write(summaryTable);
            writer.Write(articleTable);
        });
    }

    /// <summary>The store written by build <paramref name="buildId"/>; null when there is none, or another's.</summary>
    public static ArticleContextStore? Load(string path, string buildId)
    {
        using var reader = BinaryStore.Open(path, Magic, buildId);
        if (reader is null)
        {
            return null;
        }

        try
        {
            if (JsonSerializer.Deserialize(reader.ReadString(), StoreJson.Default.SiteView) is not { } site)
            {
                return null;
            }

            var keys = new string[reader.Read7BitEncodedInt()];
            var entities = new LinkedEntity[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = reader.ReadString();
                entities[i] = new LinkedEntity(reader.ReadString(), (EntityKind)reader.Read7BitEncodedInt(), reader.ReadString(), reader.Read7BitEncodedInt());
            }

            var data = ((MemoryStream)reader.BaseStream).GetBuffer();
            reader.BaseStream.Position = reader.BaseStream.Length - 16;
            var summaryTable = reader.ReadInt64();
            var articleTable = reader.ReadInt64();
            var summaries = ReadOffsets(reader, summaryTable);
            var articles = ReadOffsets(reader, articleTable);
            var byPath = new Dictionary<string, long>(articles.Length, StringComparer.Ordinal);
            foreach (var offset in articles)
            {
                reader.BaseStream.Position = offset;
                byPath[reader.ReadString()] = offset;
            }

            return new ArticleContextStore(data, site, keys, entities, summaries, byPath);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or EndOfStreamException or FormatException or ArgumentException or IOException or OverflowException or OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>The context of the article read from <paramref name="sourcePath"/>; null when it had no page.</summary>
    public ArticlePageContext? ContextOf(string sourcePath)
    {
        if (!articleOffsets.TryGetValue(sourcePath, out var offset))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(data), Encoding.UTF8);
            reader.BaseStream.Position = offset;
            reader.ReadString();
            var position = reader.Read7BitEncodedInt();
            var path = reader.ReadString();
            var slug = reader.ReadString();
            var related = ReadNumbers(reader);
            var newer = reader.Read7BitEncodedInt() - 1;
            var older = reader.Read7BitEncodedInt() - 1;
            var listed = ReadNumbers(reader);
            var linked = ReadNumbers(reader);
            if (!listed.All(linked.Contains))
            {
                return null;
            }

            return new ArticlePageContext(
                position,
                path,
                slug,
                Summary(position),
                related.Select(Summary).ToArray(),
                newer >= 0 ? Summary(newer) : null,
                older >= 0 ? Summary(older) : null,
                [.. listed.Select(n => entityKeys[n])],
                linked.ToDictionary(n => entityKeys[n], n => entities[n], StringComparer.Ordinal));
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentException or IndexOutOfRangeException or IOException)
        {
            return null;
        }
    }

    private ArticleSummaryView Summary(int position)
    {
        using var reader = new BinaryReader(new MemoryStream(data), Encoding.UTF8);
        reader.BaseStream.Position = summaryOffsets[position];
        return new ArticleSummaryView(reader.ReadString(), reader.ReadString(), reader.ReadOptional(), reader.ReadOptional(), reader.ReadOptional(), reader.ReadOptional());
    }

    private static byte[] ArticleRecord(SiteArticle article, ViewFactory views, Dictionary<string, int> numbers)
    {
        using var buffer = new MemoryStream(256);
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(article.Article.SourcePath);
            w.Write7BitEncodedInt(article.Position);
            w.Write(article.Path);
            w.Write(article.Article.Slug);
            WriteNumbers(w, article.Related);
            w.Write7BitEncodedInt((article.Newer ?? -1) + 1);
            w.Write7BitEncodedInt((article.Older ?? -1) + 1);
            WriteNumbers(w, article.Entities.Select(k => numbers[k]));
            WriteNumbers(w, views.LinkableKeys(article).Order(StringComparer.Ordinal).Select(k => numbers[k]));
        }

        return buffer.ToArray();
    }

    /// <summary>Writes the records one after the other and returns where each starts.</summary>
    private static long[] WriteRecords<T>(BinaryWriter writer, IReadOnlyList<T> items, Action<BinaryWriter, T> write)
    {
        var offsets = new long[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            offsets[i] = writer.BaseStream.Position;
            write(writer, items[i]);
        }

        return offsets;
    }

    private static long WriteOffsets(BinaryWriter writer, long[] offsets)
    {
        var table = writer.BaseStream.Position;
        writer.Write7BitEncodedInt(offsets.Length);
        foreach (var offset in offsets)
        {
            writer.Write(offset);
        }

        return table;
    }

    private static long[] ReadOffsets(BinaryReader reader, long table)
    {
        reader.BaseStream.Position = table;
        var offsets = new long[reader.Read7BitEncodedInt()];
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = reader.ReadInt64();
        }

        return offsets;
    }

    private static void WriteNumbers(BinaryWriter writer, IEnumerable<int> numbers)
    {
        var list = numbers.ToArray();
        writer.Write7BitEncodedInt(list.Length);
        foreach (var n in list)
        {
            writer.Write7BitEncodedInt(n);
        }
    }

    private static int[] ReadNumbers(BinaryReader reader)
    {
        var list = new int[reader.Read7BitEncodedInt()];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = reader.Read7BitEncodedInt();
        }

        return list;
    }
}
