using Publisher.Parsing.Text;

namespace Publisher.Parsing.FrontMatter;

/// <summary>
/// Where the YAML front matter and the body of a file are. <see cref="Unterminated"/> means the opening fence has no
/// closing one; the block is then taken to end at the first blank line, so the body is still read.
/// </summary>
public sealed record FrontMatterBlock(bool Present, string Yaml, int YamlFirstLine, int BodyStart, int BodyFirstLine, bool Unterminated)
{
    public static readonly FrontMatterBlock None = new(false, string.Empty, 0, 0, 1, false);

    public static FrontMatterBlock Find(string text)
    {
        var lines = SourceLines.Split(text, 0, 1);
        if (lines.Count == 0 || !IsFence(text, lines[0], "---"))
        {
            return None;
        }

        for (var i = 1; i < lines.Count; i++)
        {
            if (IsFence(text, lines[i], "---") || IsFence(text, lines[i], "..."))
            {
                return Make(text, lines, i, i + 1, unterminated: false);
            }
        }

        var firstBlank = lines.FindIndex(1, l => l.IsBlank(text));
        return firstBlank < 0
            ? Make(text, lines, lines.Count, lines.Count, unterminated: true)
            : Make(text, lines, firstBlank, firstBlank + 1, unterminated: true);
    }

    private static FrontMatterBlock Make(string text, List<SourceLine> lines, int yamlEndLine, int bodyLine, bool unterminated)
    {
        var yamlStart = lines[0].End;
        yamlStart = SkipLineBreak(text, yamlStart);
        var yamlEnd = yamlEndLine < lines.Count ? lines[yamlEndLine].Start : text.Length;
        var yaml = yamlEnd > yamlStart ? text.Substring(yamlStart, yamlEnd - yamlStart) : string.Empty;
        var bodyStart = bodyLine < lines.Count ? lines[bodyLine].Start : text.Length;
        return new FrontMatterBlock(true, yaml, 2, bodyStart, bodyLine + 1, unterminated);
    }

    private static int SkipLineBreak(string text, int offset)
    {
        if (offset < text.Length && text[offset] == '\r')
        {
            offset++;
        }

        if (offset < text.Length && text[offset] == '\n')
        {
            offset++;
        }

        return offset;
    }

    private static bool IsFence(string text, SourceLine line, string fence)
    {
        var content = line.Content(text).TrimEnd();
        if (line.Number == 1 && content.Length > 0 && content[0] == '\uFEFF')
        {
            content = content.Substring(1);
        }

        return content == fence;
    }
}
