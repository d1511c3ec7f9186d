namespace Publisher.Parsing.Yaml;

/// <summary>Why a document could not be read, at a 1-based line and column of the whole file.</summary>
public sealed record YamlError(string Message, int Line, int Column);
