using System.Globalization;
using System.Text;

namespace Publisher.Site.Search;

/// <summary>
/// Turns text into search terms: compatibility-decomposed, accents dropped, lower-cased, split at anything that is
/// not a letter or a number, stop words and one-letter words dropped, suffixes stemmed. assets/search.js does the
/// same in the browser (a Chromium test compares the two), so every step uses only Unicode data both sides share.
/// </summary>
public sealed class SearchTokenizer(SearchRules rules)
{
    public static SearchTokenizer Default { get; } = new(SearchRules.Default);

    public SearchRules Rules { get; } = rules;

    /// <summary>The terms of a text in order, repeats kept.</summary>
    public void AddTerms(string? text, ICollection<string> terms)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var folded = IsAscii(text) ? text : text.Normalize(NormalizationForm.FormKD);
        var word = new StringBuilder(32);
        foreach (var rune in folded.EnumerateRunes())
        {
            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                    continue;
                case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                    or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber:
                    word.Append(Rune.ToLowerInvariant(rune).ToString());
                    continue;
                default:
                    Flush(word, terms);
                    continue;
            }
        }

        Flush(word, terms);
    }

    public IReadOnlyList<string> Terms(string? text)
    {
        var terms = new List<string>();
        AddTerms(text, terms);
        return terms;
    }

    /// <summary>A folded word's term: itself when it has a digit, else its stem.</summary>
    public string Stem(string word)
    {
        if (word.Any(char.IsDigit))
        {
            return word;
        }

        foreach (var group in Rules.Groups)
        {
            foreach (var rule in group)
            {
                if (word.EndsWith(rule.Suffix, StringComparison.Ordinal))
                {
                    if (word.Length - rule.Suffix.Length >= Rules.MinStem)
                    {
                        word = string.Concat(word.AsSpan(0, word.Length - rule.Suffix.Length), rule.Replacement);
                    }

                    break;
                }
            }
        }

        return word;
    }

    private void Flush(StringBuilder word, ICollection<string> terms)
    {
        if (word.Length == 0)
        {
            return;
        }

        var text = word.ToString();
        word.Clear();
        if (text.Length >= 2 && !Rules.StopWords.Contains(text))
        {
            terms.Add(Stem(text));
        }
    }

    private static bool IsAscii(string text) => !text.AsSpan().ContainsAnyExceptInRange('\0', '\u007F');
}
