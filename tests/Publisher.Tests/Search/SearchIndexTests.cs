using Publisher.Content;
using Publisher.Site.Indexing;
using Publisher.Site.Search;

namespace Publisher.Tests.Search;

public sealed class SearchIndexTests
{
    private static readonly SiteIndex Site = SiteIndexBuilder.Build(Articles.All);
    private static readonly SearchIndex Index = SearchIndexBuilder.Build(Site, SearchTokenizer.Default);

    [Fact]
    public void Terms_are_distinct_in_ordinal_order_with_sorted_lists()
    {
        Assert.Equal(Index.Terms.Select(static t => t.Term).Order(StringComparer.Ordinal).Distinct(), Index.Terms.Select(static t => t.Term));
        foreach (var term in Index.Terms)
        {
            foreach (var list in new[] { term.InTitle, term.InEntity, term.InBody, term.Entities })
            {
                Assert.Equal(list.Order().Distinct(), list);
            }

            Assert.Equal(term.InTitle.Union(term.InEntity).Union(term.InBody).Count(), term.Articles);
        }
    }

    [Fact]
    public void Title_hits_are_the_articles_with_the_word_in_their_title()
    {
        var nato = Index.Terms.Single(static t => t.Term == "nato");
        var expected = Site.Articles.Where(static a => a.Article.Title.Contains("nato", StringComparison.OrdinalIgnoreCase)).Select(static a => a.Position);
        Assert.Equal(expected, nato.InTitle);
        Assert.Equal(Site.Articles.Length, Index.Articles.Length);
        Assert.Equal(Site.Articles.Select(static a => a.Path), Index.Articles.Select(static a => a.Path));
    }

    [Fact]
    public void An_entity_name_finds_the_entity_and_the_articles_that_mention_it()
    {
        var stoltenberg = Index.Terms.Single(static t => t.Term == "stoltenberg");
        var entity = Site.Entities["people/jens-stoltenberg"];
        var id = Index.Entities.IndexOf(Index.Entities.Single(e => e.Path == entity.Path));
        Assert.Contains(id, stoltenberg.Entities);
        Assert.Equal(entity.Articles.ToArray(), stoltenberg.InEntity.ToArray());
        Assert.Equal("Person", Index.Entities[id].Kind);
        Assert.Equal(entity.Articles.Length, Index.Entities[id].ArticleCount);
    }

    [Fact]
    public void Entities_are_numbered_most_written_about_first()
    {
        var counts = Index.Entities.Select(static e => e.ArticleCount).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.Equal(Site.Entities.Count, Index.Entities.Length);
    }

    [Fact]
    public void Results_show_the_standfirst_or_the_opening_cut_at_a_word()
    {
        foreach (var (site, result) in Site.Articles.Zip(Index.Articles))
        {
            Assert.Equal(site.Article.Title, result.Title);
            Assert.True(result.Summary.Length <= SearchIndexBuilder.SummaryLength + 1, result.Summary);
            var source = site.Article.Standfirst ?? site.Article.Paragraphs.First().Text;
            Assert.StartsWith(result.Summary.TrimEnd('…'), source, StringComparison.Ordinal);
        }
    }
}
