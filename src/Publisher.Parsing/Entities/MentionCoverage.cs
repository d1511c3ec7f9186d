using Publisher.Parsing.Model;

namespace Publisher.Parsing.Entities;

/// <summary>
/// Answers "does any of these mentions overlap this span?" in logarithmic time: mentions sorted by start, with the
/// furthest end reached so far, so a long document is not scanned once per question.
/// </summary>
internal sealed class MentionCoverage
{
    private readonly int[] starts;
    private readonly int[] furthestEnds;

    public MentionCoverage(IReadOnlyList<EntityMention> mentions)
    {
        var sorted = mentions.Select(static m => (m.Source.Start, m.Source.End)).OrderBy(static m => m.Start).ToArray();
        starts = new int[sorted.Length];
        furthestEnds = new int[sorted.Length];
        var furthest = int.MinValue;
        for (var i = 0; i < sorted.Length; i++)
        {
            starts[i] = sorted[i].Start;
            furthest = Math.Max(furthest, sorted[i].End);
            furthestEnds[i] = furthest;
        }
    }

    /// <summary>Whether a mention starts before <paramref name="end"/> and ends after <paramref name="start"/>.</summary>
    public bool Overlaps(int start, int end)
    {
        // The mentions starting before the span's end are a prefix of the sorted list; one of them overlaps when the
        // furthest end among them lies past the span's start.
        var before = LowerBound(end);
        return before > 0 && furthestEnds[before - 1] > start;
    }

    /// <summary>How many starts are below <paramref name="value"/>.</summary>
    private int LowerBound(int value)
    {
        int low = 0, high = starts.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (starts[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
