namespace Publisher.Site.Rendering;

/// <summary>
/// Markup the publisher made itself (JSON-LD with its own escaping, a rendered partial) that templates write as
/// is. Anything else a template writes is HTML-escaped, so article text can never become markup.
/// </summary>
public sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}

/// <summary>
/// A page's rendered body, written into the layout straight from the buffer it was rendered into: a long list page's
/// body would otherwise be copied into a string only to be copied again.
/// </summary>
public sealed class RawHtmlBuffer(System.Text.StringBuilder html)
{
    public System.Text.StringBuilder Html { get; } = html;

    public override string ToString() => Html.ToString();
}
