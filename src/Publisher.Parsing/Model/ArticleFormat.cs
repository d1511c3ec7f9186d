namespace Publisher.Parsing.Model;

public enum ArticleFormat
{
    /// <summary>Scraped text, optionally with a YAML front matter block.</summary>
    Text,

    /// <summary>Markdown with YAML front matter; the body is rendered with Markdig by the publisher.</summary>
    Markdown,
}
