using Publisher.Parsing.Model;

namespace Publisher.Parsing.Structure;

/// <summary>The state the structure stages share while reading one article body.</summary>
public sealed class ArticleDraft(string text, List<Segment> segments, ArticleFormat format)
{
    /// <summary>The whole file text; segment offsets point into it.</summary>
    public string Text { get; } = text;

    public List<Segment> Segments { get; } = segments;

    public ArticleFormat Format { get; } = format;

    /// <summary>A title the front matter gave; the title stage then only drops a repeated headline.</summary>
    public string? GivenTitle { get; set; }

    public string? GivenStandfirst { get; set; }

    public Segment? Title { get; set; }

    public Segment? Standfirst { get; set; }

    public string? DatelinePlace { get; set; }

    public string? DatelineAgency { get; set; }

    public int DatelineStart { get; set; } = -1;

    public int DatelineEnd { get; set; } = -1;

    /// <summary>The date written in the dateline, with the dateline text as evidence.</summary>
    public (DateTime Date, string Evidence, int Start, int End)? DatelineDate { get; set; }

    public IEnumerable<Segment> Open => Segments.Where(static s => s.IsOpen);
}
