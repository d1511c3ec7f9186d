using System.Globalization;
using System.Text;

namespace Publisher.Site.Search;

/// <summary>
/// Turns text into search terms: compatibility-decomposed, accents dropped, lower-cased, split at anything that is
/// not a letter or a number, stop words and one-letter words dropped, suffixes stemmed. assets/search.js does the
/// same in the browser (a Chromium test compares the two), so every step uses only Unicode data both sides share.
/// Terms are handed out as spans of a reused buffer: a build tokenises every article, and a string per word would
/// be most of its cost.
/// </summary>
public sealed class SearchTokenizer
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> stopWords;
    private readonly int longestStopWord;

    /// <summary>
    /// Each group's rules by the last character of their suffix (ASCII; the rest in one list), in the group's order: a
    /// rule can only match a word that ends in that character, and trying every rule on every word was a tenth of
    /// building the search index.
    /// </summary>
    private readonly (SuffixRule[][] ByLastAscii, SuffixRule[] Others)[] groupsByLast;

    public SearchTokenizer(SearchRules rules)
    {
        Rules = rules;
        stopWords = new HashSet<string>(rules.StopWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        longestStopWord = rules.StopWords.Count == 0 ? 0 : rules.StopWords.Max(static w => w.Length);
        groupsByLast = [.. rules.Groups.Select(static group => (
            Enumerable.Range(0, 128).Select(c => group.Where(r => r.Suffix[^1] == c).ToArray()).ToArray(),
            group.Where(static r => r.Suffix[^1] >= 128).ToArray()))];
    }

    /// <summary>Receives each term; the span is only valid during the call.</summary>
    public delegate void TermHandler(ReadOnlySpan<char> term);

    public static SearchTokenizer Default { get; } = new(SearchRules.Default);

    public SearchRules Rules { get; }

    /// <summary>The terms of a text in order, repeats kept.</summary>
    public IReadOnlyList<string> Terms(string? text)
    {
        var terms = new List<string>();
        Tokenize(text, term => terms.Add(term.ToString()));
        return terms;
    }

    /// <summary>Adds the terms of a text to a set of distinct terms, making a string only for a term new to the set.</summary>
    public void AddDistinct(string? text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> terms) => Tokenize(text, term => terms.Add(term));

    public void Tokenize(string? text, TermHandler handle)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var folded = IsAscii(text) || text.IsNormalized(NormalizationForm.FormKD) ? text : text.Normalize(NormalizationForm.FormKD);
        // Room for the longest word kept whole plus a longer replacement than its suffix.
        Span<char> word = stackalloc char[Rules.MaxWord + 16];
        var length = 0;
        var index = 0;
        while (index < folded.Length)
        {
            var c = folded[index];
            if (c < 0x80)
            {
                index++;
                if (char.IsAsciiLetterOrDigit(c))
                {
                    length = Append(word, length, char.ToLowerInvariant(c));
                }
                else
                {
                    length = Flush(word, length, handle);
                }

                continue;
            }

            Rune.DecodeFromUtf16(folded.AsSpan(index), out var rune, out var consumed);
            index += consumed;
            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                    continue;
                case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                    or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber:
                    var lower = Rune.ToLowerInvariant(rune);
                    if (lower.IsBmp)
                    {
                        length = Append(word, length, (char)lower.Value);
                    }
                    else if (length + 2 <= Rules.MaxWord)
                    {
                        length += lower.EncodeToUtf16(word[length..]);
                    }
                    else
                    {
                        length = Rules.MaxWord + 1;
                    }

                    continue;
                default:
                    length = Flush(word, length, handle);
                    continue;
            }
        }

        Flush(word, length, handle);
    }

    /// <summary>A folded word's term: itself when it has a digit, else its stem.</summary>
    public string Stem(string word)
    {
        Span<char> buffer = stackalloc char[word.Length + 16];
        word.CopyTo(buffer);
        return buffer[..Stem(buffer, word.Length)].ToString();
    }

    /// <summary>Stems the word in <c>word[..length]</c> in place and returns its new length.</summary>
    private int Stem(Span<char> word, int length)
    {
        foreach (var c in word[..length])
        {
            if (char.IsDigit(c))
            {
                return length;
            }
        }

        foreach (var (byLastAscii, others) in groupsByLast)
        {
            var last = length == 0 ? '\0' : word[length - 1];
            foreach (var rule in last < 128 ? byLastAscii[last] : others)
            {
                if (word[..length].EndsWith(rule.Suffix, StringComparison.Ordinal))
                {
                    var stem = length - rule.Suffix.Length;
                    if (stem >= Rules.MinStem)
                    {
                        rule.Replacement.CopyTo(word[stem..]);
                        length = stem + rule.Replacement.Length;
                    }

                    break;
                }
            }
        }

        return length;
    }

    /// <summary>A word longer than the rules' longest is no term anyone searches for; it is dropped whole.</summary>
    private int Append(Span<char> word, int length, char c)
    {
        if (length < Rules.MaxWord)
        {
            word[length] = c;
            return length + 1;
        }

        return Rules.MaxWord + 1;
    }

    private int Flush(Span<char> word, int length, TermHandler handle)
    {
        if (length >= 2 && length <= Rules.MaxWord && (length > longestStopWord || !stopWords.Contains(word[..length])))
        {
            handle(word[..Stem(word, length)]);
        }

        return 0;
    }

    private static bool IsAscii(string text) => !text.AsSpan().ContainsAnyExceptInRange('\0', '\u007F');
}
