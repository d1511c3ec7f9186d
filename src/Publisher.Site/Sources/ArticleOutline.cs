using Publisher.Parsing.Model;

namespace Publisher.Site.Sources;

/// <summary>
/// What a large build keeps of an article between reading and rendering: everything lists, feeds and the index
/// show (title, dates, standfirst, quotes, the opening paragraph), without the rest of the body, captions, Markdown
/// source and entity mentions, which are most of its memory and which only its own page and the search and entity
/// indexes read, through <see cref="Restore"/>.
/// </summary>
public static class ArticleOutline
{
    public static Article Of(Article full) => full with
    {
        // The opening paragraph stays: summaries fall back to it when there is no standfirst.
        Body = [.. full.Body.Where(static b => b.Kind == BodyBlockKind.Paragraph).Take(1)],
        Captions = [],
        Mentions = [],
        MarkdownBody = null,
    };

    /// <summary>
    /// The outline with its body parts from the stored record. Everything else comes from the outline, which may
    /// have been placed since it was stored (a slug made unique, a diagnostic added).
    /// </summary>
    public static Article Restore(Article outline, Article stored) => outline with
    {
        Body = stored.Body,
        Captions = stored.Captions,
        Mentions = stored.Mentions,
        MarkdownBody = stored.MarkdownBody,
    };
}
