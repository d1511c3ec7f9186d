namespace Publisher.Tests.Support;

/// <summary>Edits to article files of the synthetic corpus, as an editor would make them between two builds.</summary>
public static class ArticleEdits
{
    /// <summary>Rewrites the file with <paramref name="change"/>, which must change it.</summary>
    public static void Edit(string file, Func<string, string> change)
    {
        var before = File.ReadAllText(file);
        var after = change(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(file, after);
    }

    /// <summary>A generated article's headline is the first line after its front matter.</summary>
    public static string ReplaceTitle(string text, string title)
    {
        var end = text.IndexOf("---", 3, StringComparison.Ordinal) + 3;
        var lineStart = text.IndexOf('\n', end) + 1;
        var lineEnd = text.IndexOf('\n', lineStart);
        return text[..lineStart] + title + text[lineEnd..];
    }
}
