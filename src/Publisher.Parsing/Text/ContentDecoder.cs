using System.Text;

namespace Publisher.Parsing.Text;

/// <summary>
/// Turns the bytes of an article file into text the way the publisher and the compiler agree on: UTF-8 with or
/// without a byte-order mark, or UTF-16 with one. Invalid UTF-8 is decoded with U+FFFD and reported, never fatal.
/// </summary>
public static class ContentDecoder
{
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static ArticleSource Decode(string path, byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return new ArticleSource(path, Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), null, bytes.Length);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return new ArticleSource(path, Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), null, bytes.Length);
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var invalid = FirstInvalidUtf8Byte(bytes, start);
        var text = LenientUtf8.GetString(bytes, start, bytes.Length - start);
        return new ArticleSource(path, text, invalid < 0 ? null : invalid, bytes.Length);
    }

    /// <summary>Offset of the first byte that breaks UTF-8 (overlongs and surrogates included), or -1.</summary>
    public static long FirstInvalidUtf8Byte(byte[] bytes, int start)
    {
        var i = start;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            int need;
            int min;
            if (b >= 0xC2 && b <= 0xDF)
            {
                need = 1;
                min = 0x80;
            }
            else if (b >= 0xE0 && b <= 0xEF)
            {
                need = 2;
                min = 0x800;
            }
            else if (b >= 0xF0 && b <= 0xF4)
            {
                need = 3;
                min = 0x10000;
            }
            else
            {
                return i;
            }

            if (i + need >= bytes.Length)
            {
                return i;
            }

            var code = b & (0x3F >> need);
            for (var k = 1; k <= need; k++)
            {
                var next = bytes[i + k];
                if ((next & 0xC0) != 0x80)
                {
                    return i;
                }

                code = (code << 6) | (next & 0x3F);
            }

            if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            {
                return i;
            }

            i += need + 1;
        }

        return -1;
    }
}
