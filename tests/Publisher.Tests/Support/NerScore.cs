using System.Globalization;
using System.Text;

namespace Publisher.Tests.Support;

/// <summary>Mention counts for one kind (or all kinds) and the precision, recall and F1 they give.</summary>
public readonly record struct NerCounts(int Gold, int Predicted, int Correct)
{
    // An empty side scores 0 rather than NaN so a silent extractor shows up as a plain zero in the table.
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Micro-averaged mention-level precision, recall and F1 for PER, ORG and LOC, summed over documents.
/// A prediction is correct only when its start, end and kind all equal a gold mention's: no partial credit.
/// Predictions of any other kind are ignored. Gold MISC spans are not scored and are not known here either,
/// so a PER/ORG/LOC prediction that lands exactly on a MISC span (a nationality, an album title) counts as a
/// false positive: that is what exact scoring against PER/ORG/LOC gold means.
/// </summary>
public sealed class NerScore
{
    private readonly Dictionary<string, NerCounts> counts = ConllDocuments.ScoredKinds.ToDictionary(k => k, _ => new NerCounts());

    public static IReadOnlyList<string> Kinds => ConllDocuments.ScoredKinds;

    public NerCounts this[string kind] => counts[kind];

    public NerCounts Overall => new(counts.Values.Sum(c => c.Gold), counts.Values.Sum(c => c.Predicted), counts.Values.Sum(c => c.Correct));

    /// <summary>Adds one document's gold mentions and predictions (offsets into the same text).</summary>
    public void Add(IEnumerable<GoldMention> gold, IEnumerable<(int Start, int End, string Kind)> predicted)
    {
        // A bag, not a set: each gold mention can be claimed once, so a duplicated prediction is a false positive.
        var unclaimed = new Dictionary<(int, int, string), int>();
        foreach (var mention in gold.Where(m => counts.ContainsKey(m.Kind)))
        {
            var key = (mention.Start, mention.End, mention.Kind);
            unclaimed[key] = unclaimed.GetValueOrDefault(key) + 1;
            counts[mention.Kind] = counts[mention.Kind] with { Gold = counts[mention.Kind].Gold + 1 };
        }

        foreach (var prediction in predicted.Where(p => counts.ContainsKey(p.Kind)))
        {
            var current = counts[prediction.Kind];
            var hit = unclaimed.GetValueOrDefault(prediction) > 0;
            if (hit)
            {
                unclaimed[prediction]--;
            }

            counts[prediction.Kind] = current with { Predicted = current.Predicted + 1, Correct = current.Correct + (hit ? 1 : 0) };
        }
    }

    /// <summary>A fixed-width table: one row per kind, then the overall row.</summary>
    public string FormatTable()
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"kind",-4} {"gold",6} {"predicted",9} {"correct",7} {"P",6} {"R",6} {"F1",6}");
        foreach (var kind in Kinds)
        {
            AppendRow(table, kind, counts[kind]);
        }

        AppendRow(table, "ALL", Overall);
        return table.ToString();
    }

    private static void AppendRow(StringBuilder table, string label, NerCounts c) =>
        table.AppendLine(CultureInfo.InvariantCulture, $"{label,-4} {c.Gold,6} {c.Predicted,9} {c.Correct,7} {c.Precision,6:0.000} {c.Recall,6:0.000} {c.F1,6:0.000}");
}
