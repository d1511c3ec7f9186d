namespace Publisher.Parsing.Entities;

/// <summary>
/// Splits a stretch of text into words and punctuation. Abbreviations keep their dots ("U.S.", "Mr.") and names
/// keep inner hyphens and apostrophes ("al-Nusra", "O'Brien"), initials their ampersand ("AT&T"); a sentence starts at the range start and after
/// ". ! ?" that do not end an abbreviation.
/// </summary>
internal static class Tokenizer
{
    /// <summary>All the tokens of <c>text[start..end]</c>.</summary>
    public static List<Token> Split(string text, int start, int end) => Split(text, start, end, new List<Token>(Math.Max(4, (end - start) / 5)));

    /// <summary>All the tokens of <c>text[start..end]</c>, in <paramref name="into"/> (emptied first), which a reader of many stretches reuses.</summary>
    public static List<Token> Split(string text, int start, int end, List<Token> into)
    {
        into.Clear();
        var reader = new Reader(text, start, end);
        while (reader.Next(out var token))
        {
            into.Add(token);
        }

        return into;
    }

    /// <summary>The tokens one at a time, for readers that stop early: a reader of the words after a quote must not split the rest of a long paragraph.</summary>
    public static IEnumerable<Token> Enumerate(string text, int start, int end)
    {
        var reader = new Reader(text, start, end);
        while (reader.Next(out var token))
        {
            yield return token;
        }
    }

    public static bool IsQuote(char c) => c is '"' or '“' or '”' or '\'' or '‘' or '’' or '«' or '»';

    private static bool IsJoiner(char c) => c is '-' or '\'' or '’' or '‑';

    /// <summary>"U.S." and "Mr." keep their dot; a dot after a long word ends a sentence.</summary>
    private static bool IsAbbreviationDot(string text, int wordStart, int dot, int end)
    {
        var length = dot - wordStart;
        var nextIsLetter = dot + 1 < end && char.IsLetter(text[dot + 1]);
        if (nextIsLetter && length <= 2)
        {
            return true; // U.S, U.N
        }

        var word = text.Substring(wordStart, length);

        // A middle initial ("James D. Watson") is not the end of a sentence.
        if (length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return EntityKnowledge.Default.Abbreviations.Contains(word) || (word.Length >= 2 && word[word.Length - 2] == '.' && char.IsUpper(word[word.Length - 1]));
    }

    /// <summary>Reads the tokens of a stretch of text in order.</summary>
    private struct Reader(string text, int start, int end)
    {
        private int i = start;
        private bool sentenceStart = true;
        private Token? possessive;

        public bool Next(out Token token)
        {
            if (possessive is { } pending)
            {
                possessive = null;
                token = pending;
                return true;
            }

            while (i < end)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                if (char.IsLetterOrDigit(c))
                {
                    var j = i + 1;
                    while (j < end && (char.IsLetterOrDigit(text[j]) || char.GetUnicodeCategory(text[j]) == System.Globalization.UnicodeCategory.NonSpacingMark
                        || (IsJoiner(text[j]) && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))
                        || (text[j] == '&' && char.IsUpper(text[j - 1]) && j + 1 < end && char.IsUpper(text[j + 1]))
                        || (text[j] == '.' && IsAbbreviationDot(text, i, j, end))))
                    {
                        j++;
                    }

                    // "Russia’s" is the name "Russia" and a possessive: the mention must not include the "’s".
                    var suffix = j - i > 2 && (text[j - 2] == '\'' || text[j - 2] == '’') && (text[j - 1] == 's' || text[j - 1] == 'S') ? 2 : 0;
                    token = new Token(i, j - suffix, text.Substring(i, j - i - suffix), sentenceStart);
                    if (suffix > 0)
                    {
                        possessive = new Token(j - suffix, j, text.Substring(j - suffix, suffix), false);
                    }

                    sentenceStart = false;
                    i = j;
                    return true;
                }

                token = new Token(i, i + 1, c.ToString(), false);
                if (c is '.' or '!' or '?' or ':' or '\n')
                {
                    sentenceStart = true;
                }
                else if (!(IsQuote(c) || c is '(' or '[' or '—' or '–'))
                {
                    sentenceStart = false;
                }

                i++;
                return true;
            }

            token = default;
            return false;
        }
    }
}
