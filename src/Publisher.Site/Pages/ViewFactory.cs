using System.Collections.Immutable;
using System.Globalization;
using Publisher.Parsing.Model;
using Publisher.Site.Building;
using Publisher.Site.Indexing;
using Publisher.Site.Views;

namespace Publisher.Site.Pages;

/// <summary>
/// Turns the index into the values templates see. Article summaries are made once and shared by every list, so a
/// page costs the size of what it shows.
/// </summary>
public sealed class ViewFactory
{
    private readonly SiteIndex index;
    private readonly ArticleSummaryView[] summaries;
    private readonly Rendering.RawHtmlSanitizer? rawHtml;

    private const int TimelineWidth = 600;
    private const int TimelineHeight = 80;

    private static readonly TimelineView NoTimeline = new(TimelineWidth, TimelineHeight, null, null, 0, []);

    [ThreadStatic]
    private static (ImmutableArray<MonthCount> Months, TimelineView View)? lastTimeline;

    /// <param name="index">The site's index.</param>
    /// <param name="allowRawHtml">Publish Markdown's raw HTML blocks (sanitised) instead of their text.</param>
    public ViewFactory(SiteIndex index, bool allowRawHtml = false)
    {
        this.index = index;
        rawHtml = allowRawHtml ? new Rendering.RawHtmlSanitizer() : null;
        summaries = index.Articles.Select(static a => Summarize(a)).ToArray();
    }

    /// <summary>The site-wide values every page sees: name, navigation, the years of the archive.</summary>
    public SiteView Site(SiteOptions options)
    {
        NavLinkView[] nav =
        [
            new("Latest", SitePaths.Home),
            new("Archives", SitePaths.Archives),
            .. KindNames.Ordered.Select(static k => new NavLinkView(KindNames.Plural(k), SitePaths.EntityIndex(k))),
        ];
        return new SiteView(options.Title, options.Description, options.Language, index.Articles.Length, nav, [.. index.Years.Select(y => Year(y, withArticles: false))], options.BaseUrl.IsAbsolute);
    }

    public IReadOnlyList<ArticleSummaryView> Summaries(IEnumerable<int> positions) => positions.Select(p => summaries[p]).ToArray();

    public EntityLinkView LinkTo(SiteEntity entity) =>
        new(entity.Name, KindNames.Of(entity.Kind), KindNames.Label(entity.Kind), entity.Path, entity.Articles.Length);

    /// <summary>The article's page: its values, title, description and JSON-LD.</summary>
    public PageContent ArticleContent(SiteArticle site, SiteOptions options) =>
        ArticlePage.Content(index.Full(site.Article), ContextOf(site), options, rawHtml);

    /// <summary>What the article's page takes from the archive (<see cref="ArticlePageContext"/>).</summary>
    public ArticlePageContext ContextOf(SiteArticle site)
    {
        var entities = new Dictionary<string, LinkedEntity>(StringComparer.Ordinal);
        foreach (var key in LinkableKeys(site))
        {
            var entity = index.Entities[key];
            entities[key] = new LinkedEntity(entity.Name, entity.Kind, entity.Path, entity.Articles.Length);
        }

        return new ArticlePageContext(
            site.Position,
            site.Path,
            site.Article.Slug,
            summaries[site.Position],
            Summaries(site.Related),
            site.Newer is { } newer ? summaries[newer] : null,
            site.Older is { } older ? summaries[older] : null,
            site.Entities,
            entities);
    }

