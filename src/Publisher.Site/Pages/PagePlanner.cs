using System.Globalization;
using Publisher.Parsing.Model;
using Publisher.Site.Building;
using Publisher.Site.Indexing;
using Publisher.Site.Views;

namespace Publisher.Site.Pages;

/// <summary>Lists every HTML page of the site: home pages, archives, articles, entities, entity indexes and 404.</summary>
public sealed class PagePlanner(SiteIndex index, ViewFactory views, SiteOptions options)
{
    private const int DescriptionLength = 200;

    public IReadOnlyList<PageJob> Plan()
    {
        var jobs = new List<PageJob>();
        jobs.AddRange(HomePages());
        jobs.Add(ArchiveIndex());
        var months = index.Years.SelectMany(static y => y.Months).ToList();
        jobs.AddRange(index.Years.SelectMany(Year));
        for (var at = 0; at < months.Count; at++)
        {
            jobs.AddRange(Month(months, at));
        }

        if (index.Undated.Length > 0)
        {
            jobs.AddRange(UndatedPages());
        }

        jobs.AddRange(index.Articles.Select(Article));
        foreach (var kind in KindNames.Ordered)
        {
            jobs.Add(EntityIndex(kind));
            jobs.Add(EntityIndexAlphabetical(kind));
            jobs.AddRange(index.EntitiesOf(kind).SelectMany(Entity));
        }

        jobs.Add(SearchPage());
        jobs.Add(NotFound());
        return jobs;
    }

    private IEnumerable<PageJob> HomePages() =>
        Paged(SitePaths.Home, "home", "home.html", Enumerable.Range(0, index.Articles.Length).ToArray(), options.PageSize, (page, slice, pagination) =>
        {
            var articles = views.Summaries(slice);
            var heading = page.Page == 1 ? "Latest articles" : $"Latest articles, page {page.Page.ToString(CultureInfo.InvariantCulture)} of {page.Pages.ToString(CultureInfo.InvariantCulture)}";
            return Listing(page.Page == 1 ? options.Title : heading, options.Description, page.Path, new ListingView(heading, articles, pagination, []));
        });

    /// <summary>
    /// A list of articles split into pages of <paramref name="size"/>: the first at <paramref name="first"/>, the
    /// rest at first/page/N/. Long lists (a year, a much-mentioned place) stay quick to load and to render.
    /// </summary>
    private IEnumerable<PageJob> Paged(string first, string kind, string template, IReadOnlyList<int> positions, int size, Func<PageSlot, IReadOnlyList<int>, PaginationView, PageContent> make)
    {
        size = Math.Max(1, size);
        var pages = Math.Max(1, (positions.Count + size - 1) / size);
        for (var page = 1; page <= pages; page++)
        {
            var slot = new PageSlot(SitePaths.Paged(first, page), page, pages);
            yield return new PageJob(slot.Path, kind, template, () =>
            {
                var start = (slot.Page - 1) * size;
                var slice = positions.Skip(start).Take(size).ToArray();
                var pagination = new PaginationView(
                    slot.Page,
                    slot.Pages,
                    slot.Page > 1 ? SitePaths.Paged(first, slot.Page - 1) : null,
                    slot.Page < slot.Pages ? SitePaths.Paged(first, slot.Page + 1) : null,
                    slot.Page > 1 ? first : null,
                    slot.Page < slot.Pages ? SitePaths.Paged(first, slot.Pages) : null);
                return make(slot, slice, pagination);
            });
        }
    }

    private sealed record PageSlot(string Path, int Page, int Pages)
    {
        public string Suffix => Page > 1 ? $" (page {Page.ToString(CultureInfo.InvariantCulture)} of {Pages.ToString(CultureInfo.InvariantCulture)})" : string.Empty;
    }

    private PageJob ArchiveIndex() => new(SitePaths.Archives, "archives", "archives.html", () =>
        Listing("Archives", $"Every article by year and month: {index.Articles.Length.ToString(CultureInfo.InvariantCulture)} in all.", SitePaths.Archives, new ListingView("Archives", [], null, [])));

    private IEnumerable<PageJob> Year(ArchiveYear year)
    {
        var positions = year.Months.SelectMany(static m => m.Articles).ToArray();
        return Paged(year.Path, "year", "archive-year.html", positions, options.ListPageSize, (page, slice, pagination) =>
        {
            var view = views.Year(year, withArticles: false);
            var title = year.Year.ToString(CultureInfo.InvariantCulture);
            // The page's articles grouped under their months, newest first (positions run newest first).
            var months = slice
                .GroupBy(p => index.Articles[p].Article.Published!.Date.Month)
                .Select(g => views.Month(year.Months.First(m => m.Month == g.Key), withArticles: false) with { Articles = views.Summaries(g) })
                .ToArray();
            return Listing(title + page.Suffix, $"{Count(year.ArticleCount, "article")} from {title}, by month.", page.Path, new ListingView(title, [], pagination, months), ("year", view));
        });
    }

