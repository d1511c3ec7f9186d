namespace Publisher.Site.Building;

/// <summary>
/// Where the site is served: a path ("/", "/news/") or an absolute URL ("https://example.org/news/"). Links
/// between pages are relative and do not need it; canonical URLs, feeds, the sitemap and the 404 page do.
/// </summary>
public sealed record BaseUrl(string Origin, string Path)
{
    public static BaseUrl Root { get; } = new(string.Empty, "/");

    /// <summary>True when the origin is known, so feeds and the sitemap can carry the full URLs their formats want.</summary>
    public bool IsAbsolute => Origin.Length > 0;

    public string Absolute(string sitePath) => Origin + Path + sitePath;

    public override string ToString() => Origin + Path;

    public static bool TryParse(string? text, out BaseUrl baseUrl, out string? problem)
    {
        baseUrl = Root;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        text = text.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            {
                problem = "a base URL cannot have a query or a fragment";
                return false;
            }

            baseUrl = new BaseUrl(uri.GetLeftPart(UriPartial.Authority), NormalizePath(uri.AbsolutePath));
            return true;
        }

        if (text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal) && !text.Contains("..", StringComparison.Ordinal)
            && text.IndexOfAny(['?', '#', '\\', ' ', '"', '<', '>']) < 0)
        {
            baseUrl = new BaseUrl(string.Empty, NormalizePath(text));
            return true;
        }

        problem = $"'{text}' is neither a path starting with / (like /news/) nor an http(s) URL (like https://example.org/news/)";
        return false;
    }

    private static string NormalizePath(string path)
    {
        var trimmed = path.Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }
}
