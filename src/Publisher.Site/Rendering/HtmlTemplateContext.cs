using System.Net;
using Publisher.Site.Pages;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Publisher.Site.Rendering;

/// <summary>
/// A Scriban context for HTML: every value a template writes is HTML-escaped unless it is <see cref="RawHtml"/>,
/// variables must exist, and nothing is cut short (no loop limit, no string-length limit) because an archive's
/// indexes are long and a silently truncated page is worse than a slow one.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext()
    {
        StrictVariables = true;
        LoopLimit = 0;
        LimitToString = 0;
        EnableRelaxedMemberAccess = false;
    }

    /// <summary>The page being rendered, for functions (<c>link</c>) that depend on where the page is.</summary>
    public PageJob? Job { get; set; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml raw:
                return base.Write(span, raw.Html);
            case RawHtmlBuffer buffer when Output is StringBuilderOutput output:
                output.Builder.Append(buffer.Html);
                return this;
            case RawHtmlBuffer buffer:
                return base.Write(span, buffer.ToString());
            case string text:
                return base.Write(span, WebUtility.HtmlEncode(text));
            default:
                return base.Write(span, WebUtility.HtmlEncode(ObjectToString(textAsObject)));
        }
    }
}
