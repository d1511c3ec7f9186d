using System.Collections.Immutable;
using Publisher.Parsing.Model;

namespace Publisher.Parsing.Entities;

/// <summary>
/// The registered entities of a site, compared by value so the generator re-parses articles only when the
/// registry really changed. An empty registry means every entity is discovered.
/// </summary>
public sealed class EntityRegistry : IEquatable<EntityRegistry>
{
    public EntityRegistry(ImmutableArray<RegistryEntity> entities)
    {
        Entities = entities.IsDefault ? ImmutableArray<RegistryEntity>.Empty : entities;
    }

    public static EntityRegistry Empty { get; } = new(ImmutableArray<RegistryEntity>.Empty);

    public ImmutableArray<RegistryEntity> Entities { get; }

    public bool Equals(EntityRegistry? other) => other is not null && SequenceEquality.Equal(Entities, other.Entities);

    public override bool Equals(object? obj) => Equals(obj as EntityRegistry);

    public override int GetHashCode() => Entities.Length;
}
