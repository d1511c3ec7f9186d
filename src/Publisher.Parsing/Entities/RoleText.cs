using System.Globalization;
using System.Text.RegularExpressions;

namespace Publisher.Parsing.Entities;

/// <summary>
/// Splits a role written as one line ("NATO Secretary General 2014–2024", "Foreign Minister (2004–)") into its
/// title and years. Only a trailing range counts: "Class of 2012" is all title.
/// </summary>
internal static class RoleText
{
    private static readonly Regex TrailingRange = new(
        @"^(?<title>.+?)[\s,]+\(?(?<from>[0-9]{4})\s*(?:[-‐‑‒–—]|to\b)\s*(?<to>[0-9]{4}|present|now)?\)?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static (string Title, int? From, int? To) Split(string text)
    {
        var match = TrailingRange.Match(text);
        if (!match.Success)
        {
            return (text, null, null);
        }

        var to = match.Groups["to"];
        return (
            match.Groups["title"].Value.Trim(),
            Year(match.Groups["from"].Value),
            to.Success && char.IsDigit(to.Value[0]) ? Year(to.Value) : null);
    }

    private static int Year(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
