using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Parsing.Text;

namespace Publisher.Parsing.Dates;

/// <summary>A full calendar date written in text, and where it stands.</summary>
public readonly record struct DateMatch(DateTime Date, int Index, int Length, string Text);

/// <summary>
/// Finds full dates (day, month and year) written the ways news text writes them: "November 30, 2015",
/// "Jan. 21, 2020", "20 April 2016", "2016-04-20". Partial dates ("April 23", "on Friday") are never completed
/// by guessing a year.
/// </summary>
public static class DateText
{
    private const string MonthNames =
        "January|February|March|April|May|June|July|August|September|October|November|December|"
        + "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

    public const string Pattern =
        @"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?"
        + @"(?:(?<month>" + MonthNames + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d{2})"
        + @"|(?<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month2>" + MonthNames + @")\.?,?\s+(?<year2>(?:19|20)\d{2})"
        + @"|(?<isoYear>(?:19|20)\d{2})-(?<isoMonth>\d{2})-(?<isoDay>\d{2}))(?![\d-])";

    private static readonly AdaptiveRegex FullDate = new(
        @"(?<![\p{L}\d])" + Pattern,
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        RegexLimits.MatchTimeout);

    public static IEnumerable<DateMatch> FindAll(string text)
    {
        MatchCollection matches;
        try
        {
            matches = FullDate.Regex.Matches(text);
            _ = matches.Count;
        }
        catch (RegexMatchTimeoutException)
        {
            yield break;
        }

        foreach (Match match in matches)
        {
            if (TryRead(match, out var date))
            {
                yield return new DateMatch(date, match.Index, match.Length, match.Value);
            }
        }
    }

    public static DateMatch? FindFirst(string text)
    {
        foreach (var match in FindAll(text))
        {
            return match;
        }

        return null;
    }

    /// <summary>Reads a regex match of <see cref="Pattern"/>; false when the date does not exist (30 February).</summary>
    public static bool TryRead(Match match, out DateTime date)
    {
        date = default;
        int year, month, day;
        if (match.Groups["isoYear"].Success)
        {
            year = int.Parse(match.Groups["isoYear"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(match.Groups["isoMonth"].Value, CultureInfo.InvariantCulture);
            day = int.Parse(match.Groups["isoDay"].Value, CultureInfo.InvariantCulture);
        }
        else if (match.Groups["month"].Success)
        {
            year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            month = MonthNumber(match.Groups["month"].Value);
            day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        }
        else if (match.Groups["month2"].Success)
        {
            year = int.Parse(match.Groups["year2"].Value, CultureInfo.InvariantCulture);
            month = MonthNumber(match.Groups["month2"].Value);
            day = int.Parse(match.Groups["day2"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            return false;
        }

        return TryMake(year, month, day, out date);
    }

    public static bool TryMake(int year, int month, int day, out DateTime date)
    {
        date = default;
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }

    private static int MonthNumber(string name)
    {
        var key = name.Substring(0, 3).ToLowerInvariant();
        return key switch
        {
            "jan" => 1,
            "feb" => 2,
            "mar" => 3,
            "apr" => 4,
            "may" => 5,
            "jun" => 6,
            "jul" => 7,
            "aug" => 8,
            "sep" => 9,
            "oct" => 10,
            "nov" => 11,
            _ => 12,
        };
    }
}
