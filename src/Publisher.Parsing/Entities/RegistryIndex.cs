using System.Runtime.CompilerServices;

namespace Publisher.Parsing.Entities;

/// <summary>The registry's names and aliases by <see cref="NameKey"/>, built once per registry.</summary>
internal sealed class RegistryIndex
{
    private static readonly ConditionalWeakTable<EntityRegistry, RegistryIndex> Cache = new();

    private RegistryIndex(EntityRegistry registry)
    {
        foreach (var entity in registry.Entities)
        {
            var known = new KnownEntity(entity.Id, entity.Name, entity.Kind);
            foreach (var spelling in entity.Aliases.Prepend(entity.Name))
            {
                if (EntityKnowledge.IsAcronym(spelling) && spelling.Count(char.IsLetter) <= 3)
                {
                    Exact[spelling] = known;
                }
                else
                {
                    Aliases[NameKey.Of(spelling)] = known;
                }
            }
        }
    }

    public Dictionary<string, KnownEntity> Aliases { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, KnownEntity> Exact { get; } = new(StringComparer.Ordinal);

    public static RegistryIndex For(EntityRegistry registry) => Cache.GetValue(registry, static r => new RegistryIndex(r));
}
