using Publisher.Tests.Support;

namespace Publisher.Tests.Entities;

/// <summary>Exact-match mention scoring.</summary>
public sealed class NerScoreTests
{
    private static readonly GoldMention[] Gold = [new(0, 10, "PER"), new(15, 18, "ORG"), new(20, 28, "LOC")];

    [Fact]
    public void Only_exact_span_and_kind_count_as_correct()
    {
        var score = new NerScore();
        score.Add(Gold, [(0, 10, "PER"), (15, 17, "ORG"), (20, 28, "PER")]);

        Assert.Equal(new NerCounts(1, 2, 1), score["PER"]);
        Assert.Equal(new NerCounts(1, 1, 0), score["ORG"]);
        Assert.Equal(new NerCounts(1, 0, 0), score["LOC"]);
        Assert.Equal(new NerCounts(3, 3, 1), score.Overall);
        Assert.Equal(1.0 / 3, score.Overall.Precision, 9);
        Assert.Equal(1.0 / 3, score.Overall.Recall, 9);
        Assert.Equal(1.0 / 3, score.Overall.F1, 9);
    }

    [Fact]
    public void Other_kinds_are_ignored_and_a_repeated_prediction_is_a_false_positive()
    {
        var score = new NerScore();
        score.Add([.. Gold, new(30, 35, "MISC")], [(30, 35, "MISC"), (0, 10, "PER"), (0, 10, "PER")]);

        Assert.Equal(new NerCounts(1, 2, 1), score["PER"]);
        Assert.Equal(new NerCounts(3, 2, 1), score.Overall);
        Assert.Equal(0.5, score.Overall.Precision, 9);
        Assert.Equal(1.0 / 3, score.Overall.Recall, 9);
        Assert.Equal(0.4, score.Overall.F1, 9);
    }

    [Fact]
    public void Counts_add_up_over_documents_and_an_empty_side_scores_zero()
    {
        var score = new NerScore();
        score.Add(Gold, []);
        score.Add([new GoldMention(0, 10, "PER")], [(0, 10, "PER")]);

        Assert.Equal(new NerCounts(4, 1, 1), score.Overall);
        Assert.Equal(0.0, new NerScore().Overall.F1);
        Assert.Equal(0.0, score["ORG"].Precision);
    }

    [Fact]
    public void The_table_has_a_row_per_kind_and_an_overall_row()
    {
        var score = new NerScore();
        score.Add(Gold, [(0, 10, "PER")]);

        var rows = score.FormatTable().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(["kind", "PER", "ORG", "LOC", "ALL"], rows.Select(r => r.Split(' ')[0]));
        Assert.Equal("ALL       3         1       1  1.000  0.333  0.500", rows[4]);
    }
}
