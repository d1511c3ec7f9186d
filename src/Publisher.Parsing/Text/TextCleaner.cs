using System.Text;

namespace Publisher.Parsing.Text;

/// <summary>
/// Normalises the characters of one paragraph: every kind of space becomes one ASCII space, invisible format
/// characters go, and lone surrogates become U+FFFD so the text can always be written as UTF-8.
/// </summary>
public static class TextCleaner
{
    public static bool IsSpace(char c) =>
        c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000'
        || (c >= '\u2000' && c <= '\u200A') || c == '\u1680' || c == '\u205F' || c == '\f' || c == '\v';

    private static bool IsInvisible(char c) =>
        c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
        || (c < ' ' && c != '\t' && c != '\n' && c != '\r');

    public static string Clean(string text, int start, int end)
    {
        var builder = new StringBuilder(end - start);
        var pendingSpace = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (IsSpace(c) || c == '\n' || c == '\r')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (IsInvisible(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string Clean(string text) => Clean(text, 0, text.Length);

    /// <summary>
    /// The text with every unpaired surrogate and the noncharacters U+FFFE and U+FFFF replaced by U+FFFD, one character
    /// for one so offsets stay valid; the same instance when there is none. Unicode normalisation throws on these, XML
    /// cannot hold them, and text from a string API (or a slice that splits a pair) can.
    /// </summary>
    public static string ReplaceInvalid(string text)
    {
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
            {
                chars ??= text.ToCharArray();
                chars[i] = '\uFFFD';
            }
        }

        return chars is null ? text : new string(chars);
    }

    /// <summary>Unicode normalisation that never throws, whatever the text holds.</summary>
    public static string Normalize(string text, NormalizationForm form) => ReplaceInvalid(text).Normalize(form);
}
