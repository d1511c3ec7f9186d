using System.Collections.Concurrent;
using System.Collections.Immutable;
using Publisher.Parsing.Model;
using Publisher.Site.Indexing;
using Publisher.Site.Pages;

namespace Publisher.Site.Search;

/// <summary>
/// Builds the <see cref="SearchIndex"/> from the site index: articles are tokenised in parallel into numbered terms
/// (a term's string is made once for the whole archive), then appended to the term lists in article order, so
/// every list comes out sorted and the work is linear in the text.
/// </summary>
public static class SearchIndexBuilder
{
    /// <summary>Characters of the standfirst or opening a result shows.</summary>
    public const int SummaryLength = 220;

    public static SearchIndex Build(SiteIndex index, SearchTokenizer tokenizer)
    {
        var vocabulary = new Vocabulary();
        var entities = index.Entities.Values
            .OrderByDescending(static e => e.Articles.Length)
            .ThenBy(static e => e.Name, StringComparer.Ordinal)
            .ThenBy(static e => e.Key, StringComparer.Ordinal)
            .ToArray();
        var nameTerms = new Dictionary<string, int[]>(entities.Length, StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            nameTerms[entity.Key] = vocabulary.TermsOf(tokenizer, [entity.Name]);
        }

        var articles = index.Articles;
        var fields = new ArticleTerms[articles.Length];
        Parallel.For(0, articles.Length, i => fields[i] = TermsOf(articles[i], index.Full(articles[i].Article), tokenizer, vocabulary, nameTerms));

        var lists = new TermLists[vocabulary.Count];
        for (var id = 0; id < fields.Length; id++)
        {
            Append(lists, fields[id].Title, id, static l => l.Title);
            Append(lists, fields[id].Entity, id, static l => l.Entity);
            Append(lists, fields[id].Body, id, static l => l.Body);
        }

        // Names and aliases bring terms of their own: the lists grow once for all of them. Growing them term by term
        // copied the whole table for each new alias term, which at 100,000 articles was gigabytes.
        var entityTerms = entities.Select(e => vocabulary.TermsOf(tokenizer, [e.Name, .. e.Aliases])).ToArray();
        Array.Resize(ref lists, vocabulary.Count);
        for (var id = 0; id < entities.Length; id++)
        {
            foreach (var term in entityTerms[id])
            {
                (lists[term] ??= new TermLists()).Names.Add(id);
            }
        }

        var names = vocabulary.Names();
        var terms = Enumerable.Range(0, names.Length)
            .Where(t => t < lists.Length && lists[t] is not null)
            .OrderBy(t => names[t], StringComparer.Ordinal)
            .Select(t => new SearchTerm(names[t], lists[t].Count, [.. lists[t].Title], [.. lists[t].Entity], [.. lists[t].Body], [.. lists[t].Names]))
            .ToImmutableArray();
        return new SearchIndex(
            terms,
            [.. articles.Select(static a => ResultOf(a))],
            [.. entities.Select(static e => new SearchEntity(e.Name, KindNames.Label(e.Kind), e.Path, e.Articles.Length))]);
    }

    /// <summary>
    /// The index with one article's body terms replaced: what <see cref="Build"/> gives when that article's standfirst,
    /// body or captions are all that changed. Its title and entities must be as they were.
    /// </summary>
    public static SearchIndex ReplaceBody(SearchIndex index, int article, Article full, SearchTokenizer tokenizer)
    {
        var body = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in BodyTexts(full))
        {
            tokenizer.Tokenize(text, term => body.Add(term.ToString()));
        }

        var terms = ImmutableArray.CreateBuilder<SearchTerm>(index.Terms.Length + body.Count);
        foreach (var term in index.Terms)
        {
            var had = term.InBody.BinarySearch(article) >= 0;
            var has = body.Remove(term.Term);
            if (had == has)
            {
                terms.Add(term);
                continue;
            }

            var elsewhere = term.InTitle.BinarySearch(article) >= 0 || term.InEntity.BinarySearch(article) >= 0;
            var changed = term with
            {
                InBody = has ? Insert(term.InBody, article) : term.InBody.Remove(article),
                Articles = term.Articles + (elsewhere ? 0 : has ? 1 : -1),
            };

            // A term stays while any list holds it, as a whole build keeps exactly the terms something was filed under.
            if (!changed.InTitle.IsEmpty || !changed.InEntity.IsEmpty || !changed.InBody.IsEmpty || !changed.Entities.IsEmpty)
            {
                terms.Add(changed);
            }
        }

