using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Publisher.Site.Feeds;

/// <summary>Atom 1.0, RSS 2.0 and JSON Feed 1.1 of the latest articles, byte-for-byte the same for the same articles.</summary>
public static class FeedWriter
{
    public const string AtomPath = "feed.xml";
    public const string RssPath = "rss.xml";
    public const string JsonPath = "feed.json";

    /// <summary>Feeds carry the latest articles; readers page through the site itself for the rest.</summary>
    public const int EntryCount = 50;

    public static byte[] Atom(FeedChannel channel, IReadOnlyList<FeedEntry> entries, string selfUrl) => XmlOutput.Write(w =>
    {
        const string Ns = "http://www.w3.org/2005/Atom";
        w.WriteStartElement("feed", Ns);
        w.WriteAttributeString("xml", "lang", null, channel.Language);
        w.WriteElementString("id", Ns, channel.SiteUrl);
        w.WriteElementString("title", Ns, XmlOutput.Clean(channel.Title));
        w.WriteElementString("subtitle", Ns, XmlOutput.Clean(channel.Description));
        w.WriteElementString("updated", Ns, Rfc3339(channel.Updated));
        Link(w, Ns, "self", selfUrl, "application/atom+xml");
        Link(w, Ns, "alternate", channel.SiteUrl, "text/html");
        w.WriteStartElement("author", Ns);
        w.WriteElementString("name", Ns, XmlOutput.Clean(channel.Title));
        w.WriteEndElement();
        foreach (var entry in entries)
        {
            w.WriteStartElement("entry", Ns);
            w.WriteElementString("id", Ns, entry.Id);
            w.WriteElementString("title", Ns, XmlOutput.Clean(entry.Title));
            Link(w, Ns, "alternate", entry.Url, "text/html");
            var date = Rfc3339(entry.Published ?? channel.Updated);
            w.WriteElementString("published", Ns, date);
            w.WriteElementString("updated", Ns, date);
            foreach (var author in entry.Authors)
            {
                w.WriteStartElement("author", Ns);
                w.WriteElementString("name", Ns, XmlOutput.Clean(author));
                w.WriteEndElement();
            }

            if (entry.Summary is { } summary)
            {
                w.WriteElementString("summary", Ns, XmlOutput.Clean(summary));
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    });

    public static byte[] Rss(FeedChannel channel, IReadOnlyList<FeedEntry> entries, string selfUrl) => XmlOutput.Write(w =>
    {
        const string AtomNs = "http://www.w3.org/2005/Atom";
        w.WriteStartElement("rss");
        w.WriteAttributeString("version", "2.0");
        w.WriteAttributeString("xmlns", "atom", null, AtomNs);
        w.WriteStartElement("channel");
        w.WriteElementString("title", XmlOutput.Clean(channel.Title));
        w.WriteElementString("link", channel.SiteUrl);
        w.WriteElementString("description", XmlOutput.Clean(channel.Description));
        w.WriteElementString("language", channel.Language);
        w.WriteElementString("lastBuildDate", Rfc822(channel.Updated));
        w.WriteStartElement("atom", "link", AtomNs);
        w.WriteAttributeString("href", selfUrl);
        w.WriteAttributeString("rel", "self");
        w.WriteAttributeString("type", "application/rss+xml");
        w.WriteEndElement();
        foreach (var entry in entries)
        {
            w.WriteStartElement("item");
            w.WriteElementString("title", XmlOutput.Clean(entry.Title));
            w.WriteElementString("link", entry.Url);
            w.WriteStartElement("guid");
            w.WriteAttributeString("isPermaLink", "true");
            w.WriteString(entry.Url);
            w.WriteEndElement();
            if (entry.Published is { } published)
            {
                w.WriteElementString("pubDate", Rfc822(published));
            }

            if (entry.Summary is { } summary)
            {
                w.WriteElementString("description", XmlOutput.Clean(summary));
            }

            if (entry.Source is { } source)
            {
                w.WriteElementString("category", XmlOutput.Clean(source));
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
    });

    public static byte[] Json(FeedChannel channel, IReadOnlyList<FeedEntry> entries, string selfUrl)
    {
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = true };
        using (var w = new Utf8JsonWriter(buffer, options))
        {
            w.WriteStartObject();
            w.WriteString("version", "https://jsonfeed.org/version/1.1");
            w.WriteString("title", channel.Title);
            w.WriteString("description", channel.Description);
            w.WriteString("home_page_url", channel.SiteUrl);
            w.WriteString("feed_url", selfUrl);
            w.WriteString("language", channel.Language);
            w.WriteStartArray("items");
            foreach (var entry in entries)
            {
                w.WriteStartObject();
                w.WriteString("id", entry.Id);
                w.WriteString("url", entry.Url);
                w.WriteString("title", entry.Title);
                if (entry.Summary is { } summary)
                {
                    w.WriteString("summary", summary);
                    w.WriteString("content_text", summary);
                }
                else
                {
                    w.WriteString("content_text", entry.Title);
                }

                if (entry.Published is { } published)
                {
                    w.WriteString("date_published", Rfc3339(published));
                }

                if (entry.Authors.Count > 0)
                {
                    w.WriteStartArray("authors");
                    foreach (var author in entry.Authors)
                    {
                        w.WriteStartObject();
                        w.WriteString("name", author);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void Link(System.Xml.XmlWriter w, string ns, string rel, string href, string type)
    {
        w.WriteStartElement("link", ns);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    private static string Rfc3339(DateTime date) => date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Rfc822(DateTime date) => date.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
}
