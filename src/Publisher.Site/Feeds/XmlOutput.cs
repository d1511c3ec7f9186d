using System.Text;
using System.Xml;

namespace Publisher.Site.Feeds;

/// <summary>XML written the same way every time: UTF-8 without a byte-order mark, indented, "\n" line ends.</summary>
internal static class XmlOutput
{
    public static byte[] Write(Action<XmlWriter> body)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CheckCharacters = false,
        };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Characters XML 1.0 cannot hold at all (controls from a bad scrape) are dropped rather than failing the feed.</summary>
    public static string Clean(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\0', '\u001F') < 0 && !text.Any(char.IsSurrogate) && text.IndexOfAny(['\uFFFE', '\uFFFF']) < 0)
        {
            return text;
        }

        var cleaned = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var v = rune.Value;
            if (v is 0x9 or 0xA or 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000)
            {
                cleaned.Append(rune.ToString());
            }
        }

        return cleaned.ToString();
    }
}
