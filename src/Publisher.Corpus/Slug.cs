using System.Collections.Frozen;
using System.Text;

namespace Publisher.Corpus;

/// <summary>
/// File-name slugs: lowercase ASCII letters and digits, every other run of characters one '-', no '-' at either
/// end, at most <see cref="MaxLength"/> characters. Latin letters with diacritics are folded to their base letter
/// from a fixed table (not ICU), so the result never depends on the machine.
/// </summary>
public static class Slug
{
    public const int MaxLength = 80;

    private static readonly FrozenDictionary<char, string> Folding = BuildFolding();

    public static string Make(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(Math.Min(text.Length, MaxLength + 8));
        bool pendingDash = false;
        foreach (char c in text)
        {
            string? piece = null;
            char ascii = '\0';
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                ascii = c;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                ascii = (char)(c + ('a' - 'A'));
            }
            else if (c > 127)
            {
                Folding.TryGetValue(c, out piece);
            }

            if (ascii == '\0' && piece is null)
            {
                pendingDash = sb.Length > 0;
                continue;
            }

            if (pendingDash)
            {
                sb.Append('-');
                pendingDash = false;
            }

            if (piece is null)
            {
                sb.Append(ascii);
            }
            else
            {
                sb.Append(piece);
            }

            if (sb.Length >= MaxLength)
            {
                break;
            }
        }

        if (sb.Length > MaxLength)
        {
            sb.Length = MaxLength;
        }

        while (sb.Length > 0 && sb[^1] == '-')
        {
            sb.Length--;
        }

        return sb.ToString();
    }

    private static FrozenDictionary<char, string> BuildFolding()
    {
        // Each group: the ASCII it folds to, then the letters (both cases) that fold to it.
        string[] groups =
        [
            "a:àáâãäåāăąÀÁÂÃÄÅĀĂĄ", "c:çćčĉċÇĆČĈĊ", "d:ďđĎĐ", "e:èéêëēĕėęěÈÉÊËĒĔĖĘĚ", "g:ğĝġģĞĜĠĢ",
            "h:ĥħĤĦ", "i:ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ", "j:ĵĴ", "k:ķĶ", "l:ĺļľŀłĹĻĽĿŁ", "n:ñńņňÑŃŅŇ",
            "o:òóôõöøōŏőÒÓÔÕÖØŌŎŐ", "r:ŕŗřŔŖŘ", "s:śŝşšșŚŜŞŠȘ", "t:ţťŧțŢŤŦȚ", "u:ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ",
            "w:ŵŴ", "y:ýÿŷÝŸŶ", "z:źżžŹŻŽ", "ss:ß", "ae:æÆ", "oe:œŒ", "th:þÞ", "dh:ðÐ",
        ];
        var map = new Dictionary<char, string>();
        foreach (string group in groups)
        {
            int colon = group.IndexOf(':', StringComparison.Ordinal);
            string ascii = group[..colon];
            foreach (char c in group[(colon + 1)..])
            {
                map[c] = ascii;
            }
        }

        return map.ToFrozenDictionary();
    }
}
