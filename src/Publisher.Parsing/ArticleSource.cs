namespace Publisher.Parsing;

/// <summary>
/// An article file as text. <see cref="InvalidUtf8Offset"/> is the byte offset of the first byte that was not valid
/// UTF-8 when the text was decoded (null when it was valid), so the parser can say so.
/// </summary>
public sealed record ArticleSource(string Path, string Text, long? InvalidUtf8Offset = null, int? ByteLength = null);
