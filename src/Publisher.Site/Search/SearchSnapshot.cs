using System.Collections.Immutable;
using Publisher.Site.Building;

namespace Publisher.Site.Search;

/// <summary>
/// The last build's search index, kept beside the output folder (<c>.site.publisher-search</c>) so a build of
/// edited articles updates it instead of reading every article again. Each snapshot carries the id of the build
/// that wrote it; the build state names the id it expects, so a snapshot from another build is never used.
/// </summary>
public static class SearchSnapshot
{
    private const string Magic = "publisher search snapshot v1";

    public static string PathFor(string outputFolder) => BuildState.PathFor(outputFolder, "publisher-search");

    public static void Save(string path, string buildId, SearchIndex index) => BinaryStore.Save(path, Magic, buildId, writer =>
    {
        writer.Write7BitEncodedInt(index.Terms.Length);
        foreach (var term in index.Terms)
        {
            writer.Write(term.Term);
            writer.Write7BitEncodedInt(term.Articles);
            WriteList(writer, term.InTitle);
            WriteList(writer, term.InEntity);
            WriteList(writer, term.InBody);
            WriteList(writer, term.Entities);
        }

        writer.Write7BitEncodedInt(index.Articles.Length);
        foreach (var article in index.Articles)
        {
            writer.Write(article.Title);
            writer.Write(article.Path);
            writer.WriteOptional(article.Date);
            writer.WriteOptional(article.IsoDate);
            writer.Write(article.Summary);
        }

        writer.Write7BitEncodedInt(index.Entities.Length);
        foreach (var entity in index.Entities)
        {
            writer.Write(entity.Name);
            writer.Write(entity.Kind);
            writer.Write(entity.Path);
            writer.Write7BitEncodedInt(entity.ArticleCount);
        }
    });

    /// <summary>The snapshot written by build <paramref name="buildId"/>; null when there is none, or another's, or it is damaged.</summary>
    public static SearchIndex? Load(string path, string buildId)
    {
        using var reader = BinaryStore.Open(path, Magic, buildId);
        if (reader is null)
        {
            return null;
        }

        try
        {
            var terms = new SearchTerm[reader.Read7BitEncodedInt()];
            for (var i = 0; i < terms.Length; i++)
            {
                terms[i] = new SearchTerm(reader.ReadString(), reader.Read7BitEncodedInt(), ReadList(reader), ReadList(reader), ReadList(reader), ReadList(reader));
            }

            var articles = new SearchArticle[reader.Read7BitEncodedInt()];
            for (var i = 0; i < articles.Length; i++)
            {
                articles[i] = new SearchArticle(reader.ReadString(), reader.ReadString(), reader.ReadOptional(), reader.ReadOptional(), reader.ReadString());
            }

            var entities = new SearchEntity[reader.Read7BitEncodedInt()];
            for (var i = 0; i < entities.Length; i++)
            {
                entities[i] = new SearchEntity(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.Read7BitEncodedInt());
            }

            return reader.BaseStream.Position == reader.BaseStream.Length ? new SearchIndex([.. terms], [.. articles], [.. entities]) : null;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentException or OverflowException or OutOfMemoryException)
        {
            return null;
        }
    }

    public static void Forget(string path) => BinaryStore.Forget(path, Magic);

    // Postings are ascending: each is written as its gap from the one before.
    private static void WriteList(BinaryWriter writer, ImmutableArray<int> list)
    {
        writer.Write7BitEncodedInt(list.Length);
        var last = 0;
        foreach (var value in list)
        {
            writer.Write7BitEncodedInt(value - last);
            last = value;
        }
    }

    private static ImmutableArray<int> ReadList(BinaryReader reader)
    {
        var list = new int[reader.Read7BitEncodedInt()];
        var last = 0;
        for (var i = 0; i < list.Length; i++)
        {
            last += reader.Read7BitEncodedInt();
            list[i] = last;
        }

        return ImmutableArray.Create(list);
    }
}
