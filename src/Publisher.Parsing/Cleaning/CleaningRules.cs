using System.Text.RegularExpressions;

namespace Publisher.Parsing.Cleaning;

/// <summary>The data-driven rule tables, loaded once per process from the embedded files in <c>Data/</c>.</summary>
public sealed class CleaningRules
{
    private static readonly Lazy<CleaningRules> LazyDefault = new(() => new CleaningRules(), isThreadSafe: true);

    private CleaningRules()
    {
        Furniture = PatternTable.WholeLine("furniture.txt");
        EndMarkers = PatternTable.WholeLine("end-markers.txt");
        Trailers = PatternTable.WholeLine("trailers.txt");
        CreditLines = PatternTable.WholeLine("credit-lines.txt");
        PublishedLines = PatternTable.WholeLine("published-lines.txt");
        CaptionCredits = PatternTable.AsWritten("caption-credits.txt", ignoreCase: false);
        CaptionMarkers = PatternTable.AsWritten("caption-markers.txt", ignoreCase: false);
        OutletDescriptions = PatternTable.AsWritten("outlet-descriptions.txt", ignoreCase: true);
        PhotoVerbs = new HashSet<string>(DataFile.ReadEntries("photo-verbs.txt"), StringComparer.OrdinalIgnoreCase);
        Agencies = DataFile.ReadEntries("agencies.txt");
        AgencyAlternation = string.Join("|", Agencies.OrderByDescending(a => a.Length).Select(Regex.Escape));
    }

    public static CleaningRules Default => LazyDefault.Value;

    public PatternTable Furniture { get; }

    public PatternTable EndMarkers { get; }

    public PatternTable Trailers { get; }

    public PatternTable CreditLines { get; }

    public PatternTable PublishedLines { get; }

    public PatternTable CaptionCredits { get; }

    public PatternTable CaptionMarkers { get; }

    public PatternTable OutletDescriptions { get; }

    public IReadOnlyCollection<string> PhotoVerbs { get; }

    public IReadOnlyList<string> Agencies { get; }

    /// <summary>The agencies as one regular-expression alternation, longest first.</summary>
    public string AgencyAlternation { get; }
}
