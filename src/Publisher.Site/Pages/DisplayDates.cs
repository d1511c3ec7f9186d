using System.Globalization;

namespace Publisher.Site.Pages;

/// <summary>Dates as pages print them, the same on every machine whatever its culture.</summary>
public static class DisplayDates
{
    public static string Day(DateTime date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => new DateTime(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public static string MonthShort(int year, int month) => new DateTime(year, month, 1).ToString("MMM yyyy", CultureInfo.InvariantCulture);
}
