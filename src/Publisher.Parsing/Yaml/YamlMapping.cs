using System.Collections.Immutable;

namespace Publisher.Parsing.Yaml;

/// <summary>
/// A set of <c>key: value</c> pairs in the order written. The reader rejects duplicate keys, so the first match
/// is the only one.
/// </summary>
public sealed record YamlMapping(ImmutableArray<YamlEntry> Entries, int Line, int Column) : YamlNode(Line, Column)
{
    /// <summary>The value of the first entry whose key equals <paramref name="key"/> (ordinal), or null.</summary>
    public YamlNode? this[string key]
    {
        get
        {
            // A hand-made mapping may hold a default array; looking a key up must still not throw.
            if (Entries.IsDefault)
            {
                return null;
            }

            foreach (var entry in Entries)
            {
                if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }
}
