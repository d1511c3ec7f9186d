using System.Collections.Immutable;

namespace Publisher.Parsing.Yaml;

/// <summary>Block structure: mappings and sequences nested by indentation.</summary>
internal sealed partial class YamlParser
{
    /// <summary>Where a node starts, which limits what it may be.</summary>
    private enum NodeContext
    {
        /// <summary>First thing on its line: any node.</summary>
        OwnLine,

        /// <summary>After <c>- </c>: any node, a mapping or sequence being indented to its first character.</summary>
        AfterDash,

        /// <summary>After <c>key: </c>: YAML allows no block collection to start here.</summary>
        AfterColon,
    }

    /// <param name="parentIndent">Indentation of the enclosing block collection; continuation lines must be deeper.</param>
    private YamlNode? ParseNode(int row, int offset, int parentIndent, int depth, NodeContext context)
    {
        if (IsUnsupportedFeature(row, offset))
        {
            return null;
        }

        if (IsSequenceIndicator(row, offset))
        {
            return context == NodeContext.AfterColon
                ? Fail<YamlNode>(row, offset, "a list cannot start on the same line as its key; put each '- item' on its own line below the key")
                : ParseBlockSequence(row, offset, parentIndent, depth);
        }

        if (context != NodeContext.AfterColon && IsMappingKeyAhead(row, offset))
        {
            return ParseBlockMapping(row, offset, parentIndent, depth);
        }

        switch (_text[offset])
        {
            case '|':
            case '>':
                return ParseBlockScalar(row, offset, parentIndent);
            case '[':
            case '{':
                _row = row;
                _pos = offset;
                return FinishInlineValue(ParseFlowCollection(parentIndent, depth), "a list or mapping cannot be used as a key; only plain or quoted text can");
            case '"':
            case '\'':
                return FinishInlineValue(ParseQuoted(row, offset, parentIndent), "unexpected ':' after the closing quote; a value cannot contain another 'key: value' on the same line");
        }

        return CanStartPlain(row, offset)
            ? ParsePlainInBlock(row, offset, parentIndent, context == NodeContext.OwnLine)
            : FailCannotStartValue(row, offset, parentIndent);
    }

    private YamlNode? ParseBlockMapping(int row, int offset, int parentIndent, int depth)
    {
        if (depth > MaxDepth)
        {
            return FailTooDeep(row, offset);
        }

        var indent = offset - _source[row].Start;
        var entries = ImmutableArray.CreateBuilder<YamlEntry>();
        var keys = default(DuplicateKeyFinder);
        var entryRow = row;
        var keyOffset = offset;
        while (true)
        {
            var key = ParseBlockKey(entryRow, keyOffset, out var colon);
            if (key is null)
            {
                return null;
            }

            if (keys.TryFindEarlier(key.Value, entries, out var firstLine))
            {
                return Fail<YamlNode>(entryRow, keyOffset, $"duplicate key '{Shorten(key.Value)}' (first defined on line {firstLine})");
            }

            var value = ParseBlockValue(entryRow, colon, indent, depth);
            if (value is null)
            {
                return null;
            }

            entries.Add(new YamlEntry(key, value));
            keys.Remember(entries);

            var next = NextContentRow(_nextRow);
            if (!ContinuesBlock(next, indent, parentIndent, entryRow, "key", out var nextOffset))
            {
                if (_error is not null)
                {
                    return null;
                }

                break;
            }

            if (!IsMappingKeyAhead(next, nextOffset))
            {
                return FailNotAnEntry(next, nextOffset);
            }

            entryRow = next;
            keyOffset = nextOffset;
        }

        return new YamlMapping(Freeze(entries), FileLine(row), Column(row, offset));
    }

