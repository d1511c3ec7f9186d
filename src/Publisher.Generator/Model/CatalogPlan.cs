using Publisher.Parsing.Diagnostics;

namespace Publisher.Generator.Model;

/// <summary>
/// Names and order for every article, decided together because slugs and member names must be unique. Equality
/// covers the entries and diagnostics only; the lookup is a cache built on first use.
/// </summary>
public sealed record CatalogPlan(EquatableArray<CatalogEntry> Entries, EquatableArray<ContentDiagnostic> Diagnostics)
{
    private Dictionary<string, CatalogEntry>? _byPath;

    public CatalogEntry? Find(string path)
    {
        var byPath = _byPath ??= Entries.ToDictionary(e => e.Path, StringComparer.Ordinal);
        return byPath.TryGetValue(path, out var entry) ? entry : null;
    }

    public bool Equals(CatalogPlan? other) =>
        other is not null && Entries.Equals(other.Entries) && Diagnostics.Equals(other.Diagnostics);

    public override int GetHashCode() => Entries.GetHashCode();
}
