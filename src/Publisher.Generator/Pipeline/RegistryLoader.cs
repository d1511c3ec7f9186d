using System.Collections.Immutable;
using Publisher.Generator.Model;
using Publisher.Parsing.Entities;

namespace Publisher.Generator.Pipeline;

/// <summary>
/// Reads the registry file into a <see cref="RegistrySpec"/>. A project has one registry: when several files are
/// marked, the first by path is read and the others are reported and ignored, so the result does not depend on
/// the order the compiler lists them in.
/// </summary>
public static class RegistryLoader
{
    public static RegistrySpec Load(ImmutableArray<RegistryInput> inputs)
    {
        if (inputs.IsDefaultOrEmpty)
        {
            return RegistrySpec.None;
        }

        var ordered = inputs.OrderBy(static i => i.Path, StringComparer.Ordinal).ToList();
        var registry = ordered[0];
        var result = RegistryReader.Read(registry.Text, registry.RelativePath);
        return new RegistrySpec(
            registry.Path,
            result.Registry,
            new EquatableArray<Parsing.Diagnostics.ContentDiagnostic>(result.Diagnostics),
            new EquatableArray<string>(ordered.Skip(1).Select(static i => i.Path).ToImmutableArray()));
    }
}
