using System.Collections.Immutable;
using Publisher.Parsing.Catalog;
using Publisher.Parsing.Cleaning;
using Publisher.Parsing.Dates;
using Publisher.Parsing.Diagnostics;
using Publisher.Parsing.Entities;
using Publisher.Parsing.FrontMatter;
using Publisher.Parsing.Model;
using Publisher.Parsing.Structure;
using Publisher.Parsing.Text;

namespace Publisher.Parsing;

/// <summary>Turns the structure stages' verdicts and the front matter into the immutable <see cref="Article"/>.</summary>
internal sealed class ArticleAssembler(
    string path,
    string text,
    LineMap lines,
    ArticleFormat format,
    FrontMatterValues values,
    ArticleDraft draft,
    List<ContentDiagnostic> diagnostics,
    EntityRegistry registry)
{
    /// <summary>Longer than any real headline: the longest in the seed and wire archives is under 200 characters.</summary>
    public const int MaxTitleLength = 300;

    public Article Assemble(FrontMatterBlock block)
    {
        var id = ArticleParser.IdOf(path);
        var body = Body();
        var title = Title(id, block);
        var published = Published(body);
        if (body.IsEmpty)
        {
            diagnostics.Add(DiagnosticCatalog.NoBody.Create(path, lines.At(block.BodyFirstLine, 1)));
        }

        var captions = Captions();
        var mentions = EntityExtractor.Extract(text, TextRanges(captions, body), registry);

        return new Article(
            Id: id,
            Slug: Slug(id, title),
            SourcePath: path,
            Format: format,
            Title: title,
            Standfirst: values.Standfirst ?? draft.Standfirst?.Text,
            Published: published,
            Publisher: values.Publisher ?? draft.DatelineAgency ?? TrailerAgency(),
            Dateline: Dateline(),
            Language: values.Language,
            Authors: values.Authors,
            Tags: values.Tags,
            Captions: captions,
            Body: body,
            Attributions: Segments(SegmentRole.Trailer).Select(s => s.Text).Distinct(StringComparer.Ordinal).ToImmutableArray(),
            Quotes: QuoteFinder.Find(text, body, mentions, lines),
            Mentions: mentions,
            MarkdownBody: format == ArticleFormat.Markdown ? MarkdownBody(block) : null,
            Diagnostics: diagnostics.ToImmutableArray());
    }

    private IEnumerable<Segment> Segments(SegmentRole role) => draft.Segments.Where(s => s.Role == role);

    /// <summary>A caption without its credit: the photographer and agency of a photo are not what the story is about.</summary>
    private TextRange CaptionRange(Caption caption)
    {
        var range = new TextRange(caption.Source.Start, caption.Source.End);
        if (caption.Credit is not { Length: > 0 } credit)
        {
            return range;
        }

        var at = text.IndexOf(credit, range.Start, range.End - range.Start, StringComparison.Ordinal);
        if (at < 0)
        {
            return range;
        }

        // The credit closes the caption ("… (AP Photo/Francisco Seco)") or opens it ("Reuters: …").
        return at - range.Start > range.End - (at + credit.Length)
            ? new TextRange(range.Start, at)
            : new TextRange(at + credit.Length, range.End);
    }

    /// <summary>Where entities are looked for, in reading order: headline, standfirst, captions, body.</summary>
    private List<TextRange> TextRanges(ImmutableArray<Caption> captions, ImmutableArray<BodyBlock> body)
    {
        var ranges = new List<TextRange>();
        if (draft.Title is { } title)
        {
            ranges.Add(new TextRange(title.Start, title.End));
        }

        if (draft.Standfirst is { } standfirst)
        {
            ranges.Add(new TextRange(standfirst.Start, standfirst.End));
        }

        ranges.AddRange(captions.Select(CaptionRange));
        ranges.AddRange(body.Select(static b => new TextRange(b.Source.Start, b.Source.End)));
        return ranges.OrderBy(static r => r.Start).Distinct().ToList();
    }

    private string Title(string id, FrontMatterBlock block)
    {
        // An empty heading ("#" alone) is no title: the article would be listed as a blank link.
        var title = values.Title ?? draft.Title?.Text;
        if (title is not null && !string.IsNullOrWhiteSpace(title))
        {
            if (title.Length > MaxTitleLength)
            {
                // Kept as written: only its author can tell a real (if long) headline from a paragraph scraped into it.
                var at = values.Title is not null ? values.TitleSource : lines.Range(draft.Title!.Start, draft.Title.Start);
                diagnostics.Add(DiagnosticCatalog.LongTitle.Create(path, at, title.Length, MaxTitleLength));
            }

            return title;
        }

        diagnostics.Add(DiagnosticCatalog.NoTitle.Create(path, lines.At(block.BodyFirstLine, 1), id));
        return id;
    }

    private ImmutableArray<BodyBlock> Body() =>
        draft.Segments
            .Where(s => s.Role is SegmentRole.Paragraph or SegmentRole.Subheading && (s.Text.Length > 0 || s.Html is not null))
            .Select(s => new BodyBlock(
                s.Html is not null ? BodyBlockKind.Html : s.Role == SegmentRole.Subheading ? BodyBlockKind.Subheading : BodyBlockKind.Paragraph,
                s.Role == SegmentRole.Subheading ? Punctuation.Unquote(s.Text) : s.Text,
                lines.Range(s.Start, s.End))
            {
                Html = s.Html,
            })
            .ToImmutableArray();

    private ImmutableArray<Caption> Captions()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return Segments(SegmentRole.Caption)
            .Where(s => s.Text.Length > 0 && seen.Add(s.Text))
            .Select(s => new Caption(s.Text, s.Credit, lines.Range(s.Start, s.End)))
            .ToImmutableArray();
    }

    private Dateline? Dateline()
    {
        if (values.Dateline is not null)
        {
            return new Dateline(values.Dateline, draft.DatelineAgency, SourceRange.None);
        }

        return draft.DatelinePlace is null
            ? null
            : new Dateline(draft.DatelinePlace, draft.DatelineAgency, lines.Range(draft.DatelineStart, draft.DatelineEnd));
    }

    /// <summary>"TRTWorld and agencies" names the outlet that published the story.</summary>
    private string? TrailerAgency()
    {
        foreach (var trailer in Segments(SegmentRole.Trailer))
        {
            var match = CleaningRules.Default.Trailers.FirstMatch(trailer.Text);
            var agency = match?.Groups["agency"];
            if (agency is { Success: true } && agency.Value.Trim().Length > 0)
            {
                return agency.Value.Trim();
            }
        }

        return null;
    }

    private PublicationDate? Published(ImmutableArray<BodyBlock> body)
    {
        var fromDateline = draft.DatelineDate is { } d
            ? new PublicationDate(d.Date, DateProvenance.Dateline, d.Evidence, lines.Range(d.Start, d.End))
            : null;

        // Evidence in order of trust: the page's own "Published" line, then the lead paragraph. Captions never.
        var evidence = Segments(SegmentRole.PublishedLine).Select(s => (s.Text, s.Start))
            .Concat(body.Where(b => b.Kind == BodyBlockKind.Paragraph).Take(1).Select(b => (b.Text, b.Source.Start)));
        var published = PublicationDateResolver.Resolve(values.Date, fromDateline, evidence, lines.Range);
        // An invalid front-matter date already has its own error; a second "no date" warning would only repeat it.
        if (published is null && !values.DateInvalid)
        {
            diagnostics.Add(DiagnosticCatalog.NoPublicationDate.Create(path, lines.At(1, 1)));
        }
        else if (published is { Provenance: DateProvenance.InferredFromText })
        {
            diagnostics.Add(DiagnosticCatalog.DateInferred.Create(path, published.Source, published.IsoDate, published.Evidence));
        }

        return published;
    }

    private string Slug(string id, string title)
    {
        var fallback = Slugs.Slugify(title);
        if (fallback.Length == 0)
        {
            fallback = Slugs.Slugify(id);
        }

        if (fallback.Length == 0)
        {
            fallback = "article-" + StableHash.Hex(path);
        }

        if (values.Slug is null)
        {
            return fallback;
        }

        var problem = Slugs.Unsafe(values.Slug);
        if (problem is null)
        {
            return Slugs.Slugify(values.Slug);
        }

        diagnostics.Add(DiagnosticCatalog.UnsafeSlug.Create(path, values.SlugSource, values.Slug, problem, fallback));
        return fallback;
    }

    /// <summary>The Markdown to render: the body without a heading that became the title.</summary>
    private string MarkdownBody(FrontMatterBlock block)
    {
        var bodyText = text.Substring(block.BodyStart);
        if (draft.Title is null || values.Title is not null && draft.Title.HeadingLevel == 0)
        {
            return bodyText;
        }

        var start = draft.Title.Start - block.BodyStart;
        var end = draft.Title.End - block.BodyStart;
        return start < 0 || end > bodyText.Length ? bodyText : bodyText.Remove(start, end - start).TrimStart('\r', '\n');
    }
}
