using System.Text.RegularExpressions;
using Publisher.Parsing.Text;

namespace Publisher.Tests.Parsing;

/// <summary>A rule regex runs interpreted at first and compiled once it is busy, with the same matches either way.</summary>
public sealed class AdaptiveRegexTests
{
    [Fact]
    public void It_is_compiled_after_its_threshold_and_matches_the_same_before_and_after()
    {
        var rule = new AdaptiveRegex(@"^(?<place>\p{Lu}{2,})\s*—\s*", RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(5));
        const string Text = "GENEVA — Talks resumed on Tuesday.";

        var first = rule.Regex;
        var before = first.Match(Text);
        for (var i = 1; i < AdaptiveRegex.CompileAfter - 1; i++)
        {
            Assert.Same(first, rule.Regex);
        }

        var compiled = rule.Regex;
        var after = compiled.Match(Text);

        Assert.False(first.Options.HasFlag(RegexOptions.Compiled));
        Assert.True(compiled.Options.HasFlag(RegexOptions.Compiled));
        Assert.Same(compiled, rule.Regex);
        Assert.Equal(first.MatchTimeout, compiled.MatchTimeout);
        Assert.Equal((before.Value, before.Groups["place"].Value), (after.Value, after.Groups["place"].Value));
    }

    [Fact]
    public void Threads_crossing_the_threshold_together_compile_it_once_and_all_see_a_working_regex()
    {
        var rule = new AdaptiveRegex(@"\d+", RegexOptions.CultureInvariant);
        var seen = new System.Collections.Concurrent.ConcurrentBag<Regex>();

        Parallel.For(0, AdaptiveRegex.CompileAfter * 2, i =>
        {
            var regex = rule.Regex;
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), regex.Match($"n{i}.").Value);
            seen.Add(regex);
        });

        Assert.Equal(2, seen.Distinct().Count());
        Assert.True(rule.Regex.Options.HasFlag(RegexOptions.Compiled));
    }
}
