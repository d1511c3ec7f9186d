using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Publisher.Site.Rendering;

/// <summary>
/// Cleans a raw HTML block from a Markdown article by <see cref="RawHtmlPolicy"/>. The markup is parsed the way a
/// browser parses it (AngleSharp follows the HTML standard), so malformed tags cannot hide from the policy, and the
/// result is serialised again, so what is published is well-formed. Thread-safe.
/// </summary>
public sealed class RawHtmlSanitizer
{
    public string Sanitize(string html)
    {
        var document = new HtmlParser().ParseDocument(string.Empty);
        var body = document.Body!;
        body.InnerHtml = html;
        Clean(body);
        return body.InnerHtml.Trim();
    }

    private static void Clean(INode parent)
    {
        foreach (var node in parent.ChildNodes.ToArray())
        {
            switch (node)
            {
                case IElement element when RawHtmlPolicy.DroppedWithContent.Contains(element.LocalName):
                    element.Remove();
                    break;
                case IElement element when !RawHtmlPolicy.Elements.Contains(element.LocalName):
                    Clean(element);
                    foreach (var child in element.ChildNodes.ToArray())
                    {
                        parent.InsertBefore(child, element);
                    }

                    element.Remove();
                    break;
                case IElement element:
                    CleanAttributes(element);
                    Clean(element);
                    break;
                case IText:
                    break;
                default:
                    // Comments, processing instructions and the like are never shown.
                    parent.RemoveChild(node);
                    break;
            }
        }
    }

    private static void CleanAttributes(IElement element)
    {
        foreach (var attribute in element.Attributes.ToArray())
        {
            var name = attribute.Name;
            if (!RawHtmlPolicy.Attributes.Contains(name) || (RawHtmlPolicy.UrlAttributes.Contains(name) && !RawHtmlPolicy.IsSafeUrl(attribute.Value)))
            {
                element.RemoveAttribute(name);
            }
        }
    }
}
