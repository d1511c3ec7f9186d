using Publisher.Parsing;
using Publisher.Parsing.Model;
using Publisher.Tests.Support;

namespace Publisher.Tests.Parsing;

/// <summary>
/// The parser against the gold facts of the five seeds, both as published in content/ (with front matter) and as
/// scraped (raw, no front matter).
/// </summary>
public sealed class SeedGoldTests
{
    public static IEnumerable<object[]> Files => SeedGold.Files;

    [Theory]
    [MemberData(nameof(Files))]
    public void Content_article_matches_gold(string file)
    {
        var gold = SeedGold.For(file);
        var article = ParseContent(file);

        CheckStructure(gold, article);
        Assert.NotNull(article.Published);
        Assert.Equal(gold.Published, article.Published!.IsoDate);
        Assert.Equal(DateProvenance.FrontMatter, article.Published.Provenance);
        Assert.Equal(gold.Publisher, article.Publisher);
        Assert.DoesNotContain(article.Diagnostics, d => d.Level != Publisher.Parsing.Diagnostics.DiagnosticLevel.Info);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Raw_seed_matches_gold_and_never_guesses_a_wrong_date(string file)
    {
        var gold = SeedGold.For(file);
        var article = ParseRaw(file);

        CheckStructure(gold, article);
        if (article.Published is { } date)
        {
            Assert.Equal(gold.Published, date.IsoDate);
            Assert.Contains(article.Diagnostics, d => d.Id == "PUB003");
        }
        else
        {
            Assert.Contains(article.Diagnostics, d => d.Id == "PUB002");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Raw_and_front_matter_versions_read_the_same_body(string file)
    {
        var raw = ParseRaw(file);
        var content = ParseContent(file);

        Assert.Equal(raw.Title, content.Title);
        Assert.Equal(raw.Standfirst, content.Standfirst);
        Assert.Equal(raw.Body.Select(b => b.Text), content.Body.Select(b => b.Text));
        Assert.Equal(raw.Captions.Select(c => c.Text), content.Captions.Select(c => c.Text));
    }

    [Fact]
    public void Caption_dates_are_never_publication_dates()
    {
        // Seed 000's caption says November 30, 2015; the article is from 2016-02-05.
        var article = ParseRaw("000_aa6205f514d75736.txt");
        Assert.NotEqual("2015-11-30", article.Published?.IsoDate);
    }

    [Fact]
    public void Body_offsets_point_at_the_paragraph_text()
    {
        foreach (var gold in SeedGold.All)
        {
            var text = File.ReadAllText(Path.Combine(RepoPaths.Content, gold.File));
            var article = ArticleParser.Parse(text, "content/articles/" + gold.File).Article!;
            foreach (var block in article.Body)
            {
                var source = text.Substring(block.Source.Start, block.Source.Length);
                var firstWord = block.Text.Split(' ')[0];
                Assert.Contains(firstWord.Trim('‘', '“', '"'), source.Replace('\u00A0', ' '), StringComparison.Ordinal);
            }
        }
    }

    internal static Article ParseContent(string file) =>
        ArticleParser.Parse(File.ReadAllText(Path.Combine(RepoPaths.Content, file)), "content/articles/" + file).Article!;

    internal static Article ParseRaw(string file) =>
        ArticleParser.Parse(File.ReadAllText(Path.Combine(RepoPaths.RawSeeds, file)), "articles/" + file).Article!;

    private static void CheckStructure(SeedGold gold, Article article)
    {
        Assert.Equal(gold.Title, article.Title);
        Assert.Equal(gold.Standfirst, article.Standfirst);
        if (gold.Dateline is not null)
        {
            Assert.Equal(gold.Dateline, article.Dateline?.Place);
        }

        foreach (var caption in gold.Captions)
        {
            Assert.Contains(article.Captions, c => c.Text.Contains(caption, StringComparison.Ordinal));
        }

        var everythingReadAsText = article.Body.Select(b => b.Text).Append(article.Title).Append(article.Standfirst ?? string.Empty).ToList();
        foreach (var furniture in gold.NotInBody)
        {
            Assert.DoesNotContain(everythingReadAsText, t => t.Contains(furniture, StringComparison.Ordinal));
        }

        foreach (var subheading in gold.Subheadings)
        {
            Assert.Contains(article.Subheadings, s => s.Text == subheading);
        }

        var paragraphs = article.Paragraphs.Select(p => p.Text).ToList();
        Assert.Equal(paragraphs.Count, paragraphs.Distinct(StringComparer.Ordinal).Count());
        if (gold.BodyParagraphsAtLeast is { } atLeast)
        {
            Assert.True(paragraphs.Count >= atLeast, $"{paragraphs.Count} paragraphs, expected at least {atLeast}");
        }

        Assert.All(paragraphs, p => Assert.DoesNotContain('\u00A0', p));
        Assert.NotEmpty(paragraphs);
    }
}
