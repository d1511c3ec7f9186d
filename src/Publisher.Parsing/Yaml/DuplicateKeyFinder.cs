using System.Collections.Immutable;

namespace Publisher.Parsing.Yaml;

/// <summary>
/// Finds a key already used in the mapping being built. Front matter has a handful of keys, so a linear scan
/// allocates nothing; an entity registry can have thousands, so past a small size a dictionary avoids quadratic
/// time.
/// </summary>
internal struct DuplicateKeyFinder
{
    private const int LinearScanLimit = 16;

    private Dictionary<string, int>? _firstLines;

    public readonly bool TryFindEarlier(string key, ImmutableArray<YamlEntry>.Builder entries, out int firstLine)
    {
        if (_firstLines is not null)
        {
            return _firstLines.TryGetValue(key, out firstLine);
        }

        for (var i = 0; i < entries.Count; i++)
        {
            if (string.Equals(entries[i].Key.Value, key, StringComparison.Ordinal))
            {
                firstLine = entries[i].Key.Line;
                return true;
            }
        }

        firstLine = 0;
        return false;
    }

    /// <summary>Call after each entry is added.</summary>
    public void Remember(ImmutableArray<YamlEntry>.Builder entries)
    {
        if (_firstLines is not null)
        {
            var key = entries[entries.Count - 1].Key;
            _firstLines[key.Value] = key.Line;
            return;
        }

        if (entries.Count <= LinearScanLimit)
        {
            return;
        }

        _firstLines = new Dictionary<string, int>(entries.Count * 2, StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            _firstLines[entries[i].Key.Value] = entries[i].Key.Line;
        }
    }
}
