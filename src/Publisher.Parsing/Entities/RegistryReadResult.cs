using System.Collections.Immutable;
using Publisher.Parsing.Diagnostics;
using Publisher.Parsing.Model;

namespace Publisher.Parsing.Entities;

/// <summary>
/// The entities a registry file defines (entries with errors left out) and every problem found, in file order.
/// </summary>
public sealed record RegistryReadResult(EntityRegistry Registry, ImmutableArray<ContentDiagnostic> Diagnostics)
{
    // Compared by value so a re-read of an unchanged file is an unchanged pipeline value.
    public bool Equals(RegistryReadResult? other) =>
        other is not null && Registry.Equals(other.Registry) && SequenceEquality.Equal(Diagnostics, other.Diagnostics);

    public override int GetHashCode() => Registry.GetHashCode();
}
