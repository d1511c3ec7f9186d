using System.Globalization;
using System.Text;
using Publisher.Parsing.Text;

namespace Publisher.Parsing.Entities;

/// <summary>
/// The form names are compared in: diacritics folded (Erdoğan = Erdogan), case and dots ignored (Nato = NATO,
/// U.S. = US), hyphens and apostrophes as spaces, a leading "the" dropped, and each word's transliteration variants
/// made one (Sergey = Sergei). Two spellings of one name get one key.
/// </summary>
internal static class NameKey
{
    public static string Of(string name) => Of(name, EntityKnowledge.Default.Transliterations);

    public static string Of(string name, IReadOnlyDictionary<string, string> transliterations)
    {
        var folded = Fold(name);
        var words = folded.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length > 1 && words[0] == "the" ? 1 : 0;
        var builder = new StringBuilder(folded.Length);
        for (var i = start; i < words.Length; i++)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(transliterations.TryGetValue(words[i], out var canonical) ? canonical : words[i]);
        }

        return builder.ToString();
    }

    /// <summary>Lower case without diacritics or dots: the first step of a key, also for single words.</summary>
    public static string Fold(string text)
    {
        if (IsPlainAscii(text))
        {
            return text.Replace(".", string.Empty).ToLowerInvariant();
        }

        var decomposed = TextCleaner.Normalize(text, NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c == '.')
            {
                continue;
            }

            builder.Append(c switch
            {
                'ı' => 'i',
                'ł' => 'l',
                'Ł' => 'l',
                'ø' => 'o',
                'Ø' => 'o',
                'đ' => 'd',
                '’' => '\'',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString().Replace("ß", "ss");
    }

    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
        {
            if (c >= 128)
            {
                return false;
            }
        }

        return true;
    }

    private static readonly char[] Separators = [' ', '-', '\'', '‑', '\t', '\n', '\r'];
}
