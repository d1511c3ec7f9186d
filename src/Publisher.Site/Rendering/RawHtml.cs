namespace Publisher.Site.Rendering;

/// <summary>
/// Markup the publisher made itself (JSON-LD with its own escaping, a rendered partial) that templates write as
/// is. Anything else a template writes is HTML-escaped, so article text can never become markup.
/// </summary>
public sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}
