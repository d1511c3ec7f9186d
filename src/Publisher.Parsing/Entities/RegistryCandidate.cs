using System.Collections.Immutable;
using Publisher.Parsing.Model;
using Publisher.Parsing.Yaml;

namespace Publisher.Parsing.Entities;

/// <summary>
/// One registry entry that read without errors, still holding its YAML nodes so that the checks across entries
/// (duplicate ids, contested aliases) can point at the right line.
/// </summary>
internal sealed class RegistryCandidate(
    string id,
    YamlNode idNode,
    string name,
    YamlScalar nameNode,
    EntityKind kind,
    ImmutableArray<RegistryAlias> aliases,
    string? description,
    ImmutableArray<EntityRole> roles)
{
    public string Id { get; } = id;

    /// <summary>The <c>id:</c> value, or the name when the id is made from it.</summary>
    public YamlNode IdNode { get; } = idNode;

    public string Name { get; } = name;

    public YamlScalar NameNode { get; } = nameNode;

    public EntityKind Kind { get; } = kind;

    public ImmutableArray<RegistryAlias> Aliases { get; } = aliases;

    public string? Description { get; } = description;

    public ImmutableArray<EntityRole> Roles { get; } = roles;
}

/// <summary>An alias as written, with its node for diagnostics.</summary>
internal readonly record struct RegistryAlias(string Text, YamlNode Node);
