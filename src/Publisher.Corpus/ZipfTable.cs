namespace Publisher.Corpus;

/// <summary>
/// Draws items with probability proportional to 1 / rank (Zipf, exponent 1), so the first few items are drawn
/// very often and most items rarely, as entities are in a real news archive. The weights are integers
/// (⌊2^32 / rank⌋), so drawing involves no floating point at all.
/// </summary>
internal sealed class ZipfTable<T>
{
    private readonly T[] _items;
    private readonly ulong[] _cumulative;

    public ZipfTable(IReadOnlyList<T> items)
    {
        if (items.Count == 0)
        {
            throw new ArgumentException("A Zipf table needs at least one item.", nameof(items));
        }

        _items = [.. items];
        _cumulative = new ulong[_items.Length];
        ulong total = 0;
        for (int i = 0; i < _items.Length; i++)
        {
            total += (1UL << 32) / (ulong)(i + 1);
            _cumulative[i] = total;
        }
    }

    public int Count => _items.Length;

    public IReadOnlyList<T> Items => _items;

    public T Draw(CorpusRandom random)
    {
        ulong r = random.NextBelow(_cumulative[^1]);
        // The first index whose cumulative weight is above r.
        int lo = 0;
        int hi = _cumulative.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_cumulative[mid] > r)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return _items[lo];
    }
}