    /// <summary>The pages of <c>months[at]</c>; months run newest first, so its neighbours are at ± 1.</summary>
    private IEnumerable<PageJob> Month(IReadOnlyList<ArchiveMonth> months, int at)
    {
        var month = months[at];
        var newer = at > 0 ? views.Month(months[at - 1], false) : null;
        var older = at < months.Count - 1 ? views.Month(months[at + 1], false) : null;
        return Paged(month.Path, "month", "archive-month.html", month.Articles, options.ListPageSize, (page, slice, pagination) =>
        {
            var articles = views.Summaries(slice);
            var view = views.Month(month, withArticles: false) with { Articles = articles };
            return Listing(view.Title + page.Suffix, $"{Count(month.Articles.Length, "article")} from {view.Title}.", page.Path, new ListingView(view.Title, articles, pagination, []), ("month", view), ("newer_month", newer), ("older_month", older), ("year_url", SitePaths.Year(month.Year)), ("year_title", month.Year.ToString(CultureInfo.InvariantCulture)));
        });
    }

    private IEnumerable<PageJob> UndatedPages() =>
        Paged(SitePaths.Undated, "undated", "archive-month.html", index.Undated, options.ListPageSize, (page, slice, pagination) =>
        {
            var articles = views.Summaries(slice);
            var view = new MonthGroupView("Undated", SitePaths.Undated, index.Undated.Length, articles);
            return Listing("Undated articles" + page.Suffix, "Articles whose publication date is not known.", page.Path, new ListingView(view.Title, articles, pagination, []), ("month", view), ("newer_month", null), ("older_month", null), ("year_url", SitePaths.Archives), ("year_title", "Archives"));
        });

    private PageJob Article(SiteArticle site) => new(site.Path, "article", "article.html", () => views.ArticleContent(site, options));

    private IEnumerable<PageJob> Entity(SiteEntity entity) =>
        Paged(entity.Path, "entity", "entity.html", entity.Articles, options.ListPageSize, (page, slice, pagination) =>
        {
            var articles = views.Summaries(slice);
            var view = views.Entity(entity, slice, articles, firstPage: page.Page == 1);
            var description = $"{entity.Name}: {KindNames.Of(entity.Kind)} mentioned in {Count(entity.Articles.Length, "article")}.";
            return new PageContent(entity.Name + page.Suffix, description, "profile", JsonLd.Entity(entity, options.BaseUrl), new Dictionary<string, object?>(StringComparer.Ordinal) { ["entity"] = view, ["pagination"] = pagination });
        });

    private PageJob EntityIndex(EntityKind kind) => new(SitePaths.EntityIndex(kind), "entity-index", "entity-index.html", () =>
        EntityIndexContent(kind, SitePaths.EntityIndex(kind), "by number of articles"));

    private PageJob EntityIndexAlphabetical(EntityKind kind) => new(SitePaths.EntityIndexAlphabetical(kind), "entity-index", "entity-index-a-z.html", () =>
        EntityIndexContent(kind, SitePaths.EntityIndexAlphabetical(kind), "A to Z"));

    private PageContent EntityIndexContent(EntityKind kind, string path, string order)
    {
        var view = views.EntityIndex(kind);
        var title = $"{view.Plural}, {order}";
        return new PageContent(title, $"{view.Plural} in the archive ({view.Entities.Count.ToString(CultureInfo.InvariantCulture)}), {order}.", "website", JsonLd.Collection(title, path, options.BaseUrl), new Dictionary<string, object?>(StringComparer.Ordinal) { ["index"] = view });
    }

    /// <summary>The page the search form leads to; search.js fills in the results from the search index.</summary>
    private PageJob SearchPage() => new(SitePaths.Search, "search", "search.html", () =>
        Listing("Search", $"Search the titles, text, people, organizations and places of {Count(index.Articles.Length, "article")}.", SitePaths.Search, new ListingView("Search", [], null, [])));

    private PageJob NotFound() => new(SitePaths.NotFound, "404", "404.html", () =>
        Listing("Page not found", "This page does not exist. The archive and the latest articles are a click away.", SitePaths.NotFound, new ListingView("Page not found", views.Summaries(Enumerable.Range(0, Math.Min(5, index.Articles.Length))), null, [])))
    {
        RootedLinks = true,
    };

    private PageContent Listing(string title, string description, string path, ListingView listing, params (string Key, object? Value)[] extra)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal) { ["listing"] = listing };
        foreach (var (key, value) in extra)
        {
            values[key] = value;
        }

        return new PageContent(title, description, "website", JsonLd.Collection(title, path, options.BaseUrl), values);
    }

    private static string Count(int count, string noun) => $"{count.ToString(CultureInfo.InvariantCulture)} {noun}{(count == 1 ? string.Empty : "s")}";

    /// <summary>Meta descriptions are summaries by nature; a long one is cut at a word and marked with an ellipsis.</summary>
    internal static string Shorten(string text, int length = DescriptionLength)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return text[..(cut > length / 2 ? cut : length)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
