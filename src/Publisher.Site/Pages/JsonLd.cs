using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Publisher.Site.Building;
using Publisher.Site.Indexing;
using Publisher.Site.Rendering;

namespace Publisher.Site.Pages;

/// <summary>
/// schema.org JSON-LD for pages. The encoder escapes &lt;, &gt;, &amp; and quotes, so article text inside the
/// script element can never close it.
/// </summary>
public static class JsonLd
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    public static RawHtml NewsArticle(Parsing.Model.Article article, ArticlePageContext context, BaseUrl baseUrl, string siteTitle) => Write(w =>
    {
        w.WriteString("@type", "NewsArticle");
        w.WriteString("headline", article.Title);
        if (article.Standfirst is { } standfirst)
        {
            w.WriteString("description", standfirst);
        }

        if (article.Published is { } published)
        {
            w.WriteString("datePublished", DisplayDates.Iso(published.Date));
        }

        w.WriteString("url", baseUrl.Absolute(context.Path));
        w.WriteString("mainEntityOfPage", baseUrl.Absolute(context.Path));
        if (!article.Authors.IsDefaultOrEmpty)
        {
            w.WriteStartArray("author");
            foreach (var author in article.Authors)
            {
                w.WriteStartObject();
                w.WriteString("@type", "Person");
                w.WriteString("name", author);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteStartObject("publisher");
        w.WriteString("@type", "Organization");
        w.WriteString("name", article.Publisher ?? siteTitle);
        w.WriteEndObject();
        if (context.Listed.Count > 0)
        {
            w.WriteStartArray("mentions");
            foreach (var key in context.Listed)
            {
                var entity = context.Entities[key];
                w.WriteStartObject();
                w.WriteString("@type", KindNames.SchemaType(entity.Kind));
                w.WriteString("name", entity.Name);
                w.WriteString("url", baseUrl.Absolute(entity.Path));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }
    });

    public static RawHtml Entity(SiteEntity entity, BaseUrl baseUrl) => Write(w =>
    {
        w.WriteString("@type", KindNames.SchemaType(entity.Kind));
        w.WriteString("name", entity.Name);
        w.WriteString("url", baseUrl.Absolute(entity.Path));
        if (entity.Description is { } description)
        {
            w.WriteString("description", description);
        }

        if (entity.Aliases.Length > 0)
        {
            w.WriteStartArray("alternateName");
            foreach (var alias in entity.Aliases)
            {
                w.WriteStringValue(alias);
            }

            w.WriteEndArray();
        }
    });

    public static RawHtml Collection(string name, string path, BaseUrl baseUrl) => Write(w =>
    {
        w.WriteString("@type", "CollectionPage");
        w.WriteString("name", name);
        w.WriteString("url", baseUrl.Absolute(path));
    });

    private static RawHtml Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("@context", "https://schema.org");
            body(writer);
            writer.WriteEndObject();
        }

        return new RawHtml(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
