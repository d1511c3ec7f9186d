using System.Collections.Immutable;
using Publisher.Parsing.Entities;
using Publisher.Parsing.Model;

namespace Publisher.Generator.Pipeline;

/// <summary>
/// Names each registered entity's member in <c>Entities.People</c>, <c>Organizations</c> or <c>Places</c>: the
/// id as a C# name, with <c>_2</c>, <c>_3</c> … for names already taken in the same class, in file order so a
/// rebuild gives the same names.
/// </summary>
public static class EntityMembers
{
    public static string ClassOf(EntityKind kind) => kind switch
    {
        EntityKind.Person => "People",
        EntityKind.Organization => "Organizations",
        _ => "Places",
    };

    public static ImmutableArray<(RegistryEntity Entity, string Member)> Name(EntityRegistry registry)
    {
        // A member may not share its enclosing class's name (CS0542), so each class starts with its own name taken.
        var used = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var named = ImmutableArray.CreateBuilder<(RegistryEntity, string)>(registry.Entities.Length);
        foreach (var entity in registry.Entities)
        {
            var type = ClassOf(entity.Kind);
            if (!used.TryGetValue(type, out var taken))
            {
                taken = new HashSet<string>(StringComparer.Ordinal) { type };
                used.Add(type, taken);
            }

            var wanted = MemberNames.FromSlug(entity.Id);
            var name = wanted;
            for (var suffix = 2; taken.Contains(name); suffix++)
            {
                name = wanted + "_" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            taken.Add(name);
            named.Add((entity, name));
        }

        return named.MoveToImmutable();
    }
}