        foreach (var fresh in body)
        {
            terms.Add(new SearchTerm(fresh, 1, [], [], [article], []));
        }

        terms.Sort(static (a, b) => string.CompareOrdinal(a.Term, b.Term));
        return index with { Terms = terms.ToImmutable() };
    }

    private static ImmutableArray<int> Insert(ImmutableArray<int> sorted, int value)
    {
        var at = sorted.BinarySearch(value);
        return at >= 0 ? sorted : sorted.Insert(~at, value);
    }

    /// <summary>The texts filed as an article's body: standfirst, paragraphs and captions.</summary>
    private static List<string?> BodyTexts(Article article)
    {
        var texts = new List<string?>(article.Body.Length + article.Captions.Length + 1) { article.Standfirst };
        texts.AddRange((article.Body.IsDefault ? [] : article.Body).Select(static b => b.Text));
        texts.AddRange((article.Captions.IsDefault ? [] : article.Captions).Select(static c => c.Text));
        return texts;
    }

    private static ArticleTerms TermsOf(SiteArticle site, Article article, SearchTokenizer tokenizer, Vocabulary vocabulary, Dictionary<string, int[]> nameTerms)
    {
        var texts = BodyTexts(article);
        var entity = site.Entities.SelectMany(k => nameTerms.GetValueOrDefault(k) ?? []).ToArray();
        Array.Sort(entity);
        return new ArticleTerms(vocabulary.TermsOf(tokenizer, [article.Title]), Unique(entity), vocabulary.TermsOf(tokenizer, texts));
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

    private static void Append(TermLists[] lists, int[] terms, int id, Func<TermLists, List<int>> field)
    {
        foreach (var term in terms)
        {
            var list = lists[term] ??= new TermLists();
            field(list).Add(id);
            if (list.LastArticle != id)
            {
                list.LastArticle = id;
                list.Count++;
            }
        }
    }

    /// <summary>A sorted array without repeats, in place.</summary>
    private static int[] Unique(int[] sorted)
    {
        var kept = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (kept == 0 || sorted[kept - 1] != sorted[i])
            {
                sorted[kept++] = sorted[i];
            }
        }

        return sorted[..kept];
    }

    private sealed record ArticleTerms(int[] Title, int[] Entity, int[] Body);

    /// <summary>
    /// Terms numbered as they are first seen, shared by the threads that tokenise. Numbers depend on thread timing,
    /// so they never reach the output: terms are written in the order of their strings.
    /// </summary>
    private sealed class Vocabulary
    {
        private readonly ConcurrentDictionary<string, int> ids = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> byText;
        private int count;

        public Vocabulary() => byText = ids.GetAlternateLookup<ReadOnlySpan<char>>();

        public int Count => Volatile.Read(ref count);

        /// <summary>The distinct terms of some texts, as sorted numbers.</summary>
        public int[] TermsOf(SearchTokenizer tokenizer, IEnumerable<string?> texts)
        {
            var found = new List<int>();
            foreach (var text in texts)
            {
                tokenizer.Tokenize(text, term => found.Add(IdOf(term)));
            }

            var sorted = found.ToArray();
            Array.Sort(sorted);
            return Unique(sorted);
        }

        public string[] Names()
        {
            var names = new string[Count];
            foreach (var (name, id) in ids)
            {
                names[id] = name;
            }

            return names;
        }

        private int IdOf(ReadOnlySpan<char> term) =>
            byText.TryGetValue(term, out var id) ? id : ids.GetOrAdd(term.ToString(), _ => Interlocked.Increment(ref count) - 1);
    }

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
