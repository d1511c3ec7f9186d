using System.Reflection;
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

    // Either one alternation of all entries (whole-line tables) or the entries one by one, never both: compiling a
    // regex costs time in every compiler process that loads the generator.
    private readonly AdaptiveRegex? _combined;
    private readonly IReadOnlyList<AdaptiveRegex> _patterns;

    private PatternTable(IReadOnlyList<AdaptiveRegex> patterns, AdaptiveRegex? combined)
    {
        _patterns = patterns;
        _combined = combined;
    }

    /// <summary>
    /// Every pattern must match the whole line. They are joined into one alternation, tried in file order, so a line
    /// is tested in one pass; the first pattern that matches wins, as if tried one by one.
    /// </summary>
    public static PatternTable WholeLine(string resource, bool ignoreCase = true) =>
        Build(resource, ignoreCase, combine: true);

    /// <summary>Patterns are used as written (they carry their own anchors) and tried one by one.</summary>
    public static PatternTable AsWritten(string resource, bool ignoreCase) => Build(resource, ignoreCase, combine: false);

    public Match? FirstMatch(string text)
    {
        if (_combined is not null)
        {
            return SafeMatch(_combined.Regex, text);
        }

        foreach (var pattern in _patterns)
        {
            var match = SafeMatch(pattern.Regex, text);
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
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        var entries = DataFile.ReadEntries(resource);
        if (combine)
        {
            var alternation = "^(?:" + string.Join("|", entries.Select(e => "(?:" + e + ")")) + ")$";
            return new PatternTable([], new AdaptiveRegex(alternation, options, MatchTimeout));
        }

        return new PatternTable(entries.Select(line => new AdaptiveRegex(line, options, MatchTimeout)).ToList(), null);
    }
}
