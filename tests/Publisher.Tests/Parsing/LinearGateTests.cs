using System.Text.RegularExpressions;
using Publisher.Parsing.Text;

namespace Publisher.Tests.Parsing;

/// <summary>A gate answers "may match" until it has been asked enough to be worth its automaton, then answers for real.</summary>
public sealed class LinearGateTests
{
    [Fact]
    public void It_says_yes_until_its_threshold_then_no_exactly_where_the_pattern_cannot_match()
    {
        var gate = new LinearGate(@"\s+(?<credit>\p{Lu}\p{L}+ / (?:AP|AFP))$", RegexOptions.CultureInvariant);

        for (var i = 1; i < AdaptiveRegex.CompileAfter; i++)
        {
            Assert.True(gate.MayMatch("A plain line."));
        }

        Assert.False(gate.IsBuilt);
        Assert.False(gate.MayMatch("A plain line."));
        Assert.True(gate.IsBuilt);
        Assert.True(gate.MayMatch("Crowds in the square Jane / AFP"));
        Assert.False(gate.MayMatch("Crowds in the square Jane / AFP, said the caption"));
    }

    [Fact]
    public void A_pattern_the_linear_engine_cannot_run_leaves_a_gate_that_always_says_yes()
    {
        var gate = new LinearGate(@"(\w+) and \1$", RegexOptions.CultureInvariant);

        for (var i = 0; i < AdaptiveRegex.CompileAfter + 10; i++)
        {
            Assert.True(gate.MayMatch("salt and pepper"));
        }

        Assert.False(gate.IsBuilt);
    }
}
