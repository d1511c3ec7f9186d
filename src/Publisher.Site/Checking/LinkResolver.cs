using System.Text.RegularExpressions;

namespace Publisher.Site.Checking;

/// <summary>
/// Turns a URL written on a page into the site file a static server would answer it with, the way a browser
/// resolves it against the page's own address: a page <c>a/b/index.html</c> is served at <c>a/b/</c>.
/// </summary>
internal sealed partial class LinkResolver(IReadOnlySet<string> files, string basePath)
{
    private const string Index = "index.html";

    /// <summary>The site's base path, always starting and ending with "/".</summary>
    public string BasePath { get; } = NormalizeBasePath(basePath);

    public ResolvedLink Resolve(string page, string url)
    {
        // Browsers drop surrounding spaces and any tab or newline inside a URL, so "java\tscript:" still runs.
        var cleaned = url.Trim().Replace("\t", string.Empty, StringComparison.Ordinal)
            .Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal);
        if (cleaned.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            return ResolvedLink.Of(LinkKind.Unsafe);
        }

        if (Scheme().IsMatch(cleaned) || cleaned.StartsWith("//", StringComparison.Ordinal))
        {
            return ResolvedLink.Of(LinkKind.External);
        }

        string? fragment = null;
        var hash = cleaned.IndexOf('#');
        if (hash >= 0)
        {
            fragment = cleaned[(hash + 1)..];
            cleaned = cleaned[..hash];
        }

        // A static server ignores the query: "?page=2" is still the same file.
        var question = cleaned.IndexOf('?');
        var path = question >= 0 ? cleaned[..question] : cleaned;

        string fromRoot;
        if (path.Length == 0)
        {
            // "", "#x" and "?q" all mean the page itself, not its folder's index.
            return new ResolvedLink(LinkKind.Found, page, fragment);
        }
        else if (path.StartsWith('/'))
        {
            if (path + "/" == BasePath)
            {
                fromRoot = string.Empty;
            }
            else if (path.StartsWith(BasePath, StringComparison.Ordinal))
            {
                fromRoot = path[BasePath.Length..];
            }
            else
            {
                return ResolvedLink.Of(LinkKind.Outside);
            }
        }
        else
        {
            fromRoot = page[..(page.LastIndexOf('/') + 1)] + path;
        }

        var segments = new List<string>();
        var isFolder = fromRoot.Length == 0 || fromRoot.EndsWith('/');
        var raw = fromRoot.Split('/');
        for (var i = 0; i < raw.Length; i++)
        {
            // Decoding before the dot-segment rules matches browsers, which treat "%2e%2e" as "..".
            var segment = Uri.UnescapeDataString(raw[i]);
            if (segment is "." or ".." && i == raw.Length - 1)
            {
                isFolder = true;
            }

            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return ResolvedLink.Of(LinkKind.Escapes);
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        var joined = string.Join('/', segments);
        if (isFolder)
        {
            var index = joined.Length == 0 ? Index : joined + "/" + Index;
            return new ResolvedLink(files.Contains(index) ? LinkKind.Found : LinkKind.Missing, index, fragment);
        }

        if (files.Contains(joined))
        {
            return new ResolvedLink(LinkKind.Found, joined, fragment);
        }

        // Servers answer "a/b" with "a/b/index.html" (after a redirect), so a folder link without its "/" still works.
        var folderIndex = joined + "/" + Index;
        return files.Contains(folderIndex)
            ? new ResolvedLink(LinkKind.Found, folderIndex, fragment)
            : new ResolvedLink(LinkKind.Missing, joined, fragment);
    }

    private static string NormalizeBasePath(string basePath)
    {
        // A full base URL ("https://example.org/news/") is accepted too; only its path places the site.
        if (Uri.TryCreate(basePath, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            basePath = uri.AbsolutePath;
        }

        var trimmed = basePath.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();
}
