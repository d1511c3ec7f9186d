namespace Publisher.Parsing.Yaml;

/// <summary>
/// Reads the strict YAML subset used by article front matter and the entity registry.
/// </summary>
/// <remarks>
/// <para>Supported:</para>
/// <list type="bullet">
/// <item>Block mappings <c>key: value</c> with plain or quoted keys, nested by indentation with spaces.</item>
/// <item>Block sequences <c>- item</c> whose items are scalars, mappings (<c>- name: X</c> with more keys aligned
/// under <c>name</c>) or sequences (<c>- - a</c>); a sequence may sit at the same indentation as its key
/// (<c>aliases:</c> then <c>- A</c>).</item>
/// <item>Flow sequences <c>[a, "b, c", 'd']</c> and flow mappings <c>{a: 1, b: two}</c>, nested in each other,
/// spread over several lines if wanted; a trailing comma is allowed. Plain text inside them stays on one line.</item>
/// <item>Plain scalars (trailing spaces trimmed; <c> #</c> starts a comment; more-indented continuation lines are
/// joined with single spaces and blank lines become line breaks), single-quoted scalars (<c>''</c> is a quote),
/// double-quoted scalars (escapes <c>\" \\ \/ \0 \a \b \t \n \v \f \r \e \N \_ \L \P \xXX \uXXXX \UXXXXXXXX</c>,
/// a backslash space, and a backslash at the end of a line), quoted scalars over several lines (folded as YAML
/// does), and block scalars: literal <c>|</c> and folded <c>&gt;</c> with an optional chomping indicator
/// <c>-</c>/<c>+</c> and an optional indentation digit.</item>
/// <item>Comments, blank lines, one optional <c>---</c> line before the document and one optional <c>...</c> line
/// after it.</item>
/// <item><c>key:</c> with nothing after it and nothing more indented below is an empty plain scalar.</item>
/// </list>
/// <para>Values are always text: <c>~</c>, <c>null</c>, <c>true</c>, <c>2024-01-31</c> stay strings, and the
/// <see cref="YamlScalarStyle"/> lets the caller tell <c>null</c> from <c>"null"</c>. A plain scalar alone is a
/// valid document. An empty document, or one with only comments, has neither a root nor an error.</para>
/// <para>Not supported, each reported as an error naming the feature: anchors (<c>&amp;a</c>), aliases
/// (<c>*a</c>), tags (<c>!!str</c>), complex keys (<c>? key</c>), directives (<c>%YAML</c>), and several documents
/// (<c>---</c> after content). Also rejected, as real YAML does: tabs in indentation, inconsistent indentation,
/// duplicate keys, unterminated quotes and brackets, lines that are not <c>key: value</c> inside a mapping, invalid
/// escapes, <c>: </c> inside a plain value (quote the value instead), and nesting deeper than 64 levels.</para>
/// <para>The reader never throws and always terminates: it returns the first error, with its position in the file.
/// Lines end at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>; a leading byte-order mark is skipped.</para>
/// </remarks>
public static class YamlReader
{
    /// <summary>Reads one YAML document.</summary>
    /// <param name="text">The YAML document only, for example the lines between front-matter fences.</param>
    /// <param name="firstLine">The 1-based line in the file where <paramref name="text"/> begins, so that every
    /// position reported is a file position.</param>
    public static YamlReadResult Read(string text, int firstLine = 1) => YamlParser.Parse(text ?? string.Empty, firstLine);
}
