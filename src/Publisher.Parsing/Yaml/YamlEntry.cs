namespace Publisher.Parsing.Yaml;

/// <summary>One <c>key: value</c> pair of a mapping.</summary>
public sealed record YamlEntry(YamlScalar Key, YamlNode Value);
