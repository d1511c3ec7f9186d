using System.Collections.Immutable;

namespace Publisher.Corpus;

/// <summary>One generated article: its file name and full text, plus the truth about it.</summary>
/// <param name="FileName">File name, <c>NNNNNN-slug-of-title.txt</c>.</param>
/// <param name="Text">The whole file (front matter, if any, and body), UTF-8 text with LF line ends.</param>
/// <param name="Title">The headline (first line of the body), unique per article.</param>
/// <param name="Date">Publication date (in the front matter when there is one, and in the photo caption when there is one).</param>
/// <param name="Publisher">The publisher named in the front matter (chosen even when the front matter is left out).</param>
/// <param name="People">People named in the article, ordinal order, distinct.</param>
/// <param name="Organizations">Organizations named in the article prose (not agencies in credits), ordinal order, distinct.</param>
/// <param name="Places">Countries and cities named in the article, ordinal order, distinct.</param>
public sealed record CorpusArticle(
    string FileName,
    string Text,
    string Title,
    DateOnly Date,
    string Publisher,
    ImmutableArray<string> People,
    ImmutableArray<string> Organizations,
    ImmutableArray<string> Places);