    /// <summary>
    /// The keys of the entities with pages that the article's page can link to: those it names (every mention's
    /// entity is listed, <see cref="SiteArticle.Entities"/>) and the speakers of its quotes, named or not.
    /// </summary>
    public HashSet<string> LinkableKeys(SiteArticle site)
    {
        var keys = new HashSet<string>(site.Entities, StringComparer.Ordinal);
        foreach (var quote in site.Article.Quotes.IsDefault ? [] : site.Article.Quotes)
        {
            if (quote.SpeakerEntityId is { } id && EntityAccumulator.KeyOf(EntityKind.Person, id) is var key && index.Entities.ContainsKey(key))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    /// <summary>Every article's summary, by position.</summary>
    public IReadOnlyList<ArticleSummaryView> AllSummaries => summaries;

    /// <summary>
    /// An entity page showing the articles at <paramref name="positions"/>, with the quotes given in those articles:
    /// quotes are paged with the articles, so no page grows with the archive (a busy speaker has thousands).
    /// </summary>
    public EntityView Entity(SiteEntity entity, IReadOnlyList<int> positions, IReadOnlyList<ArticleSummaryView> articles, bool firstPage)
    {
        return new(
            LinkTo(entity),
            SitePaths.EntityIndex(entity.Kind),
            entity.Aliases,
            entity.MentionCount,
            articles,
            QuotesIn(entity.Quotes, positions),
            firstPage ? entity.CoMentioned.Select(c => LinkTo(index.Entities[c.Key]) with { Count = c.Count }).ToArray() : [],
            firstPage ? TimelineOf(entity) : NoTimeline)
        {
            Description = entity.Description,
            Roles = entity.Roles.Select(RoleText).ToArray(),
        };
    }

    /// <summary>
    /// The quotes given in the articles at <paramref name="positions"/> (ascending). Only the quotes between the first
    /// and last of them are looked at: scanning them all for each page made a busy speaker's pages cost quotes × pages.
    /// </summary>
    private QuoteView[] QuotesIn(ImmutableArray<EntityQuote> quotes, IReadOnlyList<int> positions)
    {
        if (positions.Count == 0)
        {
            return [];
        }

        var onPage = positions.ToHashSet();
        var found = new List<QuoteView>();
        for (var i = FirstQuoteAtOrAfter(quotes, positions[0]); i < quotes.Length && quotes[i].Article <= positions[^1]; i++)
        {
            if (onPage.Contains(quotes[i].Article))
            {
                found.Add(QuoteOf(quotes[i].Quote, quotes[i].Article));
            }
        }

        return [.. found];
    }

    private static int FirstQuoteAtOrAfter(ImmutableArray<EntityQuote> quotes, int position)
    {
        var (low, high) = (0, quotes.Length);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            (low, high) = quotes[middle].Article < position ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    private static string RoleText(Parsing.Model.EntityRole role) => (role.From, role.To) switch
    {
        (null, null) => role.Title,
        ({ } from, null) => $"{role.Title}, since {from.ToString(CultureInfo.InvariantCulture)}",
        (null, { } to) => $"{role.Title}, until {to.ToString(CultureInfo.InvariantCulture)}",
        ({ } from, { } to) => $"{role.Title}, {from.ToString(CultureInfo.InvariantCulture)}–{to.ToString(CultureInfo.InvariantCulture)}",
    };

    public EntityIndexView EntityIndex(EntityKind kind)
    {
        var links = index.EntitiesOf(kind).Select(LinkTo).ToArray();
        var letters = links
            .OrderBy(static l => l.Name, StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace))
            .ThenBy(static l => l.Url, StringComparer.Ordinal)
            .GroupBy(static l => LetterOf(l.Name))
            .Select(static g => new LetterGroupView(g.Key, "letter-" + (g.Key == "#" ? "other" : g.Key.ToLowerInvariant()), g.ToArray()))
            .ToArray();
        return new EntityIndexView(KindNames.Of(kind), KindNames.Label(kind), KindNames.Plural(kind), SitePaths.EntityIndex(kind), SitePaths.EntityIndexAlphabetical(kind), links, letters);
    }

    public MonthGroupView Month(ArchiveMonth month, bool withArticles) =>
        new(DisplayDates.Month(month.Year, month.Month), month.Path, month.Articles.Length, withArticles ? Summaries(month.Articles) : []);

    public YearGroupView Year(ArchiveYear year, bool withArticles) =>
        new(year.Year, year.Path, year.ArticleCount, year.Months.Select(m => Month(m, withArticles)).ToArray());

    private static ArticleSummaryView Summarize(SiteArticle site)
    {
        var article = site.Article;
        var date = article.Published?.Date;
        return new ArticleSummaryView(
            article.Title,
            site.Path,
            date is { } d ? DisplayDates.Day(d) : null,
            date is { } iso ? DisplayDates.Iso(iso) : null,
            article.Publisher ?? article.Dateline?.Agency,
            article.Standfirst);
    }

    private QuoteView QuoteOf(Quote quote, int position)
    {
        var speaker = quote.SpeakerEntityId is { } id ? index.Entities.GetValueOrDefault(EntityAccumulator.KeyOf(EntityKind.Person, id)) : null;
        return new QuoteView(quote.Text, speaker?.Name ?? quote.Speaker, speaker?.Path, summaries[position]);
    }

    private static string LetterOf(string name)
    {
        var first = Parsing.Text.TextCleaner.Normalize(name, System.Text.NormalizationForm.FormD).FirstOrDefault(char.IsLetterOrDigit);
        return first is >= 'A' and <= 'Z' or >= 'a' and <= 'z' ? char.ToUpperInvariant(first).ToString() : "#";
    }

    /// <summary>Written as "0.##" would write it; the common case without the cost of general number formatting.</summary>
    private static string Number(double value)
    {
        var rounded = Math.Round(value, 2);
        var hundredths = Math.Round(rounded * 100);
        if (rounded < 0 || hundredths > int.MaxValue)
        {
            return rounded.ToString("0.##", CultureInfo.InvariantCulture);
        }

        var (whole, fraction) = Math.DivRem((int)hundredths, 100);
        return fraction == 0
            ? whole.ToString(CultureInfo.InvariantCulture)
            : fraction % 10 == 0
                ? $"{whole.ToString(CultureInfo.InvariantCulture)}.{(fraction / 10).ToString(CultureInfo.InvariantCulture)}"
                : $"{whole.ToString(CultureInfo.InvariantCulture)}.{fraction.ToString("00", CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// An entity's timeline, the same on each of its pages. Its pages are planned one after another, so a thread
    /// usually makes several in a row: the last one made is kept per thread rather than a table of all of them.
    /// </summary>
    private static TimelineView TimelineOf(SiteEntity entity)
    {
        if (lastTimeline is { } last && last.Months == entity.Timeline)
        {
            return last.View;
        }

        var view = Timeline(entity.Timeline);
        lastTimeline = (entity.Timeline, view);
        return view;
    }

    private static TimelineView Timeline(IReadOnlyList<MonthCount> months)
    {
        if (months.Count == 0)
        {
            return NoTimeline;
        }

        // Every month from the first to the last mention, empty months included, so gaps read as gaps.
        var first = (months[0].Year * 12) + months[0].Month - 1;
        var last = (months[^1].Year * 12) + months[^1].Month - 1;
        var counts = months.ToDictionary(static m => (m.Year * 12) + m.Month - 1, static m => m.Count);
        var max = months.Max(static m => m.Count);
        var slots = last - first + 1;
        var slot = (double)TimelineWidth / slots;
        var bars = new List<TimelineBarView>();
        for (var i = 0; i < slots; i++)
        {
            if (!counts.TryGetValue(first + i, out var count))
            {
                continue;
            }

            var (year, month) = Math.DivRem(first + i, 12);
            var height = Math.Max(2.0, Math.Round((double)count / max * (TimelineHeight - 4), 2));
            bars.Add(new TimelineBarView(
                Number(i * slot),
                Number(TimelineHeight - height),
                Number(Math.Max(1.0, slot * 0.8)),
                Number(height),
                $"{DisplayDates.MonthShort(year, month + 1)}: {count.ToString(CultureInfo.InvariantCulture)} article{(count == 1 ? string.Empty : "s")}"));
        }

        return new TimelineView(TimelineWidth, TimelineHeight, DisplayDates.MonthShort(months[0].Year, months[0].Month), DisplayDates.MonthShort(months[^1].Year, months[^1].Month), max, bars);
    }
}
