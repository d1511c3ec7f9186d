using System.Collections.Immutable;
using System.Text;
using Publisher.Parsing.Catalog;
using Publisher.Parsing.Diagnostics;
using Publisher.Parsing.FrontMatter;
using Publisher.Parsing.Model;
using Publisher.Parsing.Structure;
using Publisher.Parsing.Text;

namespace Publisher.Parsing;

/// <summary>
/// Reads one article file into an <see cref="Article"/>: front matter, then the body's structure (headline,
/// standfirst, captions, dateline, paragraphs), then dates and slug. Never throws on content; every problem is a
/// <see cref="ContentDiagnostic"/>. Thread-safe.
/// </summary>
public static class ArticleParser
{
    public static ArticleParseResult Parse(string text, string path, ParserOptions? options = null) =>
        Parse(new ArticleSource(path, text), options);

    public static ArticleParseResult Parse(ArticleSource source, ParserOptions? options = null)
    {
        options ??= ParserOptions.Default;
        var path = source.Path;
        var text = TextCleaner.ReplaceInvalid(source.Text);
        var lines = new LineMap(text);
        var diagnostics = new List<ContentDiagnostic>();

        var bytes = source.ByteLength ?? Encoding.UTF8.GetByteCount(text);
        if (bytes > options.MaxFileBytes)
        {
            diagnostics.Add(DiagnosticCatalog.FileTooLarge.Create(path, lines.At(1, 1), bytes, options.MaxFileBytes));
            return new ArticleParseResult(null, diagnostics.ToImmutableArray());
        }

        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            diagnostics.Add(DiagnosticCatalog.NotText.Create(path, lines.Range(nul, nul + 1), LooksLikeUtf16(text) ? "; it looks like UTF-16 without a byte-order mark: save it as UTF-8" : string.Empty));
            return new ArticleParseResult(null, diagnostics.ToImmutableArray());
        }

        // Decoders (the compiler's among them) replace bytes that are not UTF-8 with U+FFFD; a replacement
        // character in an article is always a sign of that.
        var replacement = text.IndexOf('\uFFFD');
        if (source.InvalidUtf8Offset is { } invalidAt)
        {
            diagnostics.Add(DiagnosticCatalog.InvalidUtf8.Create(path, InvalidUtf8Location(text, lines), invalidAt >= 0 ? $" (first bad byte at offset {invalidAt})" : string.Empty));
        }
        else if (replacement >= 0)
        {
            diagnostics.Add(DiagnosticCatalog.InvalidUtf8.Create(path, lines.Range(replacement, replacement + 1), " (it holds U+FFFD replacement characters where bytes could not be read)"));
        }

        if (IsBlank(text))
        {
            diagnostics.Add(DiagnosticCatalog.EmptyFile.Create(path, lines.At(1, 1)));
            return new ArticleParseResult(null, diagnostics.ToImmutableArray());
        }

        var format = FormatOf(path);
        var block = FrontMatterBlock.Find(text);
        if (!block.Present && format == ArticleFormat.Markdown)
        {
            diagnostics.Add(DiagnosticCatalog.MissingFrontMatter.Create(path, lines.At(1, 1)));
        }

        var values = block.Present ? new FrontMatterReader(path, lines, diagnostics).Read(block) : FrontMatterValues.Empty;
        var segments = format == ArticleFormat.Markdown
            ? MarkdownSegmenter.Split(text, block.BodyStart, block.BodyFirstLine)
            : TextSegmenter.Split(text, block.BodyStart, block.BodyFirstLine);
        var draft = new ArticleDraft(text, segments, format) { GivenTitle = values.Title, GivenStandfirst = values.Standfirst };
        StructurePipeline.Default.Run(draft);

        var article = new ArticleAssembler(path, text, lines, format, values, draft, diagnostics, options.Registry).Assemble(block);
        return new ArticleParseResult(article, article.Diagnostics);
    }

    public static ArticleFormat FormatOf(string path)
    {
        var extension = System.IO.Path.GetExtension(path);
        return string.Equals(extension, ".md", StringComparison.OrdinalIgnoreCase)
            || string.Equals(extension, ".markdown", StringComparison.OrdinalIgnoreCase)
            ? ArticleFormat.Markdown
            : ArticleFormat.Text;
    }

    /// <summary>The article id: the file name without folder or extension.</summary>
    public static string IdOf(string path) => System.IO.Path.GetFileNameWithoutExtension(path.Replace('\\', '/'));

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!TextCleaner.IsSpace(c) && c != '\n' && c != '\r' && c != '\uFEFF')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>UTF-16 text of a Latin script read as UTF-8 has a NUL beside every letter.</summary>
    private static bool LooksLikeUtf16(string text)
    {
        var sample = Math.Min(text.Length, 4096);
        var nuls = 0;
        for (var i = 0; i < sample; i++)
        {
            if (text[i] == '\0')
            {
                nuls++;
            }
        }

        return nuls * 3 >= sample;
    }

    private static SourceRange InvalidUtf8Location(string text, LineMap lines)
    {
        var at = text.IndexOf('\uFFFD');
        return at < 0 ? lines.At(1, 1) : lines.Range(at, at + 1);
    }
}
