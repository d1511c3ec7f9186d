using Publisher.Corpus;
using Publisher.Parsing;
using Publisher.Parsing.Text;

namespace Publisher.Tests.Parsing;

public sealed class StringPoolTests
{
    [Fact]
    public void Shared_articles_equal_their_parse_and_share_one_copy_of_each_entity_string()
    {
        var pool = new StringPool();
        var parsed = CorpusGenerator.Generate(new CorpusOptions(60))
            .Select(static s => ArticleParser.Parse(s.Text, "articles/" + s.FileName).Article!)
            .ToList();
        var shared = parsed.Select(pool.ShareEntityStrings).ToList();

        Assert.Equal(parsed, shared);
        var mentions = shared.SelectMany(static a => a.Mentions).ToList();
        Assert.True(mentions.Count > 500, $"only {mentions.Count} mentions");
        foreach (var group in mentions.GroupBy(static m => m.Name, StringComparer.Ordinal))
        {
            var first = group.First();
            Assert.All(group, m => Assert.Same(first.Name, m.Name));
            Assert.All(group, m => Assert.Same(pool.Share(m.EntityId), m.EntityId));
        }

        var speakers = shared.SelectMany(static a => a.Quotes).Where(static q => q.Speaker is not null).ToList();
        Assert.NotEmpty(speakers);
        Assert.All(speakers, q => Assert.Same(pool.Share(q.Speaker!), q.Speaker));

        // The pool holds each distinct string once, far fewer than the strings the mentions carried.
        Assert.True(pool.Count < mentions.Count, $"{pool.Count} pooled strings for {mentions.Count} mentions");
    }

    [Fact]
    public void An_article_without_mentions_or_a_failed_parse_passes_through()
    {
        var pool = new StringPool();
        var result = ArticleParser.Parse(string.Empty, "articles/empty.txt");

        Assert.Equal(result, pool.ShareEntityStrings(result));
    }
}
