using System.Collections.Immutable;
using Publisher.Parsing.Diagnostics;

namespace Publisher.Parsing.Model;

/// <summary>
/// One article as the parser understood it. Immutable and compared by value (arrays element by element), so the
/// source generator can cache it and the publisher can prove that build-time and run-time parsing agree.
/// </summary>
public sealed record Article(
    string Id,
    string Slug,
    string SourcePath,
    ArticleFormat Format,
    string Title,
    string? Standfirst,
    PublicationDate? Published,
    string? Publisher,
    Dateline? Dateline,
    string? Language,
    ImmutableArray<string> Authors,
    ImmutableArray<string> Tags,
    ImmutableArray<Caption> Captions,
    ImmutableArray<BodyBlock> Body,
    ImmutableArray<string> Attributions,
    ImmutableArray<Quote> Quotes,
    ImmutableArray<EntityMention> Mentions,
    string? MarkdownBody,
    ImmutableArray<ContentDiagnostic> Diagnostics)
{
    public IEnumerable<BodyBlock> Paragraphs => Body.Where(static b => b.Kind == BodyBlockKind.Paragraph);

    public IEnumerable<BodyBlock> Subheadings => Body.Where(static b => b.Kind == BodyBlockKind.Subheading);

    public bool Equals(Article? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id
                && Slug == other.Slug
                && SourcePath == other.SourcePath
                && Format == other.Format
                && Title == other.Title
                && Standfirst == other.Standfirst
                && Equals(Published, other.Published)
                && Publisher == other.Publisher
                && Equals(Dateline, other.Dateline)
                && Language == other.Language
                && SequenceEquality.Equal(Authors, other.Authors)
                && SequenceEquality.Equal(Tags, other.Tags)
                && SequenceEquality.Equal(Captions, other.Captions)
                && SequenceEquality.Equal(Body, other.Body)
                && SequenceEquality.Equal(Attributions, other.Attributions)
                && SequenceEquality.Equal(Quotes, other.Quotes)
                && SequenceEquality.Equal(Mentions, other.Mentions)
                && MarkdownBody == other.MarkdownBody
                && SequenceEquality.Equal(Diagnostics, other.Diagnostics)));

    public override int GetHashCode()
    {
        // Id, slug and title identify an article well enough to spread a hash; Equals does the full comparison.
        unchecked
        {
            var hash = StringComparer.Ordinal.GetHashCode(Id);
            hash = (hash * 397) ^ StringComparer.Ordinal.GetHashCode(Slug);
            hash = (hash * 397) ^ StringComparer.Ordinal.GetHashCode(Title);
            return (hash * 397) ^ Body.Length;
        }
    }
}
