namespace Publisher.Parsing.Text;

/// <summary>One physical line of a file: where its text starts and ends (line break excluded).</summary>
public readonly record struct SourceLine(int Number, int Start, int End)
{
    public bool IsBlank(string text)
    {
        for (var i = Start; i < End; i++)
        {
            if (!TextCleaner.IsSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    public string Content(string text) => text.Substring(Start, End - Start);
}
