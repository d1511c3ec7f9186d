using System.Text.RegularExpressions;
using Publisher.Parsing.Text;

namespace Publisher.Parsing.Cleaning;

/// <summary>
/// A list of regular expressions read from one of the embedded data files in <c>Data/</c>, so the rules that decide
/// what is furniture, a credit or a trailer can grow without touching code.
/// </summary>
public sealed class PatternTable
{
    private static readonly TimeSpan MatchTimeout = RegexLimits.MatchTimeout;

    // What the non-backtracking engine cannot run: back-references, look-arounds, atomic groups, conditionals.
    private static readonly Regex BacktrackingOnly = new(@"\\[1-9]|\\k|\(\?(?:=|!|<=|<!|>|\()", RegexOptions.CultureInvariant);

    // Either one alternation of all entries (whole-line tables) or the entries one by one, never both: compiling a
    // regex costs time in every compiler process that loads the generator.
    private readonly AdaptiveRegex? _combined;
    private readonly IReadOnlyList<TableEntry> _patterns;
    private readonly LinearGate? _gate;

    private PatternTable(IReadOnlyList<TableEntry> patterns, AdaptiveRegex? combined, LinearGate? gate)
    {
        _patterns = patterns;
        _combined = combined;
        _gate = gate;
    }

    /// <summary>
    /// Every pattern must match the whole line. They are joined into one alternation, tried in file order, so a line
    /// is tested in one pass; the first pattern that matches wins, as if tried one by one.
    /// </summary>
    public static PatternTable WholeLine(string resource, bool ignoreCase = true) =>
        Build(resource, ignoreCase, combine: true);

    /// <summary>Patterns are used as written (they carry their own anchors) and tried one by one.</summary>
    public static PatternTable AsWritten(string resource, bool ignoreCase) => Build(resource, ignoreCase, combine: false);

    /// <summary>
    /// A table of the given patterns, used as written and tried one by one in order (as <see cref="AsWritten"/>).
    /// </summary>
    /// <remarks>
    /// A pattern anchored only at the end ("… (AP Photo/…)$") is tried, left to right, at every space of a line and
    /// fails at the end each time, for nearly every line of every article. So those patterns share a gate: their
    /// alternation in the non-backtracking engine (<see cref="LinearGate"/>), which answers in one linear pass
    /// whether any of them matches anywhere in the line. Only when it says yes are they tried one by one, which gives
    /// the very match (start, groups, first pattern in file order) they always did. Patterns the engine cannot run
    /// (back-references, look-arounds, atomic groups, conditionals) are tried as before, and so are the rest: a
    /// pattern anchored at the start fails at once, and for unanchored ones, whose bounded repeats ({2,80}) slow
    /// that engine down, the backtracking engine's literal search is faster.
    /// </remarks>
    public static PatternTable OfPatterns(IEnumerable<string> patterns, bool ignoreCase)
    {
        var options = OptionsFor(ignoreCase);
        var entries = patterns.Select(p => new AdaptiveRegex(p, options, MatchTimeout)).ToList();
        var gateable = entries.Select(static e => IsAnchoredAtEndOnly(e.Pattern) && !BacktrackingOnly.IsMatch(e.Pattern)).ToArray();
        var gated = entries.Where((_, i) => gateable[i]).Select(static e => "(?:" + e.Pattern + ")").ToList();
        var gate = gated.Count == 0 ? null : new LinearGate(string.Join("|", gated), options);
        return new PatternTable(entries.Select((e, i) => new TableEntry(e, gateable[i])).ToList(), null, gate);
    }

    /// <summary>How many patterns are tried only when the gate finds one of them in the line (see <see cref="OfPatterns"/>).</summary>
    public int GatedCount => _patterns.Count(static p => p.Gated);

    public Match? FirstMatch(string text)
    {
        if (_combined is not null)
        {
            return SafeMatch(_combined.Regex, text);
        }

        bool? gateOpen = null;
        foreach (var pattern in _patterns)
        {
            if (pattern.Gated && !(gateOpen ??= _gate!.MayMatch(text)))
            {
                continue;
            }

            var match = SafeMatch(pattern.Pattern.Regex, text);
            if (match is not null)
            {
                return match;
            }
        }

        return null;
    }

    public bool IsMatch(string text) => FirstMatch(text) is not null;

    private static Match? SafeMatch(Regex pattern, string text)
    {
        try
        {
            var match = pattern.Match(text);
            return match.Success ? match : null;
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological line is treated as no match rather than stalling the build.
            return null;
        }
    }

    private static PatternTable Build(string resource, bool ignoreCase, bool combine)
    {
        var entries = DataFile.ReadEntries(resource);
        if (combine)
        {
            var alternation = "^(?:" + string.Join("|", entries.Select(e => "(?:" + e + ")")) + ")$";
            return new PatternTable([], new AdaptiveRegex(alternation, OptionsFor(ignoreCase), MatchTimeout), null);
        }

        return OfPatterns(entries, ignoreCase);
    }

    private static RegexOptions OptionsFor(bool ignoreCase) =>
        RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);

    private static bool IsAnchoredAtEndOnly(string pattern)
    {
        if (pattern.StartsWith("^", StringComparison.Ordinal) || !pattern.EndsWith("$", StringComparison.Ordinal))
        {
            return false;
        }

        // "\$" is a literal dollar sign when an odd number of backslashes precedes it.
        var backslashes = 0;
        for (var i = pattern.Length - 2; i >= 0 && pattern[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 0;
    }

    /// <summary>One pattern of a table; <paramref name="Gated"/> when it is tried only after the gate says yes.</summary>
    private sealed record TableEntry(AdaptiveRegex Pattern, bool Gated);
}
