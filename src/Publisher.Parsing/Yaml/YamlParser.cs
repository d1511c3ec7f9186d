using System.Collections.Immutable;
using System.Text;

namespace Publisher.Parsing.Yaml;

/// <summary>
/// Recursive descent: whole lines decide block structure, characters decide scalars and flow collections.
/// Every method that can fail records the first error and returns null (or false), so callers only pass the
/// failure up and nothing is ever thrown inside the compiler.
/// </summary>
internal sealed partial class YamlParser
{
    /// <summary>Deepest nesting of collections accepted, so hostile input cannot exhaust the stack.</summary>
    internal const int MaxDepth = 64;

    private const int LongestExcerpt = 40;

    // The root has no enclosing block collection, so any indentation, even none, is deeper than its parent's.
    private const int RootIndent = -1;

    private readonly SourceText _source;
    private readonly string _text;

    // Shared by all scalar scanners; none of them calls another while it is building a value.
    private readonly StringBuilder _buffer = new();

    private YamlError? _error;

    // The first line not consumed by the block node parsed last.
    private int _nextRow;

    // Character cursor for quoted scalars and flow collections, which may continue on later lines.
    private int _row;
    private int _pos;

    private YamlParser(string text, int firstLine)
    {
        _text = text;
        _source = new SourceText(text, firstLine);
    }

    private int LineCount => _source.LineCount;

    public static YamlReadResult Parse(string text, int firstLine)
    {
        var parser = new YamlParser(text, firstLine);
        var root = parser.ParseDocument();
        return parser._error is null ? new YamlReadResult(root, null) : new YamlReadResult(null, parser._error);
    }

    private YamlNode? ParseDocument()
    {
        var row = NextContentRow(0);
        if (row < LineCount && _source[row].Marker == DocumentMarker.Start)
        {
            if (!ExpectOnlyComment(row, _source[row].Start + 3, "a value on the same line as '---' is not supported; start the document on the next line"))
            {
                return null;
            }

            row = NextContentRow(row + 1);
        }

        if (row >= LineCount)
        {
            return null;
        }

        if (_source[row].Marker != DocumentMarker.None)
        {
            return FinishAtMarker(row, root: null);
        }

        if (!TryStructureIndent(row, out var indent))
        {
            return null;
        }

        var root = ParseNode(row, _source[row].Start + indent, RootIndent, 1, NodeContext.OwnLine);
        if (root is null)
        {
            return null;
        }

        var next = NextContentRow(_nextRow);
        if (next >= LineCount)
        {
            return root;
        }

        if (_source[next].Marker != DocumentMarker.None)
        {
            return FinishAtMarker(next, root);
        }

        if (!TryStructureIndent(next, out var nextIndent))
        {
            return null;
        }

        // Block collections take or reject every later line, so only a scalar or flow root can leave text behind.
        return Fail<YamlNode>(next, _source[next].Start + nextIndent, $"unexpected text: the document's value on line {root.Line} is already complete");
    }

    private YamlNode? FinishAtMarker(int row, YamlNode? root)
    {
        var line = _source[row];
        if (line.Marker == DocumentMarker.Start)
        {
            return Fail<YamlNode>(row, line.Start, "multiple documents are not supported: '---' starts a second document; keep a single document");
        }

        if (!ExpectOnlyComment(row, line.Start + 3, "unexpected text after the end-of-document marker '...'"))
        {
            return null;
        }

        var next = NextContentRow(row + 1);
        if (next < LineCount)
        {
            return Fail<YamlNode>(next, _source[next].ContentStart, "multiple documents are not supported: nothing may follow the end-of-document marker '...'");
        }

        return root;
    }

    /// <summary>Skips blank and comment-only lines; stops at content, a document marker or the end.</summary>
    private int NextContentRow(int row)
    {
        while (row < LineCount)
        {
            var line = _source[row];
            if (line.Marker != DocumentMarker.None || !(line.IsBlank || _text[line.ContentStart] == '#'))
            {
                return row;
            }

            row++;
        }

        return row;
    }

