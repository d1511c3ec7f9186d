using System.Collections.Immutable;

namespace Publisher.Parsing.Model;

/// <summary>
/// An entity an editor registered in <c>content/entities.yml</c>: the canonical name, its kind, the other
/// spellings that mean it, a short description and the roles it held. Registered facts win over discovery.
/// </summary>
public sealed record RegistryEntity(
    string Id,
    string Name,
    EntityKind Kind,
    ImmutableArray<string> Aliases,
    string? Description,
    ImmutableArray<EntityRole> Roles,
    SourceRange Source)
{
    public bool Equals(RegistryEntity? other) =>
        other is not null
        && Id == other.Id && Name == other.Name && Kind == other.Kind && Description == other.Description && Source == other.Source
        && SequenceEquality.Equal(Aliases, other.Aliases) && SequenceEquality.Equal(Roles, other.Roles);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
}

/// <summary>A role an entity held ("NATO Secretary General"), with the years when known.</summary>
public sealed record EntityRole(string Title, int? From, int? To);
