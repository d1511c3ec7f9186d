using System.Net;
using System.Text.RegularExpressions;

namespace Publisher.Parsing.Text;

/// <summary>
/// The text a reader would see in a piece of HTML: tags removed, character references decoded, and the content of
/// script, style and comments dropped (it is never shown). Used for raw HTML blocks in Markdown, so their prose is
/// kept as plain text when raw HTML is not published.
/// </summary>
public static class HtmlText
{
    private static readonly AdaptiveRegex Hidden = new(@"<(?<tag>script|style|template|textarea|title)\b[^>]*>.*?(?:</\k<tag>\s*>|$)|<!--.*?(?:-->|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline);
    private static readonly AdaptiveRegex Tag = new(@"</?(?<name>[A-Za-z][A-Za-z0-9-]*)[^<>]*>?|<![^<>]*>?", RegexOptions.CultureInvariant);

    // Phrasing elements sit inside words and sentences ("<em>words</em>."); every other tag separates text.
    private static readonly HashSet<string> Inline = new(
        ["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"],
        StringComparer.OrdinalIgnoreCase);

    public static string Visible(string html)
    {
        var text = Hidden.Regex.Replace(html, " ");
        // A block tag separates words ("<td>a</td><td>b</td>"); the cleaner collapses the spaces this leaves.
        text = Tag.Regex.Replace(text, static m => Inline.Contains(m.Groups["name"].Value) ? string.Empty : " ");
        return TextCleaner.Clean(WebUtility.HtmlDecode(text));
    }
}
