namespace Publisher.Parsing.Entities;

/// <summary>A word or punctuation mark of a text, with its offsets and whether it opens a sentence.</summary>
internal readonly record struct Token(int Start, int End, string Text, bool SentenceStart)
{
    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);

    /// <summary>Starts with a capital, or is a name with an Arabic article ("al-Nusra", "el-Sisi").</summary>
    public bool IsCapitalized
    {
        get
        {
            if (Text.Length == 0)
            {
                return false;
            }

            if (char.IsUpper(Text[0]))
            {
                return true;
            }

            var hyphen = Text.IndexOf('-');
            return hyphen is > 0 and <= 3 && hyphen + 1 < Text.Length && char.IsUpper(Text[hyphen + 1])
                && NameParticles.IsArticlePrefix(Text.Substring(0, hyphen));
        }
    }

    /// <summary>Two or more capital letters and no lower case: NATO, ISIL, U.S.</summary>
    public bool IsAcronym
    {
        get
        {
            var letters = 0;
            foreach (var c in Text)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                if (char.IsUpper(c))
                {
                    letters++;
                }
            }

            return letters >= 2;
        }
    }
}
