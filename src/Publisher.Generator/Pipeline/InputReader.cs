using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Publisher.Generator.Model;
using Publisher.Parsing;

namespace Publisher.Generator.Pipeline;

/// <summary>
/// Picks the article files out of the AdditionalFiles and reads them. A file is an article when its item has
/// <c>PublisherArticle="true"</c>, or, without that metadata, when it is a .txt or .md file in a folder named
/// "articles". The entity registry is never an article, whatever its name.
/// </summary>
public static class InputReader
{
    private const string ArticleMetadata = "build_metadata.AdditionalFiles.PublisherArticle";

    public static ArticleInput? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var path = file.Path;
        var fileOptions = options.GetOptions(file);
        if (RegistryInputReader.Flag(fileOptions) == true)
        {
            return null;
        }

        if (fileOptions.TryGetValue(ArticleMetadata, out var flag) && !string.IsNullOrWhiteSpace(flag))
        {
            if (!string.Equals(flag.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }
        else if (!LooksLikeArticle(path))
        {
            return null;
        }

        var settings = SettingsReader.Read(options.GlobalOptions);
        var text = file.GetText(cancellationToken);
        var content = text?.ToString() ?? string.Empty;
        var decodedAsUtf8 = text?.Encoding is null or UTF8Encoding or UnicodeEncoding or UTF32Encoding;
        return new ArticleInput(path, RelativePath(path, SettingsReader.Get(options.GlobalOptions, "PublisherContentRoot")), content, decodedAsUtf8, settings.MaxArticleBytes);
    }

    private static bool LooksLikeArticle(string path)
    {
        var normalized = path.Replace('\\', '/');
        var format = ArticleParser.FormatOf(normalized);
        var extension = System.IO.Path.GetExtension(normalized);
        var isArticleFile = format == Parsing.Model.ArticleFormat.Markdown || string.Equals(extension, ".txt", StringComparison.OrdinalIgnoreCase);
        return isArticleFile && normalized.IndexOf("/articles/", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>
    /// The path relative to the content root, with forward slashes, so records do not depend on the machine. A file
    /// outside the root keeps its full path, which stays unique.
    /// </summary>
    public static string RelativePath(string path, string? root)
    {
        var normalized = path.Replace('\\', '/');
        if (root is null)
        {
            return normalized;
        }

        var prefix = root.Replace('\\', '/').TrimEnd('/') + "/";
        return normalized.StartsWith(prefix, StringComparison.Ordinal) ? normalized.Substring(prefix.Length) : normalized;
    }
}
