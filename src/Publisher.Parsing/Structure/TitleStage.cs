using Publisher.Parsing.Text;

namespace Publisher.Parsing.Structure;

/// <summary>
/// The headline is the first real line of the page: not furniture, not a credit or caption, short enough to be a
/// headline. Short labels before it ("World", "Middle East") are navigation and are dropped with the furniture.
/// </summary>
public sealed class TitleStage : IStructureStage
{
    private const int MaxTitleLength = 300;
    private const int MinTitleWords = 3;
    private const int LookAhead = 6;

    public void Run(ArticleDraft draft)
    {
        var open = draft.Open.Take(LookAhead).ToList();
        if (open.Count == 0)
        {
            return;
        }

        if (draft.GivenTitle is not null)
        {
            // The front matter names the title; a repeated headline line in the text is not body, also when short
            // lines come before it (a label, a credit line such as "Brussels / AFP"), as they may before a headline
            // found in the text. The first line long enough to be a headline or body ends the search.
            foreach (var segment in open)
            {
                if (Same(segment.Text, draft.GivenTitle))
                {
                    segment.Role = SegmentRole.Title;
                    draft.Title = segment;
                    break;
                }

                if (IsHeadlineShaped(segment))
                {
                    break;
                }
            }

            return;
        }

        // A Markdown article's title is its first level-one heading when the front matter gives none.
        var headline = draft.Format == Model.ArticleFormat.Markdown
            ? open.FirstOrDefault(s => s.HeadingLevel == 1)
            : open.FirstOrDefault(IsHeadlineShaped);
        headline ??= draft.Format == Model.ArticleFormat.Markdown
            ? null
            : open.FirstOrDefault(s => s.Text.Length <= MaxTitleLength && Punctuation.CountWords(s.Text) > 0);
        if (headline is null)
        {
            return;
        }

        foreach (var label in open.TakeWhile(s => s != headline && draft.Format == Model.ArticleFormat.Text))
        {
            label.Role = SegmentRole.Furniture;
        }

        headline.Role = SegmentRole.Title;
        draft.Title = headline;
    }

    private static bool IsHeadlineShaped(Segment segment) =>
        segment.Text.Length <= MaxTitleLength && Punctuation.CountWords(segment.Text) >= MinTitleWords;

    private static bool Same(string left, string right) =>
        string.Equals(TextCleaner.Clean(left), TextCleaner.Clean(right), StringComparison.OrdinalIgnoreCase);
}
