using System.Collections.Frozen;

namespace Publisher.Site.Rendering;

/// <summary>
/// What raw HTML from Markdown may keep when a site publishes it: an allow-list, so markup the list does not know is
/// never live. Elements not listed are unwrapped (their text stays); the dangerous ones go with their content.
/// </summary>
public static class RawHtmlPolicy
{
    /// <summary>Elements that may stay, as written.</summary>
    public static readonly FrozenSet<string> Elements = FrozenSet.ToFrozenSet(
    [
        "a", "abbr", "address", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code",
        "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre",
        "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "span", "strong", "sub", "summary", "sup", "table",
        "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    ], StringComparer.Ordinal);

    /// <summary>Elements removed with everything inside them: script, styles, embedded documents, forms, foreign markup.</summary>
    public static readonly FrozenSet<string> DroppedWithContent = FrozenSet.ToFrozenSet(
    [
        "applet", "base", "button", "dialog", "embed", "form", "frame", "frameset", "iframe", "input", "link", "math",
        "meta", "noembed", "noframes", "noscript", "object", "option", "plaintext", "portal", "script", "select",
        "style", "svg", "template", "textarea", "title", "xmp",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Attributes any kept element may have. No event handlers, no style, and no id or name: those could clobber the
    /// page's own anchors and DOM names.
    /// </summary>
    public static readonly FrozenSet<string> Attributes = FrozenSet.ToFrozenSet(
    [
        "abbr", "alt", "cite", "class", "colspan", "datetime", "dir", "headers", "height", "href", "lang", "open",
        "reversed", "rowspan", "scope", "span", "src", "start", "title", "type", "width",
    ], StringComparer.Ordinal);

    /// <summary>Attributes holding a URL, which must be relative or use one of <see cref="UrlSchemes"/>.</summary>
    public static readonly FrozenSet<string> UrlAttributes = FrozenSet.ToFrozenSet(["cite", "href", "src"], StringComparer.Ordinal);

    public static readonly FrozenSet<string> UrlSchemes = FrozenSet.ToFrozenSet(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a URL is relative or uses an allowed scheme. Browsers ignore ASCII whitespace and control characters
    /// inside a scheme ("java&#9;script:"), so they are ignored here too before the scheme is read.
    /// </summary>
    public static bool IsSafeUrl(string url)
    {
        var compact = string.Concat(url.Where(static c => c > ' ' && c != '\u007f'));
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        var beforeColon = compact.AsSpan(0, colon);
        return beforeColon.IndexOfAny('/', '?', '#') >= 0 || UrlSchemes.Contains(beforeColon.ToString());
    }
}
