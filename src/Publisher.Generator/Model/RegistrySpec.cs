using Publisher.Parsing.Diagnostics;
using Publisher.Parsing.Entities;

namespace Publisher.Generator.Model;

/// <summary>
/// The site's entity registry as read at build time: the entities, the problems found in the file (located by
/// <see cref="FullPath"/>), and any further files marked as registries, which are ignored. With no registry file
/// the registry is empty and <see cref="FullPath"/> is null.
/// </summary>
public sealed record RegistrySpec(string? FullPath, EntityRegistry Registry, EquatableArray<ContentDiagnostic> Diagnostics, EquatableArray<string> IgnoredFiles)
{
    public static RegistrySpec None { get; } = new(null, EntityRegistry.Empty, EquatableArray<ContentDiagnostic>.Empty, EquatableArray<string>.Empty);
}
