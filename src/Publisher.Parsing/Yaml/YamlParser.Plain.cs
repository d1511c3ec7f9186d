namespace Publisher.Parsing.Yaml;

/// <summary>Unquoted text in block context, possibly continued on more-indented lines.</summary>
internal sealed partial class YamlParser
{
    private const int LongestSuggestedValue = 60;

    /// <param name="startsOwnLine">The scalar is the first thing on its line, so key-like lines aligned with it
    /// mean a colon was forgotten rather than a badly indented value.</param>
    private YamlNode? ParsePlainInBlock(int row, int offset, int parentIndent, bool startsOwnLine)
    {
        var stop = ScanPlainLine(row, offset, isContinuation: false, out var endsAtComment);
        if (stop < 0)
        {
            return null;
        }

        var firstEnd = TrimEndWhite(offset, stop);
        var lastRow = row;
        var folded = false;
        if (!endsAtComment)
        {
            var ownIndent = offset - _source[row].Start;
            var blankLines = 0;
            for (var r = row + 1; r < LineCount; r++)
            {
                var line = _source[r];
                if (line.Marker == DocumentMarker.None && line.IsBlank)
                {
                    blankLines++;
                    continue;
                }

                // A comment ends the scalar; tabs at or left of the parent's indentation are reported by the caller.
                if (line.Marker != DocumentMarker.None || _text[line.ContentStart] == '#' || line.Indent <= parentIndent)
                {
                    break;
                }

                if (startsOwnLine && line.Indent == ownIndent && IsMappingKeyAhead(r, line.ContentStart))
                {
                    return Fail<YamlNode>(row, offset, $"expected 'key: value' but found '{Excerpt(offset, firstEnd)}' (is the colon after the key missing?)");
                }

                var lineStop = ScanPlainLine(r, line.ContentStart, isContinuation: true, out endsAtComment);
                if (lineStop < 0)
                {
                    return null;
                }

                if (!folded)
                {
                    _buffer.Clear().Append(_text, offset, firstEnd - offset);
                    folded = true;
                }

                // YAML folds a single line break into a space and keeps the breaks of blank lines.
                if (blankLines == 0)
                {
                    _buffer.Append(' ');
                }
                else
                {
                    _buffer.Append('\n', blankLines);
                }

                _buffer.Append(_text, line.ContentStart, TrimEndWhite(line.ContentStart, lineStop) - line.ContentStart);
                blankLines = 0;
                lastRow = r;
                if (endsAtComment)
                {
                    break;
                }
            }
        }

        _nextRow = lastRow + 1;
        var value = folded ? _buffer.ToString() : _text.Substring(offset, firstEnd - offset);
        return new YamlScalar(value, YamlScalarStyle.Plain, FileLine(row), Column(row, offset));
    }

    /// <summary>
    /// Finds where plain text on one line stops: at a comment or the line's end. A colon followed by a space would
    /// make the text a key, which YAML forbids inside a value, so that is an error.
    /// </summary>
    /// <returns>The stop offset, or -1 after recording an error.</returns>
    private int ScanPlainLine(int row, int start, bool isContinuation, out bool endsAtComment)
    {
        endsAtComment = false;
        var end = _source[row].End;
        for (var i = start; i < end; i++)
        {
            var c = _text[i];
            if (c == ':' && (i + 1 == end || IsWhite(_text[i + 1])))
            {
                Report(row, i, isContinuation
                    ? "unexpected ': ' in a line that continues the value above; if this is a new key, indent it like the other keys, and if the colon is part of the text, put the whole value in quotes"
                    : $"this value contains ': ', which YAML reads as the start of another key; put the whole value in quotes: {SuggestQuoted(start, end)}");
                return -1;
            }

            if (c == '#' && i > start && IsWhite(_text[i - 1]))
            {
                endsAtComment = true;
                return i;
            }
        }

        return end;
    }

    /// <summary>The value from <paramref name="start"/> to its comment or line end, double-quoted and escaped.</summary>
    private string SuggestQuoted(int start, int end)
    {
        var stop = start;
        while (stop < end && !(_text[stop] == '#' && stop > start && IsWhite(_text[stop - 1])))
        {
            stop++;
        }

        var value = Shorten(_text.Substring(start, TrimEndWhite(start, stop) - start), LongestSuggestedValue);
        return "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }

    /// <summary>Whether plain text may start here; indicator characters would mean something else in YAML.</summary>
    private bool CanStartPlain(int row, int offset)
    {
        var end = _source[row].End;
        switch (_text[offset])
        {
            case '-':
            case '?':
            case ':':
                return offset + 1 < end && !IsWhite(_text[offset + 1]);
            case ',':
            case '[':
            case ']':
            case '{':
            case '}':
            case '#':
            case '&':
            case '*':
            case '!':
            case '|':
            case '>':
            case '\'':
            case '"':
            case '%':
            case '@':
            case '`':
                return false;
            default:
                return true;
        }
    }

    private YamlNode? FailCannotStartValue(int row, int offset, int parentIndent)
    {
        var c = _text[offset];
        if (c == ':')
        {
            return Fail<YamlNode>(row, offset, "missing key before ':'");
        }

        if (c == '%' && parentIndent == RootIndent && offset == _source[row].Start)
        {
            return Fail<YamlNode>(row, offset, "directives such as '%YAML' are not supported; remove the line");
        }

        return Fail<YamlNode>(row, offset, $"a value cannot start with '{c}'; put the value in quotes");
    }
}
