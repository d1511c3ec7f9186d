using Publisher.Parsing.Model;
using Publisher.Site.Building;
using Publisher.Site.Indexing;
using Publisher.Site.Rendering;
using Publisher.Site.Views;

namespace Publisher.Site.Pages;

/// <summary>
/// An article's page made from the article and its <see cref="ArticlePageContext"/> alone: the one way both a whole
/// build and a build of edited articles (<see cref="BodyEditBuild"/>) make it, so the two give the same bytes.
/// </summary>
public static class ArticlePage
{
    public static PageContent Content(Article article, ArticlePageContext context, SiteOptions options, RawHtmlSanitizer? rawHtml)
    {
        var description = article.Standfirst ?? article.Paragraphs.Select(static p => p.Text).FirstOrDefault() ?? article.Title;
        return new PageContent(
            article.Title,
            PagePlanner.Shorten(description),
            "article",
            JsonLd.NewsArticle(article, context, options.BaseUrl, options.Title),
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["article"] = View(article, context, rawHtml) });
    }

    public static ArticleView View(Article article, ArticlePageContext context, RawHtmlSanitizer? rawHtml)
    {
        var listed = context.Listed.Select(k => context.Entities[k]).ToArray();
        var groups = KindNames.Ordered
            .Select(kind => (kind, members: listed.Where(e => e.Kind == kind).Select(LinkTo).ToArray()))
            .Where(static g => g.members.Length > 0)
            .Select(static g => new EntityGroupView(KindNames.Of(g.kind), KindNames.Plural(g.kind), g.members))
            .ToArray();
        var quotes = article.Quotes.IsDefault
            ? []
            : article.Quotes.Select(q => QuoteOf(q, context)).ToArray();
        return new ArticleView(
            context.Summary,
            article.Published is { } date ? SitePaths.Month(date.Date.Year, date.Date.Month) : SitePaths.Undated,
            article.Published is { } month ? DisplayDates.Month(month.Date.Year, month.Date.Month) : "Undated",
            article.Published?.Provenance switch
            {
                DateProvenance.FrontMatter => null,
                DateProvenance.Dateline => "from the dateline",
                DateProvenance.InferredFromText => "inferred from the text",
                _ => null,
            },
            article.Dateline?.Place,
            article.Dateline?.Agency,
            article.Authors,
            article.Tags,
            article.Captions.Select(static c => new CaptionView(c.Text, c.Credit)).ToArray(),
            BodyLinker.Link(article, k => context.Entities.GetValueOrDefault(k), rawHtml),
            groups,
            quotes,
            context.Related,
            context.Newer,
            context.Older,
            article.Attributions);
    }

    private static EntityLinkView LinkTo(LinkedEntity entity) =>
        new(entity.Name, KindNames.Of(entity.Kind), KindNames.Label(entity.Kind), entity.Path, entity.ArticleCount);

    private static QuoteView QuoteOf(Quote quote, ArticlePageContext context)
    {
        var speaker = quote.SpeakerEntityId is { } id ? context.Entities.GetValueOrDefault(EntityAccumulator.KeyOf(EntityKind.Person, id)) : null;
        return new QuoteView(quote.Text, speaker?.Name ?? quote.Speaker, speaker?.Path, context.Summary);
    }
}
