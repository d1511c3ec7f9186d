namespace Publisher.Parsing.Yaml;

/// <summary>
/// Either a root node or an error, never both. Both are null for a document that is empty or holds only comments.
/// </summary>
public sealed record YamlReadResult(YamlNode? Root, YamlError? Error);
