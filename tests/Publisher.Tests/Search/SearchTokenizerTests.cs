using Publisher.Site.Search;

namespace Publisher.Tests.Search;

public sealed class SearchTokenizerTests
{
    private static readonly SearchTokenizer Tokenizer = SearchTokenizer.Default;

    [Theory]
    [InlineData("Café in Zürich", "caf zurich")]
    [InlineData("ÅNGSTRÖM, Øresund and São Paulo", "angstrom øresund sao paulo")]
    [InlineData("the talks, talking and talked", "talk talk talk")]
    [InlineData("cities and a city", "citi citi")]
    [InlineData("strikes damaging damaged damages", "strik damag damag damag")]
    [InlineData("Russia's NATO-Russia council", "russia nato russia council")]
    [InlineData("In 2016, 30 troops; x y", "2016 30 troop")]
    [InlineData("ﬁnance ２０２０", "financ 2020")]
    [InlineData("class bus basis uses", "class bus basis use")]
    [InlineData("<script>alert(1)</script>", "script alert script")]
    public void Text_is_folded_split_stripped_of_stop_words_and_stemmed(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', Tokenizer.Terms(text)));
    }

    [Fact]
    public void Short_stems_keep_their_suffix()
    {
        // "used" would leave "us": a stem must keep three letters, so the word stays as it is.
        Assert.Equal("used", Tokenizer.Stem("used"));
        Assert.Equal("red", Tokenizer.Stem("red"));
        Assert.Equal("bed", Tokenizer.Stem("bed"));
    }

    [Fact]
    public void Empty_and_punctuation_only_text_has_no_terms()
    {
        Assert.Empty(Tokenizer.Terms(null));
        Assert.Empty(Tokenizer.Terms(string.Empty));
        Assert.Empty(Tokenizer.Terms(" — … ‘’ \"\" !?"));
    }

    [Fact]
    public void Rules_file_errors_name_the_line()
    {
        var error = Assert.Throws<FormatException>(() => SearchRules.Parse("min: 3\nsuffix ing\n", "rules.txt"));
        Assert.StartsWith("rules.txt(2):", error.Message, StringComparison.Ordinal);
        var rule = Assert.Throws<FormatException>(() => SearchRules.Parse("group: ing\n", "rules.txt"));
        Assert.Contains("rules.txt(1)", rule.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_rules_are_read_from_the_data_file()
    {
        var rules = SearchRules.Default;
        Assert.Equal(3, rules.MinStem);
        Assert.Equal(2, rules.Groups.Length);
        Assert.Contains("the", rules.StopWords);
        Assert.DoesNotContain("nato", rules.StopWords);
    }
}
