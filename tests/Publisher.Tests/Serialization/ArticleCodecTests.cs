using System.Collections.Immutable;
using Publisher.Corpus;
using Publisher.Parsing;
using Publisher.Parsing.Model;
using Publisher.Parsing.Serialization;
using Publisher.Tests.Support;

namespace Publisher.Tests.Serialization;

public sealed class ArticleCodecTests
{
    public static TheoryData<string> SeedFiles() => [.. Directory.GetFiles(RepoPaths.Content).Select(static f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void A_seed_article_decodes_equal_to_its_parse(string file)
    {
        var article = ArticleParser.Parse(File.ReadAllText(Path.Combine(RepoPaths.Content, file)), "content/articles/" + file).Article!;
        Assert.NotEmpty(article.Mentions);

        var decoded = ArticleCodec.Decode(ArticleCodec.Encode(article));

        Assert.Equal(article, decoded);
        Assert.Equal(ArticleCodec.Encode(article), ArticleCodec.Encode(decoded));
    }

    [Fact]
    public void Synthetic_articles_of_every_shape_decode_equal()
    {
        var sources = CorpusGenerator.Generate(new CorpusOptions(300)).ToList();
        foreach (var source in sources)
        {
            var article = ArticleParser.Parse(source.Text, "articles/" + source.FileName).Article!;
            Assert.Equal(article, ArticleCodec.Decode(ArticleCodec.Encode(article)));
        }
    }

    [Fact]
    public void Text_that_looks_like_the_encoding_itself_survives()
    {
        var tricky = "3:abc,~,1:::~|A1|\"\\\r\n\u0000\u200F\u05E9\u05DC\u05D5\u05DD 👩‍👩‍👧 e\u0301";
        var article = Minimal() with
        {
            Title = tricky,
            Standfirst = string.Empty,
            Authors = [tricky, string.Empty],
            Tags = default,
            Body =
            [
                new BodyBlock(BodyBlockKind.Subheading, tricky, new SourceRange(-1, int.MaxValue, 0, 0, int.MinValue, 7)),
                new BodyBlock(BodyBlockKind.Html, "text", default) { Html = "<p onclick=\"x\">" + tricky + "</p>" },
            ],
            Published = new PublicationDate(new DateTime(1999, 12, 31, 23, 59, 58, DateTimeKind.Utc), DateProvenance.Dateline, tricky, default),
            Dateline = new Dateline("Gaza", null, default),
            MarkdownBody = tricky,
        };

        var decoded = ArticleCodec.Decode(ArticleCodec.Encode(article));

        Assert.Equal(article, decoded);
        Assert.True(decoded.Tags.IsDefault);
        Assert.Equal(DateTimeKind.Utc, decoded.Published!.Date.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("A1|1:a")]
    [InlineData("A2|")]
    [InlineData("A2|5:ab")]
    [InlineData("A2|x:abc")]
    [InlineData("A2|99999999999999999999:")]
    public void Anything_else_is_refused_with_a_format_error(string encoded) =>
        Assert.Throws<FormatException>(() => ArticleCodec.Decode(encoded));

    [Fact]
    public void Trailing_data_is_refused()
    {
        var encoded = ArticleCodec.Encode(Minimal());
        Assert.Throws<FormatException>(() => ArticleCodec.Decode(encoded + "0,"));
        Assert.Throws<FormatException>(() => ArticleCodec.Decode(encoded[..^1]));
    }

    private static Article Minimal() => new(
        "a", "a", "articles/a.txt", ArticleFormat.Text, "A", null, null, null, null, null,
        [], [], [], [], [], [], [], null, ImmutableArray<Publisher.Parsing.Diagnostics.ContentDiagnostic>.Empty);
}
