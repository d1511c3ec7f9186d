using System.Collections.Immutable;
using Publisher.Parsing.Model;

namespace Publisher.Parsing.FrontMatter;

/// <summary>The facts an author wrote in the front matter, already checked and typed.</summary>
public sealed record FrontMatterValues(
    string? Title,
    SourceRange TitleSource,
    PublicationDate? Date,
    string? Publisher,
    string? Slug,
    SourceRange SlugSource,
    string? Standfirst,
    string? Dateline,
    string? Language,
    ImmutableArray<string> Authors,
    ImmutableArray<string> Tags,
    bool DateInvalid)
{
    public static readonly FrontMatterValues Empty = new(
        null, default, null, null, null, default, null, null, null, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, false);
}
