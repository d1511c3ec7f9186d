using System.Globalization;

namespace Publisher.Site.Feeds;

/// <summary>
/// sitemap.xml for search engines. The protocol allows 50,000 URLs a file; above that, sitemap.xml becomes an index
/// of sitemap-1.xml, sitemap-2.xml and so on.
/// </summary>
public static class SitemapWriter
{
    public const string FileName = "sitemap.xml";
    public const int MaxUrlsPerFile = 50_000;
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public sealed record Url(string Location, DateTime? LastModified);

    public static IReadOnlyList<(string Path, byte[] Bytes)> Write(IReadOnlyList<Url> urls, Func<string, string> absolute, int maxPerFile = MaxUrlsPerFile)
    {
        if (urls.Count <= maxPerFile)
        {
            return [(FileName, UrlSet(urls))];
        }

        var files = new List<(string, byte[])>();
        var parts = urls.Chunk(maxPerFile).ToList();
        for (var i = 0; i < parts.Count; i++)
        {
            files.Add(($"sitemap-{(i + 1).ToString(CultureInfo.InvariantCulture)}.xml", UrlSet(parts[i])));
        }

        files.Insert(0, (FileName, XmlOutput.Write(w =>
        {
            w.WriteStartElement("sitemapindex", Ns);
            foreach (var (path, _) in files)
            {
                w.WriteStartElement("sitemap", Ns);
                w.WriteElementString("loc", Ns, absolute(path));
                w.WriteEndElement();
            }

            w.WriteEndElement();
        })));
        return files;
    }

    private static byte[] UrlSet(IReadOnlyList<Url> urls) => XmlOutput.Write(w =>
    {
        w.WriteStartElement("urlset", Ns);
        foreach (var url in urls)
        {
            w.WriteStartElement("url", Ns);
            w.WriteElementString("loc", Ns, url.Location);
            if (url.LastModified is { } modified)
            {
                w.WriteElementString("lastmod", Ns, modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    });
}
