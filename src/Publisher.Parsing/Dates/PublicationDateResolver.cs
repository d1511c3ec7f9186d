using Publisher.Parsing.Model;

namespace Publisher.Parsing.Dates;

/// <summary>
/// Decides the publication date: the front matter's, else the dateline's, else a full date stated in a "Published"
/// line or in the lead paragraph. Caption dates are never used: a photo can be years older than the story.
/// </summary>
public static class PublicationDateResolver
{
    public static PublicationDate? Resolve(
        PublicationDate? frontMatter,
        PublicationDate? dateline,
        IEnumerable<(string Text, int Start)> evidenceInOrder,
        Func<int, int, SourceRange> range)
    {
        if (frontMatter is not null)
        {
            return frontMatter;
        }

        if (dateline is not null)
        {
            return dateline;
        }

        foreach (var (text, start) in evidenceInOrder)
        {
            var match = DateText.FindFirst(text);
            if (match is { } found)
            {
                return new PublicationDate(found.Date, DateProvenance.InferredFromText, Evidence(text, found), range(start, start + text.Length));
            }
        }

        return null;
    }

    /// <summary>The sentence around the date, so a writer can see why it was chosen.</summary>
    private static string Evidence(string text, DateMatch match)
    {
        const int Context = 60;
        var from = Math.Max(0, match.Index - Context);
        var to = Math.Min(text.Length, match.Index + match.Length + Context);
        var snippet = text.Substring(from, to - from).Trim();
        return (from > 0 ? "…" : string.Empty) + snippet + (to < text.Length ? "…" : string.Empty);
    }
}
