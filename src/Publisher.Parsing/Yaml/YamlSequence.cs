using System.Collections.Immutable;

namespace Publisher.Parsing.Yaml;

/// <summary>A list, written either as <c>- item</c> lines or as <c>[a, b]</c>.</summary>
public sealed record YamlSequence(ImmutableArray<YamlNode> Items, int Line, int Column) : YamlNode(Line, Column);
