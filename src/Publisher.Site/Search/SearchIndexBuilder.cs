using System.Collections.Immutable;
using Publisher.Parsing.Model;
using Publisher.Site.Indexing;
using Publisher.Site.Pages;

namespace Publisher.Site.Search;

/// <summary>
/// Builds the <see cref="SearchIndex"/> from the site index: articles are tokenised in parallel, then their terms
/// are appended to the term lists in article order, so every list comes out sorted and the work is linear in the
/// text.
/// </summary>
public static class SearchIndexBuilder
{
    /// <summary>Characters of the standfirst or opening a result shows.</summary>
    public const int SummaryLength = 220;

    public static SearchIndex Build(SiteIndex index, SearchTokenizer tokenizer)
    {
        var entities = index.Entities.Values
            .OrderByDescending(static e => e.Articles.Length)
            .ThenBy(static e => e.Name, StringComparer.Ordinal)
            .ThenBy(static e => e.Key, StringComparer.Ordinal)
            .ToArray();
        var entityTerms = new Dictionary<string, string[]>(entities.Length, StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            entityTerms[entity.Key] = Distinct(tokenizer, entity.Name);
        }

        var articles = index.Articles;
        var fields = new ArticleTerms[articles.Length];
        Parallel.For(0, articles.Length, i => fields[i] = TermsOf(articles[i], tokenizer, entityTerms));

        var lists = new Dictionary<string, TermLists>(StringComparer.Ordinal);
        for (var id = 0; id < fields.Length; id++)
        {
            Append(lists, fields[id].Title, id, static l => l.Title);
            Append(lists, fields[id].Entity, id, static l => l.Entity);
            Append(lists, fields[id].Body, id, static l => l.Body);
        }

        for (var id = 0; id < entities.Length; id++)
        {
            var names = new SortedSet<string>(entityTerms[entities[id].Key], StringComparer.Ordinal);
            names.UnionWith(entities[id].Aliases.SelectMany(a => tokenizer.Terms(a)));
            foreach (var term in names)
            {
                ListsOf(lists, term).Names.Add(id);
            }
        }

        var terms = lists.OrderBy(static t => t.Key, StringComparer.Ordinal)
            .Select(static t => new SearchTerm(t.Key, t.Value.Count, [.. t.Value.Title], [.. t.Value.Entity], [.. t.Value.Body], [.. t.Value.Names]))
            .ToImmutableArray();
        return new SearchIndex(
            terms,
            [.. articles.Select(static a => ResultOf(a))],
            [.. entities.Select(static e => new SearchEntity(e.Name, KindNames.Label(e.Kind), e.Path, e.Articles.Length))]);
    }

    private static ArticleTerms TermsOf(SiteArticle site, SearchTokenizer tokenizer, Dictionary<string, string[]> entityTerms)
    {
        var article = site.Article;
        var body = new List<string>(512);
        tokenizer.AddTerms(article.Standfirst, body);
        foreach (var block in article.Body.IsDefault ? [] : article.Body)
        {
            tokenizer.AddTerms(block.Text, body);
        }

        foreach (var caption in article.Captions.IsDefault ? [] : article.Captions)
        {
            tokenizer.AddTerms(caption.Text, body);
        }

        return new ArticleTerms(
            Distinct(tokenizer, article.Title),
            [.. site.Entities.SelectMany(k => entityTerms.GetValueOrDefault(k) ?? []).Distinct(StringComparer.Ordinal)],
            [.. body.Distinct(StringComparer.Ordinal)]);
    }

    private static SearchArticle ResultOf(SiteArticle site)
    {
        var article = site.Article;
        var date = article.Published?.Date;
        var summary = article.Standfirst ?? article.Paragraphs.Select(static p => p.Text).FirstOrDefault() ?? string.Empty;
        return new SearchArticle(
            article.Title,
            site.Path,
            date is { } day ? DisplayDates.Day(day) : null,
            date is { } iso ? DisplayDates.Iso(iso) : null,
            PagePlanner.Shorten(summary, SummaryLength));
    }

    private static string[] Distinct(SearchTokenizer tokenizer, string text) => [.. tokenizer.Terms(text).Distinct(StringComparer.Ordinal)];

    private static void Append(Dictionary<string, TermLists> lists, string[] terms, int id, Func<TermLists, List<int>> field)
    {
        foreach (var term in terms)
        {
            var list = ListsOf(lists, term);
            field(list).Add(id);
            if (list.LastArticle != id)
            {
                list.LastArticle = id;
                list.Count++;
            }
        }
    }

    private static TermLists ListsOf(Dictionary<string, TermLists> lists, string term)
    {
        if (!lists.TryGetValue(term, out var list))
        {
            list = new TermLists();
            lists.Add(term, list);
        }

        return list;
    }

    private sealed record ArticleTerms(string[] Title, string[] Entity, string[] Body);

    /// <summary>A term's lists while they are gathered; <see cref="Count"/> counts distinct articles.</summary>
    private sealed class TermLists
    {
        public List<int> Title { get; } = [];

        public List<int> Entity { get; } = [];

        public List<int> Body { get; } = [];

        public List<int> Names { get; } = [];

        public int LastArticle { get; set; } = -1;

        public int Count { get; set; }
    }
}
