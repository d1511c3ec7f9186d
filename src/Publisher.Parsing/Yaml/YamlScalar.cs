namespace Publisher.Parsing.Yaml;

/// <summary>
/// A single value, always kept as text: dates, numbers, booleans and nulls are for the caller to interpret.
/// </summary>
public sealed record YamlScalar(string Value, YamlScalarStyle Style, int Line, int Column) : YamlNode(Line, Column);
