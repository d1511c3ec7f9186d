namespace Publisher.Parsing.Text;

public static class Punctuation
{
    /// <summary>Characters that can close a sentence, closing quotes and brackets included.</summary>
    public static bool IsSentenceEnd(char c) =>
        c is '.' or '!' or '?' or '"' or '\u201D' or '\u2019' or '\'' or ')' or ']' or '\u2026' or ':' or ';';

    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026';

    public static bool IsOpeningQuote(char c) => c is '"' or '\u201C' or '\u2018' or '\'' or '\u00AB' or '\u201E';

    public static bool IsClosingQuote(char c) => c is '"' or '\u201D' or '\u2019' or '\'' or '\u00BB' or '\u201C';

    /// <summary>Counts words: runs of letters or digits.</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar;
        }

        return count;
    }

    /// <summary>The text without a wrapping pair of quotes, if it is wholly quoted.</summary>
    public static string Unquote(string text)
    {
        if (text.Length >= 2 && IsOpeningQuote(text[0]) && IsClosingQuote(text[text.Length - 1]))
        {
            return text.Substring(1, text.Length - 2).Trim();
        }

        return text;
    }
}
