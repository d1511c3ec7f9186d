namespace Publisher.Generator.Model;

/// <summary>
/// One article file as the compiler read it: the full path for diagnostics, the path relative to the content root
/// for the record, and the text. Equatable, so unchanged files stay cached.
/// </summary>
public sealed record ArticleInput(string Path, string RelativePath, string Text, bool DecodedAsUtf8, int MaxArticleBytes);