    private YamlNode? ParseBlockSequence(int row, int offset, int parentIndent, int depth)
    {
        if (depth > MaxDepth)
        {
            return FailTooDeep(row, offset);
        }

        var indent = offset - _source[row].Start;
        var items = ImmutableArray.CreateBuilder<YamlNode>();
        var itemRow = row;
        while (true)
        {
            var item = ParseSequenceItem(itemRow, _source[itemRow].Start + indent, indent, depth);
            if (item is null)
            {
                return null;
            }

            items.Add(item);

            var next = NextContentRow(_nextRow);
            if (!ContinuesBlock(next, indent, parentIndent, itemRow, "list item", out var nextOffset))
            {
                if (_error is not null)
                {
                    return null;
                }

                break;
            }

            if (!IsSequenceIndicator(next, nextOffset))
            {
                // A list written at the same indentation as its key ends where the next key begins.
                if (indent == parentIndent)
                {
                    break;
                }

                return FailNotAnItem(next, nextOffset, row);
            }

            itemRow = next;
        }

        return new YamlSequence(Freeze(items), FileLine(row), Column(row, offset));
    }

    private YamlNode? ParseBlockValue(int row, int colon, int indent, int depth)
    {
        var line = _source[row];
        var start = SkipWhite(colon + 1, line.End);

        // The colon is followed by whitespace, so a '#' here always starts a comment.
        if (start < line.End && _text[start] != '#')
        {
            return ParseNode(row, start, indent, depth + 1, NodeContext.AfterColon);
        }

        var next = NextContentRow(row + 1);
        if (!IsEndOfBlock(next))
        {
            if (!TryStructureIndent(next, out var nextIndent))
            {
                return null;
            }

            var nextOffset = _source[next].Start + nextIndent;
            if (nextIndent > indent)
            {
                return ParseNode(next, nextOffset, indent, depth + 1, NodeContext.OwnLine);
            }

            if (nextIndent == indent && IsSequenceIndicator(next, nextOffset))
            {
                return ParseBlockSequence(next, nextOffset, indent, depth + 1);
            }
        }

        _nextRow = row + 1;
        return EmptyScalar(row, colon + 1);
    }

    private YamlNode? ParseSequenceItem(int row, int dash, int indent, int depth)
    {
        var line = _source[row];
        var start = SkipWhite(dash + 1, line.End);
        if (start < line.End && _text[start] != '#')
        {
            return ParseNode(row, start, indent, depth + 1, NodeContext.AfterDash);
        }

        var next = NextContentRow(row + 1);
        if (!IsEndOfBlock(next))
        {
            if (!TryStructureIndent(next, out var nextIndent))
            {
                return null;
            }

            if (nextIndent > indent)
            {
                return ParseNode(next, _source[next].Start + nextIndent, indent, depth + 1, NodeContext.OwnLine);
            }
        }

        _nextRow = row + 1;
        return EmptyScalar(row, dash + 1);
    }

    /// <summary>
    /// Decides whether the next content line continues a block collection at <paramref name="indent"/>; false when
    /// the collection ends there, or when the line is mis-indented (then an error is recorded).
    /// </summary>
    private bool ContinuesBlock(int next, int indent, int parentIndent, int previousRow, string kind, out int nextOffset)
    {
        nextOffset = 0;
        if (IsEndOfBlock(next) || !TryStructureIndent(next, out var nextIndent))
        {
            return false;
        }

        nextOffset = _source[next].Start + nextIndent;
        if (nextIndent == indent)
        {
            return true;
        }

        if (nextIndent > indent)
        {
            return Report(next, nextOffset, $"unexpected indentation: this line is indented further than the {kind} on line {FileLine(previousRow)}, whose value is already complete");
        }

        // Back at or left of the parent's level: this collection simply ends. Between the two levels: no match.
        return nextIndent > parentIndent
            && Report(next, nextOffset, $"inconsistent indentation: this line starts at column {nextIndent + 1}, but the {kind} on line {FileLine(previousRow)} starts at column {indent + 1}");
    }

