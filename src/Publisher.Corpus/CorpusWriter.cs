using System.Text;

namespace Publisher.Corpus;

/// <summary>
/// Writes a corpus to disk as it is generated (one article in memory at a time). Files are created or
/// overwritten, never deleted: checking that a target folder is empty is the caller's business.
/// </summary>
public static class CorpusWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes each article to <c><paramref name="outDir"/>/articles/&lt;FileName&gt;</c>; returns the number written.</summary>
    public static int WriteArticles(IEnumerable<CorpusArticle> articles, string outDir)
    {
        ArgumentException.ThrowIfNullOrEmpty(outDir);
        return Write(articles, outDir, hugoDir: null);
    }

    /// <summary>
    /// Writes the articles as a Hugo site in <paramref name="hugoDir"/>: <c>hugo.toml</c>, layouts, and
    /// <c>content/articles/&lt;name&gt;.md</c> with title, date and the article's people, organizations and places
    /// as taxonomy terms.
    /// </summary>
    public static void WriteHugoSite(IEnumerable<CorpusArticle> articles, string hugoDir)
    {
        ArgumentException.ThrowIfNullOrEmpty(hugoDir);
        Write(articles, outDir: null, hugoDir);
    }

    /// <summary>One pass writing the raw articles, the Hugo site, or both; returns the number of articles.</summary>
    public static int Write(IEnumerable<CorpusArticle> articles, string? outDir, string? hugoDir)
    {
        ArgumentNullException.ThrowIfNull(articles);
        string? articleDir = outDir is null ? null : ArticlesDirectory(outDir);
        string? contentDir = hugoDir is null ? null : HugoContentDirectory(hugoDir);
        if (articleDir is not null)
        {
            Directory.CreateDirectory(articleDir);
        }

        if (hugoDir is not null && contentDir is not null)
        {
            Directory.CreateDirectory(contentDir);
            foreach ((string path, string text) in HugoSite.SkeletonFiles)
            {
                string full = Path.Combine(hugoDir, path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text, Utf8);
            }
        }

        int count = 0;
        foreach (CorpusArticle article in articles)
        {
            if (articleDir is not null)
            {
                File.WriteAllText(Path.Combine(articleDir, article.FileName), article.Text, Utf8);
            }

            if (contentDir is not null)
            {
                File.WriteAllText(Path.Combine(contentDir, HugoSite.ContentFileName(article)), HugoSite.ToMarkdown(article), Utf8);
            }

            count++;
        }

        return count;
    }

    /// <summary>Where <see cref="WriteArticles"/> puts the articles: <c>outDir/articles</c>.</summary>
    public static string ArticlesDirectory(string outDir) => Path.Combine(outDir, "articles");

    /// <summary>Where <see cref="WriteHugoSite"/> puts the content files: <c>hugoDir/content/articles</c>.</summary>
    public static string HugoContentDirectory(string hugoDir) => Path.Combine(hugoDir, "content", "articles");
}
