using System.Collections.Immutable;
using Publisher.Parsing.Diagnostics;
using Publisher.Parsing.Model;

namespace Publisher.Parsing;

/// <summary>The article read from one file (null when nothing could be read) and every problem found.</summary>
public sealed record ArticleParseResult(Article? Article, ImmutableArray<ContentDiagnostic> Diagnostics)
{
    public bool Equals(ArticleParseResult? other) =>
        other is not null && Equals(Article, other.Article) && SequenceEquality.Equal(Diagnostics, other.Diagnostics);

    public override int GetHashCode() => Article?.GetHashCode() ?? Diagnostics.Length;
}