    private YamlScalar? ParseBlockKey(int row, int offset, out int colon)
    {
        var line = _source[row];
        if (_text[offset] is '"' or '\'')
        {
            // IsMappingKeyAhead has seen the closing quote and the colon on this line.
            var quoted = ParseQuoted(row, offset, RootIndent);
            colon = quoted is null ? -1 : SkipWhite(_pos, line.End);
            return quoted is null || _row != row || colon >= line.End || _text[colon] != ':'
                ? Fail<YamlScalar>(row, offset, "expected ':' after the quoted key")
                : quoted;
        }

        colon = FindPlainKeyColon(offset, line.End);
        var keyEnd = TrimEndWhite(offset, colon);
        return new YamlScalar(_text.Substring(offset, keyEnd - offset), YamlScalarStyle.Plain, FileLine(row), Column(row, offset));
    }

    private bool IsSequenceIndicator(int row, int offset)
    {
        var end = _source[row].End;
        return _text[offset] == '-' && (offset + 1 == end || IsWhite(_text[offset + 1]));
    }

    /// <summary>Whether a line holds <c>key:</c> followed by whitespace or its end, the key plain or quoted.</summary>
    private bool IsMappingKeyAhead(int row, int offset)
    {
        var end = _source[row].End;
        var c = _text[offset];
        if (c is '"' or '\'')
        {
            var close = FindClosingQuoteOnLine(offset, end);
            if (close < 0)
            {
                return false;
            }

            var colon = SkipWhite(close + 1, end);
            return colon < end && _text[colon] == ':' && (colon + 1 == end || IsWhite(_text[colon + 1]));
        }

        return CanStartPlain(row, offset) && FindPlainKeyColon(offset, end) >= 0;
    }

    private int FindClosingQuoteOnLine(int open, int end)
    {
        var quote = _text[open];
        for (var i = open + 1; i < end; i++)
        {
            var c = _text[i];
            if (quote == '"' && c == '\\')
            {
                i++;
            }
            else if (c == quote)
            {
                if (quote == '\'' && i + 1 < end && _text[i + 1] == '\'')
                {
                    i++;
                }
                else
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>The colon that ends a plain key, or -1 if a comment or the line's end comes first.</summary>
    private int FindPlainKeyColon(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = _text[i];
            if (c == ':' && (i + 1 == end || IsWhite(_text[i + 1])))
            {
                return i;
            }

            if (c == '#' && i > start && IsWhite(_text[i - 1]))
            {
                return -1;
            }
        }

        return -1;
    }

    private YamlNode? FailNotAnEntry(int row, int offset)
    {
        if (IsUnsupportedFeature(row, offset))
        {
            return null;
        }

        var line = _source[row];
        if (IsSequenceIndicator(row, offset))
        {
            return Fail<YamlNode>(row, offset, "expected 'key: value' but found a list item '- …'; a list must be the value of a key");
        }

        if (_text[offset] == ':')
        {
            return Fail<YamlNode>(row, offset, "missing key before ':'");
        }

        return Fail<YamlNode>(row, offset, $"expected 'key: value' but found '{Excerpt(offset, line.End)}' (is the colon after the key missing?)");
    }

    private YamlNode? FailNotAnItem(int row, int offset, int firstItemRow)
    {
        if (IsUnsupportedFeature(row, offset))
        {
            return null;
        }

        return Fail<YamlNode>(row, offset, $"expected a list item '- …' like those above (the list starts on line {FileLine(firstItemRow)}), but found '{Excerpt(offset, _source[row].End)}'");
    }

    /// <summary>
    /// Checks what follows a quoted scalar or flow collection on its last line: only a comment may.
    /// </summary>
    private YamlNode? FinishInlineValue(YamlNode? node, string colonMessage)
    {
        if (node is null)
        {
            return null;
        }

        var line = _source[_row];
        var p = SkipWhite(_pos, line.End);
        if (p < line.End && !(_text[p] == '#' && p > _pos))
        {
            return Fail<YamlNode>(_row, p, _text[p] == ':' ? colonMessage : $"unexpected text '{Excerpt(p, line.End)}' after the value; only a comment (' # …') may follow it");
        }

        _nextRow = _row + 1;
        return node;
    }
}
