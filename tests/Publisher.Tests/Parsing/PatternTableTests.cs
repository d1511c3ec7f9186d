using System.Text.RegularExpressions;
using Publisher.Parsing.Cleaning;
using Publisher.Parsing.Text;

namespace Publisher.Tests.Parsing;

/// <summary>
/// Patterns anchored only at the end are tried only when their gate (all of them at once, in the linear engine) finds
/// one in the line; the match a table returns must still be exactly the one its patterns give one by one, in order.
/// </summary>
public sealed class PatternTableTests
{
    private static readonly string[] CaptionLines =
    [
        "Protesters gather outside parliament in Tirana on Tuesday (AP Photo/Francisco Seco)",
        "Protesters gather outside parliament in Tirana on Tuesday. (AP Photo/Francisco Seco).",
        "The minister (left) speaks to reporters   (Photo by: Jane Doe)",
        "Rescue workers search the rubble in the old town Jane Marie Doe / AFP",
        "Rescue workers search the rubble in the old town Marie Doe / Reuters Photo",
        "Rescue workers search the rubble in the old town EPA-EFE/Olivier Hoslet",
        "A crowd waits for the results in the capital Photo: Staff photographer for the paper",
        "Mourners lay flowers at the memorial John Smith for Getty Images",
        "Mourners lay flowers at the memorial John Smith for The New York Times",
        "Delegates arrive for the summit AFP via Getty Images",
        "Delegates arrive for the summit Getty Images",
        "Delegates arrive for the summit (AP Photo/Francisco Seco) and later left",
        "She said the agency, AP / AFP reports, was wrong",
        "A plain paragraph of body text that ends in a full stop.",
        "Photo: the whole line is a credit",
        "(AP Photo/Francisco Seco)",
        "Trailing newline (AP Photo/Francisco Seco)\n",
        "",
    ];

    [Fact]
    public void Caption_credits_match_exactly_as_each_pattern_does_left_to_right()
    {
        var patterns = DataFile.ReadEntries("caption-credits.txt")
            .Select(p => new Regex(p, RegexOptions.CultureInvariant))
            .ToList();
        var matched = 0;
        foreach (var line in CaptionLines)
        {
            var expected = patterns.Select(p => p.Match(line)).FirstOrDefault(m => m.Success);
            var actual = Warmed(CleaningRules.Default.CaptionCredits).FirstMatch(line);

            Assert.Equal(Describe(expected), Describe(actual));
            matched += expected is null ? 0 : 1;
        }

        // The lines reach most patterns: a gate that wrongly turned a line away would show.
        Assert.True(matched >= 12, $"only {matched} lines matched");
    }

    [Theory]
    [InlineData(@"\s+(?<credit>Getty Images)$", 1)]
    [InlineData(@"\s*\((?<credit>[Pp]hoto ?/ ?[^)]{2,80})\)\.?$", 1)]
    [InlineData(@"costs \\$", 1)]
    [InlineData(@"^Getty Images$", 0)]
    [InlineData(@"costs \$", 0)]
    [InlineData(@"\(right\)", 0)]
    [InlineData(@"(\w+) and \1$", 0)]
    [InlineData(@"(?<w>\w+) and \k<w>$", 0)]
    [InlineData(@"(?<=\s)Getty$", 0)]
    [InlineData(@"(?>\w+)$", 0)]
    [InlineData(@"(?(x)x|y)$", 0)]
    public void Only_patterns_anchored_at_the_end_alone_that_the_linear_engine_runs_are_gated(string pattern, int gated)
    {
        Assert.Equal(gated, PatternTable.OfPatterns([pattern], ignoreCase: false).GatedCount);
        Assert.Equal(gated, PatternTable.OfPatterns([pattern, @"\s+Getty$"], ignoreCase: false).GatedCount - 1);
    }

    [Theory]
    [InlineData(@"(\w+) and \1$", "salt and pepper, cats and cats")]
    [InlineData(@"(?<w>\w+) and \k<w>$", "salt and pepper, cats and cats")]
    [InlineData(@"(?<=\s)Getty$", "photo: Getty")]
    public void Patterns_without_a_gate_match_as_written(string pattern, string text)
    {
        var expected = new Regex(pattern, RegexOptions.CultureInvariant).Match(text);

        Assert.True(expected.Success);
        Assert.Equal(Describe(expected), Describe(Warmed(PatternTable.OfPatterns([pattern], ignoreCase: false)).FirstMatch(text)));
    }

    [Fact]
    public void Each_caption_credit_pattern_alone_matches_exactly_as_it_does_left_to_right()
    {
        var patterns = DataFile.ReadEntries("caption-credits.txt");

        Assert.Equal(patterns.Count, CleaningRules.Default.CaptionCredits.GatedCount);
        foreach (var pattern in patterns)
        {
            var gated = Warmed(PatternTable.OfPatterns([pattern], ignoreCase: false));
            var plain = new Regex(pattern, RegexOptions.CultureInvariant);
            foreach (var line in CaptionLines)
            {
                Assert.True(Describe(plain.Match(line)) == Describe(gated.FirstMatch(line)), $"{pattern} on '{line}'");
            }
        }
    }

    /// <summary>A table asked enough questions that its gate answers from its automaton.</summary>
    private static PatternTable Warmed(PatternTable table)
    {
        for (var i = 0; i < AdaptiveRegex.CompileAfter; i++)
        {
            table.FirstMatch("no credit here");
        }

        return table;
    }

    private static string Describe(Match? match) =>
        match is null || !match.Success ? "none" : $"{match.Index}+{match.Length} credit='{match.Groups["credit"].Value}'";
}