    private bool IsEndOfBlock(int row) => row >= LineCount || _source[row].Marker != DocumentMarker.None;

    /// <summary>The indentation of a line whose position decides structure, where a tab would be ambiguous.</summary>
    private bool TryStructureIndent(int row, out int indent)
    {
        var line = _source[row];
        indent = line.Indent;
        if (line.HasTabBeforeContent)
        {
            return Report(row, line.Start + line.Indent, "tab character used for indentation; YAML allows only spaces for indentation");
        }

        return true;
    }

    /// <summary>Accepts the rest of a line only if it is blank or a comment (which must follow whitespace).</summary>
    private bool ExpectOnlyComment(int row, int from, string message)
    {
        var line = _source[row];
        var p = SkipWhite(from, line.End);
        return p == line.End || (_text[p] == '#' && p > from) || Report(row, p, message);
    }

    private int SkipWhite(int from, int end)
    {
        while (from < end && IsWhite(_text[from]))
        {
            from++;
        }

        return from;
    }

    private int TrimEndWhite(int start, int end)
    {
        while (end > start && IsWhite(_text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static bool IsWhite(char c) => c == ' ' || c == '\t';

    private int FileLine(int row) => _source.FirstLine + row;

    private int Column(int row, int offset) => offset - _source[row].Start + 1;

    private YamlScalar EmptyScalar(int row, int offset) =>
        new(string.Empty, YamlScalarStyle.Plain, FileLine(row), Column(row, offset));

    private bool Report(int row, int offset, string message)
    {
        _error ??= new YamlError(message, FileLine(row), Column(row, offset));
        return false;
    }

    private T? Fail<T>(int row, int offset, string message)
        where T : class
    {
        Report(row, offset, message);
        return null;
    }

    private YamlNode? FailTooDeep(int row, int offset) =>
        Fail<YamlNode>(row, offset, $"the document is nested too deeply (more than {MaxDepth} levels of lists and mappings)");

    /// <summary>Reports anchors, aliases, tags and complex keys, which all look like ordinary text otherwise.</summary>
    private bool IsUnsupportedFeature(int row, int offset)
    {
        var end = _source[row].End;
        var message = _text[offset] switch
        {
            '&' => $"anchors ('{Token(offset, end)}') are not supported; repeat the value instead",
            '*' => $"aliases ('{Token(offset, end)}') are not supported; repeat the value instead",
            '!' => $"tags ('{Token(offset, end)}') are not supported; remove the tag (all values are read as text)",
            '?' when offset + 1 == end || IsWhite(_text[offset + 1]) => "complex keys ('? key') are not supported; write 'key: value'",
            _ => null,
        };
        return message is not null && !Report(row, offset, message);
    }

    /// <summary>The word starting at <paramref name="offset"/>, for naming it in a message.</summary>
    private string Token(int offset, int end)
    {
        var stop = offset;
        while (stop < end && !IsWhite(_text[stop]) && !IsFlowIndicator(_text[stop]) && stop - offset < LongestExcerpt)
        {
            stop++;
        }

        return _text.Substring(offset, WholeCharacters(_text, offset, stop) - offset);
    }

    /// <summary>The rest of a line, shortened, for quoting in a message.</summary>
    private string Excerpt(int offset, int end) => Shorten(_text.Substring(offset, TrimEndWhite(offset, end) - offset));

    private static string Shorten(string text, int longest = LongestExcerpt) =>
        text.Length <= longest ? text : text.Substring(0, WholeCharacters(text, 0, longest)) + "…";

    /// <summary>Moves a cut back by one if it would split an emoji or other surrogate pair in a message.</summary>
    private static int WholeCharacters(string text, int start, int cut) =>
        cut > start && cut < text.Length && char.IsHighSurrogate(text[cut - 1]) ? cut - 1 : cut;

    private static ImmutableArray<T> Freeze<T>(ImmutableArray<T>.Builder builder) =>
        builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();
}
