using System.Text.RegularExpressions;
using Publisher.Parsing.Cleaning;
using Publisher.Parsing.Dates;
using Publisher.Parsing.Text;

namespace Publisher.Parsing.Structure;

/// <summary>
/// Finds the dateline: a line of its own ("Brussels / AFP") or the opening of the lead ("BRUSSELS --",
/// "BRUSSELS, April 23, 2013 (Reuters) -", "Brussels (AFP) -"). The place is kept; the lead loses the prefix.
/// </summary>
public sealed class DatelineStage : IStructureStage
{
    private const int LeadCandidates = 3;
    private const string Dash = @"(?:--|—|–|-)";

    private readonly AdaptiveRegex _standalone;
    private readonly AdaptiveRegex _capitalsPrefix;
    private readonly AdaptiveRegex _agencyPrefix;

    public DatelineStage(CleaningRules rules)
    {
        var agencies = rules.AgencyAlternation;
        const string Options = @"(?:,\s*(?<date>" + DateText.Pattern + @"))?\s*(?:\((?<agency>[^()]{2,40})\))?";
        _standalone = new AdaptiveRegex(
            @"^(?<place>\p{Lu}[\p{L}.'’ \-]{1,40}?)\s*(?:/|\||,|—|–|-)\s*(?<agency>" + agencies + @")\.?$",
            RegexOptions.CultureInvariant);

        // All-capital place names are what wire datelines use; mixed case needs the agency in brackets.
        _capitalsPrefix = new AdaptiveRegex(
            @"^(?<place>\p{Lu}{2}[\p{Lu}.'’ \-]{0,40}?)(?:,\s*(?<region>\p{Lu}[\p{L}.' ]{1,30}?))?" + Options + @"\s*" + Dash + @"\s+(?=\S)",
            RegexOptions.CultureInvariant);
        _agencyPrefix = new AdaptiveRegex(
            @"^(?<place>\p{Lu}[\p{L}.'’ \-]{1,40}?)(?:,\s*(?<date>" + DateText.Pattern + @"))?\s*\((?<agency>" + agencies + @")\)\s*" + Dash + @"?\s+(?=\S)",
            RegexOptions.CultureInvariant);
    }

    public void Run(ArticleDraft draft)
    {
        var candidates = draft.Segments
            .SkipWhile(s => draft.Title is not null && s != draft.Title)
            .Where(s => s.IsOpen)
            .Take(LeadCandidates);
        foreach (var segment in candidates)
        {
            var standalone = _standalone.Regex.Match(segment.Text);
            if (standalone.Success && Punctuation.CountWords(standalone.Groups["place"].Value) <= 4)
            {
                segment.Role = SegmentRole.Dateline;
                Record(draft, standalone, segment.Start, segment.End);
                return;
            }

            var prefix = MatchPrefix(segment.Text);
            if (prefix is not null)
            {
                var cut = SkipInOriginal(draft.Text, segment.Start, segment.End, prefix.Length);
                Record(draft, prefix, segment.Start, cut);
                segment.Start = cut;
                segment.Text = TextCleaner.Clean(draft.Text, cut, segment.End);
                return;
            }
        }
    }

    private Match? MatchPrefix(string text)
    {
        foreach (var regex in new[] { _capitalsPrefix, _agencyPrefix })
        {
            var match = regex.Regex.Match(text);
            if (match.Success && Punctuation.CountWords(match.Groups["place"].Value) <= 4 && match.Length < text.Length)
            {
                return match;
            }
        }

        return null;
    }

    private static void Record(ArticleDraft draft, Match match, int start, int end)
    {
        draft.DatelinePlace = PlaceName(match.Groups["place"].Value);
        draft.DatelineAgency = match.Groups["agency"].Success ? match.Groups["agency"].Value.Trim() : null;
        draft.DatelineStart = start;
        draft.DatelineEnd = end;
        var date = match.Groups["date"];
        if (date.Success)
        {
            var found = DateText.FindFirst(date.Value);
            if (found is { } d)
            {
                draft.DatelineDate = (d.Date, match.Value.Trim(), start, end);
            }
        }
    }

    /// <summary>"BRUSSELS" reads as "Brussels"; names already in mixed case stay as written.</summary>
    private static string PlaceName(string raw)
    {
        var place = raw.Trim().TrimEnd(',', '.');
        if (place.Any(char.IsLower))
        {
            return place;
        }

        var chars = place.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] == ' ' || chars[i - 1] == '-' || chars[i - 1] == '.')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// Maps a length in the cleaned text back to an offset in the original, where runs of spaces may be longer.
    /// </summary>
    private static int SkipInOriginal(string text, int start, int end, int cleanedLength)
    {
        var cleaned = 0;
        var i = start;
        var inSpace = false;
        while (i < end && cleaned < cleanedLength)
        {
            var isSpace = TextCleaner.IsSpace(text[i]) || text[i] == '\n' || text[i] == '\r';
            if (!isSpace || !inSpace)
            {
                cleaned++;
            }

            inSpace = isSpace;
            i++;
        }

        while (i < end && (TextCleaner.IsSpace(text[i]) || text[i] == '\n' || text[i] == '\r'))
        {
            i++;
        }

        return i;
    }
}
