using Publisher.Tests.Support;

namespace Publisher.Tests.Entities;

/// <summary>How a CoNLL file is rebuilt into prose and where its gold mentions land.</summary>
public sealed class ConllDocumentsTests
{
    private const string Sample = """
        -DOCSTART- O

        He O
        introduced O
        John I-PER
        Smith I-PER
        Mary B-PER
        Jones I-PER
        of O
        IBM I-ORG
        ( O
        New I-LOC
        York I-LOC
        ) O
        to O
        the O
        French I-MISC
        press O
        . O

        " O
        It O
        is O
        n't O
        50 O
        % O
        " O
        , O
        Smith I-PER
        's O
        aide O
        said O
        ; O
        `` O
        Paris I-LOC
        '' O
        , O
        he O
        added O
        . O

        -DOCSTART- O

        Rome I-LOC
        Paris I-LOC
        ! O
        """;

    private const string FirstLine = "He introduced John Smith Mary Jones of IBM (New York) to the French press.";
    private const string SecondLine = "\"It isn't 50%\", Smith's aide said; ``Paris'', he added.";

    [Fact]
    public void Tokens_are_joined_the_way_a_writer_types_them_one_sentence_per_line()
    {
        var documents = ConllDocuments.Parse(Sample);

        Assert.Equal(2, documents.Count);
        Assert.Equal(FirstLine + "\n" + SecondLine, documents[0].Text);
        Assert.Equal([(0, FirstLine.Length), (FirstLine.Length + 1, FirstLine.Length + 1 + SecondLine.Length)], documents[0].Sentences);
        Assert.Equal("Rome Paris!", documents[1].Text);
    }

    [Fact]
    public void Mentions_split_at_B_drop_MISC_and_point_at_their_text()
    {
        var document = ConllDocuments.Parse(Sample)[0];

        Assert.Equal(
            [("John Smith", "PER"), ("Mary Jones", "PER"), ("IBM", "ORG"), ("New York", "LOC"), ("Smith", "PER"), ("Paris", "LOC")],
            document.Mentions.Select(m => (document.Text[m.Start..m.End], m.Kind)));
        Assert.Equal(new GoldMention(14, 24, "PER"), document.Mentions[0]);
    }

    [Fact]
    public void A_run_of_one_type_is_one_mention_and_a_change_of_type_starts_another()
    {
        var document = ConllDocuments.Parse("Rome I-LOC\nParis I-LOC\nIBM I-ORG\n")[0];

        Assert.Equal([new GoldMention(0, 10, "LOC"), new GoldMention(11, 14, "ORG")], document.Mentions);
    }

    [Fact]
    public void Token_offsets_cover_each_token_exactly()
    {
        var document = ConllDocuments.Parse(Sample)[0];

        Assert.All(document.Tokens, t => Assert.Equal(t.Text, document.Text[t.Start..t.End]));
        Assert.Equal(new ConllToken("(", 43, 44, "O"), document.Tokens[8]);
    }

    [Theory]
    [InlineData("word")]
    [InlineData("word I-FOO")]
    [InlineData("two words O")]
    public void A_malformed_line_is_rejected(string line) =>
        Assert.Throws<FormatException>(() => ConllDocuments.Parse(line));
}
