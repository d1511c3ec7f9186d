namespace Publisher.Parsing.Yaml;

/// <summary>Single- and double-quoted scalars, which may run over several lines.</summary>
internal sealed partial class YamlParser
{
    /// <summary>
    /// Reads a quoted scalar starting at its opening quote and leaves the cursor after the closing quote.
    /// </summary>
    /// <param name="parentIndent">Continuation lines must be indented further than this, which also stops an
    /// unclosed quote from swallowing the rest of the document.</param>
    private YamlScalar? ParseQuoted(int row, int offset, int parentIndent)
    {
        var isDouble = _text[offset] == '"';
        var quote = _text[offset];
        _buffer.Clear();

        // Escaped whitespace before this length survives the trimming at a line break.
        var keptLength = 0;
        var r = row;
        var i = offset + 1;
        var end = _source[r].End;
        while (true)
        {
            if (i >= end)
            {
                TrimTrailingWhite(keptLength);
                if (!TryContinueQuoted(ref r, row, offset, parentIndent, escapedBreak: false))
                {
                    return null;
                }

                i = _source[r].ContentStart;
                end = _source[r].End;
                continue;
            }

            var c = _text[i];
            if (c == quote)
            {
                if (!isDouble && i + 1 < end && _text[i + 1] == '\'')
                {
                    _buffer.Append('\'');
                    i += 2;
                    continue;
                }

                _row = r;
                _pos = i + 1;
                var style = isDouble ? YamlScalarStyle.DoubleQuoted : YamlScalarStyle.SingleQuoted;
                return new YamlScalar(_buffer.ToString(), style, FileLine(row), Column(row, offset));
            }

            if (isDouble && c == '\\')
            {
                if (i + 1 == end)
                {
                    // A backslash at the end of a line joins the next line without a space.
                    if (!TryContinueQuoted(ref r, row, offset, parentIndent, escapedBreak: true))
                    {
                        return null;
                    }

                    i = _source[r].ContentStart;
                    end = _source[r].End;
                    keptLength = _buffer.Length;
                    continue;
                }

                i = AppendEscape(r, i, end);
                if (i < 0)
                {
                    return null;
                }

                keptLength = _buffer.Length;
                continue;
            }

            _buffer.Append(c);
            i++;
        }
    }

    /// <summary>
    /// Moves to the next line of a quoted scalar, folding the break as YAML does: one break becomes a space, each
    /// blank line a line feed.
    /// </summary>
    private bool TryContinueQuoted(ref int r, int openRow, int openOffset, int parentIndent, bool escapedBreak)
    {
        var blankLines = 0;
        r++;
        while (r < LineCount && _source[r].Marker == DocumentMarker.None && _source[r].IsBlank)
        {
            blankLines++;
            r++;
        }

        if (r >= LineCount || _source[r].Marker != DocumentMarker.None || _source[r].Indent <= parentIndent)
        {
            var kind = _text[openOffset] == '"' ? "double" : "single";
            return Report(openRow, openOffset, $"unterminated {kind}-quoted value: this {_text[openOffset]} has no closing {_text[openOffset]} (a value continued on later lines must be indented)");
        }

        if (blankLines > 0)
        {
            _buffer.Append('\n', blankLines);
        }
        else if (!escapedBreak)
        {
            _buffer.Append(' ');
        }

        return true;
    }

    private void TrimTrailingWhite(int keptLength)
    {
        var length = _buffer.Length;
        while (length > keptLength && IsWhite(_buffer[length - 1]))
        {
            length--;
        }

        _buffer.Length = length;
    }

    /// <summary>Appends the character a backslash escape stands for.</summary>
    /// <returns>The offset after the escape, or -1 after recording an error.</returns>
    private int AppendEscape(int row, int backslash, int end)
    {
        var code = _text[backslash + 1];
        char? simple = code switch
        {
            '0' => '\0',
            'a' => '\a',
            'b' => '\b',
            't' or '\t' => '\t',
            'n' => '\n',
            'v' => '\v',
            'f' => '\f',
            'r' => '\r',
            'e' => '\u001B',
            ' ' => ' ',
            '"' => '"',
            '/' => '/',
            '\\' => '\\',
            'N' => '\u0085',
            '_' => '\u00A0',
            'L' => '\u2028',
            'P' => '\u2029',
            _ => null,
        };
        if (simple is { } character)
        {
            _buffer.Append(character);
            return backslash + 2;
        }

        var digits = code switch
        {
            'x' => 2,
            'u' => 4,
            'U' => 8,
            _ => 0,
        };
        if (digits == 0)
        {
            var shown = char.IsHighSurrogate(code) && backslash + 2 < end ? _text.Substring(backslash + 1, 2) : code.ToString();
            Report(row, backslash, $"invalid escape '\\{shown}' in a double-quoted value; write '\\\\' for a backslash, or use single quotes");
            return -1;
        }

        var value = 0L;
        for (var k = 0; k < digits; k++)
        {
            var at = backslash + 2 + k;
            var digit = at < end ? HexValue(_text[at]) : -1;
            if (digit < 0)
            {
                Report(row, backslash, $"invalid escape in a double-quoted value: '\\{code}' must be followed by {digits} hexadecimal digits");
                return -1;
            }

            value = (value * 16) + digit;
        }

        if (value > 0x10FFFF)
        {
            Report(row, backslash, $"invalid escape in a double-quoted value: '{_text.Substring(backslash, 2 + digits)}' is not a Unicode character");
            return -1;
        }

        if (value <= 0xFFFF)
        {
            _buffer.Append((char)value);
        }
        else
        {
            var supplementary = value - 0x10000;
            _buffer.Append((char)(0xD800 + (supplementary >> 10)));
            _buffer.Append((char)(0xDC00 + (supplementary & 0x3FF)));
        }

        return backslash + 2 + digits;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
