using System.Text;

namespace Publisher.Site.Search;

/// <summary>
/// Writes a sorted list of ids as a short string a JavaScript file can hold as it is. Gaps between ids are written
/// as base-32 digits, five bits a character, high digits first; the first 32 characters of the alphabet end a
/// number and the last 32 continue it. A list that covers much of the archive is written as a bitset instead, six
/// ids a character after a leading <see cref="BitsetMark"/>: a word in every article then costs N/6 characters
/// rather than N.
/// </summary>
public static class PostingCodec
{
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    public const char BitsetMark = '~';

    public static string Encode(IReadOnlyList<int> ids)
    {
        if (ids.Count == 0)
        {
            return string.Empty;
        }

        var gaps = EncodeGaps(ids);
        // A bitset ends at its last id, so it is never longer than this.
        return gaps.Length <= 1 + ((ids[^1] + 6) / 6) ? gaps : EncodeBitset(ids);
    }

    public static IReadOnlyList<int> Decode(string text)
    {
        var ids = new List<int>();
        if (text.Length > 0 && text[0] == BitsetMark)
        {
            for (var i = 1; i < text.Length; i++)
            {
                var bits = Alphabet.IndexOf(text[i], StringComparison.Ordinal);
                for (var bit = 0; bit < 6; bit++)
                {
                    if ((bits & (1 << bit)) != 0)
                    {
                        ids.Add(((i - 1) * 6) + bit);
                    }
                }
            }

            return ids;
        }

        var value = 0;
        var previous = -1;
        foreach (var c in text)
        {
            var digit = Alphabet.IndexOf(c, StringComparison.Ordinal);
            value = (value << 5) | (digit & 31);
            if (digit < 32)
            {
                previous += value + 1;
                ids.Add(previous);
                value = 0;
            }
        }

        return ids;
    }

    private static string EncodeGaps(IReadOnlyList<int> ids)
    {
        var text = new StringBuilder(ids.Count + 4);
        Span<char> digits = stackalloc char[8];
        var previous = -1;
        foreach (var id in ids)
        {
            // Ids are strictly increasing, so every gap is at least 1; it is written minus one.
            var gap = id - previous - 1;
            previous = id;
            var count = 0;
            do
            {
                // The lowest digit is written last and ends the number; the digits before it continue it.
                digits[count] = Alphabet[(gap & 31) + (count == 0 ? 0 : 32)];
                count++;
                gap >>= 5;
            }
            while (gap > 0);

            for (var i = count - 1; i >= 0; i--)
            {
                text.Append(digits[i]);
            }
        }

        return text.ToString();
    }

    private static string EncodeBitset(IReadOnlyList<int> ids)
    {
        var cells = new int[(ids[^1] / 6) + 1];
        foreach (var id in ids)
        {
            cells[id / 6] |= 1 << (id % 6);
        }

        var text = new StringBuilder(cells.Length + 1).Append(BitsetMark);
        foreach (var cell in cells)
        {
            text.Append(Alphabet[cell]);
        }

        return text.ToString();
    }
}
