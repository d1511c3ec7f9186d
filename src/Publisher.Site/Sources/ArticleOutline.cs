using System.Collections.Concurrent;
using Publisher.Parsing.Model;

namespace Publisher.Site.Sources;

/// <summary>
/// What a large build keeps of an article between reading and rendering: everything lists, feeds and the site index
/// read (title, dates, standfirst, quotes, the opening paragraph, who is mentioned), without the rest of the body,
/// captions and Markdown source, which are most of its memory and which only its own page and the search index
/// read, through <see cref="Restore"/>.
/// </summary>
public static class ArticleOutline
{
    /// <param name="full">The article as parsed.</param>
    /// <param name="mentions">Shares equal place-less mentions between articles.</param>
    public static Article Of(Article full, ConcurrentDictionary<EntityMention, EntityMention> mentions) => full with
    {
        // The opening paragraph stays: summaries fall back to it when there is no standfirst.
        Body = [.. full.Body.Where(static b => b.Kind == BodyBlockKind.Paragraph).Take(1)],
        Captions = [],
        // Mentions stay for the site index (who is named, how, how often, in which order) but without their places,
        // which only the article's own page uses: in reading order, each equal one shared, they cost a reference.
        Mentions = full.Mentions.IsDefault
            ? full.Mentions
            : [.. full.Mentions.OrderBy(static m => m.Source.Start).Select(m => mentions.GetOrAdd(m with { Source = default }, static m => m))],
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
