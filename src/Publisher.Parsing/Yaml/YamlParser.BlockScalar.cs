namespace Publisher.Parsing.Yaml;

/// <summary>Literal (<c>|</c>) and folded (<c>&gt;</c>) block scalars, with YAML's chomping rules.</summary>
internal sealed partial class YamlParser
{
    private enum Chomping
    {
        Clip,
        Strip,
        Keep,
    }

    private YamlNode? ParseBlockScalar(int row, int offset, int parentIndent)
    {
        var isFolded = _text[offset] == '>';
        if (!TryReadBlockHeader(row, offset, out var chomping, out var explicitIndent))
        {
            return null;
        }

        int contentIndent;
        if (explicitIndent > 0)
        {
            contentIndent = parentIndent < 0 ? explicitIndent : parentIndent + explicitIndent;
        }
        else if (!TryDetectBlockIndent(row + 1, parentIndent, out contentIndent))
        {
            return null;
        }

        _buffer.Clear();
        var hasLeadingBreak = false;
        var leadingIsMoreIndented = false;
        var pendingBreaks = 0;
        var r = row + 1;
        for (; r < LineCount; r++)
        {
            var line = _source[r];
            if (line.Marker != DocumentMarker.None)
            {
                break;
            }

            var contentStart = line.Start + contentIndent;
            if (line.Indent < contentIndent || contentStart >= line.End)
            {
                if (!line.IsBlank)
                {
                    // Less indented text ends the scalar; the enclosing block decides what it is.
                    break;
                }

                if (line.EndsWithBreak)
                {
                    pendingBreaks++;
                }

                continue;
            }

            // libyaml's folding: breaks between two normal lines become one space unless blank lines sit between
            // them; breaks around more-indented lines are kept as they are.
            var isMoreIndented = IsWhite(_text[contentStart]);
            if (isFolded && hasLeadingBreak && !leadingIsMoreIndented && !isMoreIndented)
            {
                if (pendingBreaks == 0)
                {
                    _buffer.Append(' ');
                }
            }
            else if (hasLeadingBreak)
            {
                _buffer.Append('\n');
            }

            _buffer.Append('\n', pendingBreaks);
            pendingBreaks = 0;
            leadingIsMoreIndented = isMoreIndented;
            _buffer.Append(_text, contentStart, line.End - contentStart);
            hasLeadingBreak = line.EndsWithBreak;
        }

        if (chomping != Chomping.Strip && hasLeadingBreak)
        {
            _buffer.Append('\n');
        }

        if (chomping == Chomping.Keep)
        {
            _buffer.Append('\n', pendingBreaks);
        }

        _nextRow = r;
        var style = isFolded ? YamlScalarStyle.Folded : YamlScalarStyle.Literal;
        return new YamlScalar(_buffer.ToString(), style, FileLine(row), Column(row, offset));
    }

    /// <summary>Reads the indicators after <c>|</c> or <c>&gt;</c>: chomping and indentation, in either order.</summary>
    private bool TryReadBlockHeader(int row, int offset, out Chomping chomping, out int explicitIndent)
    {
        chomping = Chomping.Clip;
        explicitIndent = 0;
        var end = _source[row].End;
        var i = offset + 1;
        var sawChomping = false;
        for (; i < end; i++)
        {
            var c = _text[i];
            if (!sawChomping && (c == '-' || c == '+'))
            {
                chomping = c == '-' ? Chomping.Strip : Chomping.Keep;
                sawChomping = true;
            }
            else if (explicitIndent == 0 && c >= '1' && c <= '9')
            {
                explicitIndent = c - '0';
            }
            else
            {
                break;
            }
        }

        return ExpectOnlyComment(row, i, $"unexpected text after '{_text[offset]}': the text of a block scalar starts on the next line, indented (only '-', '+' or a digit 1-9 may follow '{_text[offset]}')");
    }

    /// <summary>
    /// The indentation of the first non-blank line, as YAML auto-detects it. Blank lines before it may not be
    /// indented further, or the text would end before it begins.
    /// </summary>
    private bool TryDetectBlockIndent(int firstRow, int parentIndent, out int contentIndent)
    {
        var widestBlank = 0;
        var widestBlankRow = -1;

        // Even at the root the text must be indented, as libyaml and the readers built on it require.
        contentIndent = Math.Max(parentIndent + 1, 1);
        for (var r = firstRow; r < LineCount && _source[r].Marker == DocumentMarker.None; r++)
        {
            var line = _source[r];
            if (line.IsBlank)
            {
                if (line.Indent > widestBlank)
                {
                    widestBlank = line.Indent;
                    widestBlankRow = r;
                }

                continue;
            }

            if (line.Indent < contentIndent)
            {
                break;
            }

            if (widestBlank > line.Indent)
            {
                return Report(widestBlankRow, _source[widestBlankRow].Start, $"this blank line has {widestBlank} spaces, more than the {line.Indent} that indent the text below it; remove the extra spaces");
            }

            contentIndent = line.Indent;
            return true;
        }

        contentIndent = Math.Max(contentIndent, widestBlank);
        return true;
    }
}
