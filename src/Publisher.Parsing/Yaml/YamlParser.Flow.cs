using System.Collections.Immutable;

namespace Publisher.Parsing.Yaml;

/// <summary>Flow collections: <c>[a, b]</c> and <c>{a: 1}</c>, nested and spread over lines if wanted.</summary>
internal sealed partial class YamlParser
{
    /// <summary>Reads the collection whose bracket is at the cursor and leaves the cursor after its closing bracket.</summary>
    /// <param name="parentIndent">Indentation of the enclosing block collection; lines inside the brackets must be
    /// deeper, except a line that starts with the closing bracket.</param>
    private YamlNode? ParseFlowCollection(int parentIndent, int depth)
    {
        var openRow = _row;
        var openPos = _pos;
        if (depth > MaxDepth)
        {
            return FailTooDeep(openRow, openPos);
        }

        var open = _text[openPos];
        var isMapping = open == '{';
        var close = isMapping ? '}' : ']';
        var entries = isMapping ? ImmutableArray.CreateBuilder<YamlEntry>() : null;
        var items = isMapping ? null : ImmutableArray.CreateBuilder<YamlNode>();
        var keys = default(DuplicateKeyFinder);
        var expectSeparator = false;
        _pos++;
        while (true)
        {
            if (!SkipFlowWhitespace(parentIndent, openRow, openPos))
            {
                return null;
            }

            var c = _text[_pos];
            if (c == close)
            {
                _pos++;
                break;
            }

            if (c is ']' or '}')
            {
                return Fail<YamlNode>(_row, _pos, $"found '{c}' but the '{open}' on line {FileLine(openRow)}, column {Column(openRow, openPos)} is still open; expected '{close}'");
            }

            if (expectSeparator)
            {
                if (c != ',')
                {
                    return Fail<YamlNode>(_row, _pos, c != ':'
                        ? $"expected ',' or '{close}' here"
                        : isMapping
                            ? "a value inside '{ }' cannot contain ': '; put the value in quotes"
                            : "'key: value' pairs are not supported inside '[ ]'; use '{ }' for a mapping, or put the text in quotes");
                }

                _pos++;
                expectSeparator = false;
                continue;
            }

            if (c == ',')
            {
                return Fail<YamlNode>(_row, _pos, "unexpected ',': there is no value before it");
            }

            if (entries is not null)
            {
                if (!TryParseFlowEntry(entries, ref keys, parentIndent, depth, openRow, openPos))
                {
                    return null;
                }
            }
            else
            {
                var item = ParseFlowNode(parentIndent, depth + 1);
                if (item is null)
                {
                    return null;
                }

                items!.Add(item);
            }

            expectSeparator = true;
        }

        return entries is not null
            ? new YamlMapping(Freeze(entries), FileLine(openRow), Column(openRow, openPos))
            : new YamlSequence(Freeze(items!), FileLine(openRow), Column(openRow, openPos));
    }

    private bool TryParseFlowEntry(ImmutableArray<YamlEntry>.Builder entries, ref DuplicateKeyFinder keys, int parentIndent, int depth, int openRow, int openPos)
    {
        var keyRow = _row;
        var keyPos = _pos;
        if (_text[keyPos] is '[' or '{')
        {
            return Report(keyRow, keyPos, "a list or mapping cannot be used as a key; only plain or quoted text can");
        }

        if (ParseFlowNode(parentIndent, depth + 1) is not YamlScalar key || !SkipFlowWhitespace(parentIndent, openRow, openPos))
        {
            return false;
        }

        if (_text[_pos] != ':')
        {
            var hint = key.Style == YamlScalarStyle.Plain && key.Value.IndexOf(':') >= 0 ? " (put a space after the colon)" : string.Empty;
            return Report(_row, _pos, $"expected ':' after the key '{Shorten(key.Value)}'{hint}");
        }

        if (keys.TryFindEarlier(key.Value, entries, out var firstLine))
        {
            return Report(keyRow, keyPos, $"duplicate key '{Shorten(key.Value)}' (first defined on line {firstLine})");
        }

        var colonRow = _row;
        var colonPos = _pos;
        _pos++;
        if (!SkipFlowWhitespace(parentIndent, openRow, openPos))
        {
            return false;
        }

        var value = _text[_pos] is ',' or '}' ? EmptyScalar(colonRow, colonPos + 1) : ParseFlowNode(parentIndent, depth + 1);
        if (value is null)
        {
            return false;
        }

        entries.Add(new YamlEntry(key, value));
        keys.Remember(entries);
        return true;
    }

    private YamlNode? ParseFlowNode(int parentIndent, int depth)
    {
        var c = _text[_pos];
        switch (c)
        {
            case '[':
            case '{':
                return ParseFlowCollection(parentIndent, depth);
            case '"':
            case '\'':
                return ParseQuoted(_row, _pos, parentIndent);
        }

        if (IsUnsupportedFeature(_row, _pos))
        {
            return null;
        }

        var end = _source[_row].End;
        if (!CanStartFlowPlain(_pos, end))
        {
            return Fail<YamlNode>(_row, _pos, $"'{c}' cannot start a value here; put the value in quotes");
        }

        // Plain text inside brackets stays on one line: it ends at a flow indicator, ': ', a comment or the line end.
        var start = _pos;
        var i = start;
        while (i < end)
        {
            var ch = _text[i];
            if (IsFlowIndicator(ch)
                || (ch == ':' && (i + 1 == end || IsWhite(_text[i + 1]) || IsFlowIndicator(_text[i + 1])))
                || (ch == '#' && i > start && IsWhite(_text[i - 1])))
            {
                break;
            }

            i++;
        }

        _pos = i;
        var value = _text.Substring(start, TrimEndWhite(start, i) - start);
        return new YamlScalar(value, YamlScalarStyle.Plain, FileLine(_row), Column(_row, start));
    }

    private bool CanStartFlowPlain(int offset, int end)
    {
        var c = _text[offset];
        if (c is '-' or '?' or ':')
        {
            return offset + 1 < end && !IsWhite(_text[offset + 1]) && !IsFlowIndicator(_text[offset + 1]);
        }

        return !IsFlowIndicator(c) && c is not ('#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`');
    }

    private static bool IsFlowIndicator(char c) => c is ',' or '[' or ']' or '{' or '}';

    /// <summary>
    /// Moves the cursor to the next significant character inside brackets, across spaces, comments and lines.
    /// </summary>
    private bool SkipFlowWhitespace(int parentIndent, int openRow, int openPos)
    {
        while (true)
        {
            var line = _source[_row];
            var p = SkipWhite(_pos, line.End);
            if (p < line.End && !(_text[p] == '#' && (p == line.Start || IsWhite(_text[p - 1]))))
            {
                _pos = p;
                return true;
            }

            _row++;
            if (IsEndOfBlock(_row) || IsOutdentedInsideFlow(_source[_row], parentIndent))
            {
                var isMapping = _text[openPos] == '{';
                var message = isMapping
                    ? "unterminated mapping: this '{' has no matching '}'"
                    : "unterminated list: this '[' has no matching ']'";
                return Report(openRow, openPos, message);
            }

            _pos = _source[_row].Start;
        }
    }

    /// <summary>
    /// A line inside brackets indented no deeper than the enclosing block means the brackets were never closed;
    /// a closing bracket or comment there is tolerated, as most YAML readers do.
    /// </summary>
    private bool IsOutdentedInsideFlow(SourceLine line, int parentIndent) =>
        !line.IsBlank && line.Indent <= parentIndent && _text[line.ContentStart] is not (']' or '}' or '#');
}
