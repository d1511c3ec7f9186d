using Publisher.Parsing.Text;

namespace Publisher.Parsing.Structure;

/// <summary>
/// The standfirst is the summary line between the headline and the story. It is the first text after the title when
/// it reads as a summary: no closing full stop, or a sentence or two set apart from the body by a photo, a credit or
/// furniture. A lead that opens with a dateline is never a standfirst.
/// </summary>
public sealed class StandfirstStage : IStructureStage
{
    private const int MinWords = 5;
    private const int MaxLength = 400;
    private const int MaxSentences = 2;

    public void Run(ArticleDraft draft)
    {
        if (draft.GivenStandfirst is not null || draft.Title is null)
        {
            DropRepeatedStandfirst(draft);
            return;
        }

        var afterTitle = draft.Segments.SkipWhile(s => s != draft.Title).Skip(1).ToList();
        var candidateIndex = afterTitle.FindIndex(s => s.IsOpen);
        if (candidateIndex < 0)
        {
            return;
        }

        var candidate = afterTitle[candidateIndex];
        if (draft.DatelineStart >= 0 && draft.DatelineStart <= candidate.Start)
        {
            return;
        }

        var hasBodyAfter = afterTitle.Skip(candidateIndex + 1).Any(s => s.IsOpen);
        var words = Punctuation.CountWords(candidate.Text);
        if (!hasBodyAfter || words < MinWords || candidate.Text.Length > MaxLength)
        {
            return;
        }

        var last = candidate.Text[candidate.Text.Length - 1];
        var unpunctuated = !Punctuation.IsSentenceEnd(last);
        var next = afterTitle.Skip(candidateIndex + 1).FirstOrDefault();
        var setApart = next is not null && !next.IsOpen && next.Role != SegmentRole.Dateline
            && CountSentences(candidate.Text) <= MaxSentences;
        if (unpunctuated || setApart)
        {
            candidate.Role = SegmentRole.Standfirst;
            draft.Standfirst = candidate;
        }
    }

    private static void DropRepeatedStandfirst(ArticleDraft draft)
    {
        if (draft.GivenStandfirst is null)
        {
            return;
        }

        var first = draft.Segments.SkipWhile(s => draft.Title is not null && s != draft.Title).FirstOrDefault(s => s.IsOpen);
        if (first is not null && string.Equals(first.Text, TextCleaner.Clean(draft.GivenStandfirst), StringComparison.OrdinalIgnoreCase))
        {
            first.Role = SegmentRole.Standfirst;
            draft.Standfirst = first;
        }
    }

    private static int CountSentences(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (Punctuation.IsTerminal(text[i]) && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                count++;
            }
        }

        return Math.Max(1, count);
    }
}
