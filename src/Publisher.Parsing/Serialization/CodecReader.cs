using System.Collections.Immutable;
using Publisher.Parsing.Model;

namespace Publisher.Parsing.Serialization;

/// <summary>Reads what <see cref="CodecWriter"/> wrote, refusing anything malformed with a <see cref="FormatException"/>.</summary>
internal sealed class CodecReader
{
    private const char Null = '~';
    private readonly string text;
    private int at;

    public CodecReader(string text, string version)
    {
        this.text = text;
        if (!text.StartsWith(version, StringComparison.Ordinal))
        {
            throw new FormatException("not an encoded article of version " + version);
        }

        at = version.Length;
    }

    public long Long()
    {
        var negative = Peek() == '-';
        if (negative)
        {
            at++;
        }

        var value = Digits(long.MaxValue, "a number");
        if (Next() != ',')
        {
            throw Malformed("a number");
        }

        return negative ? -value : value;
    }

    public int Int()
    {
        var value = Long();
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw Malformed("a 32-bit number");
    }

    public bool Present() => Next() switch
    {
        '1' => true,
        '0' => false,
        _ => throw Malformed("a presence flag"),
    };

    public string? String()
    {
        if (Peek() == Null)
        {
            at++;
            return null;
        }

        var length = Digits(text.Length - at, "a string length");
        if (Next() != ':' || length > text.Length - at)
        {
            throw Malformed("a string");
        }

        var value = text.Substring(at, (int)length);
        at += (int)length;
        return value;
    }

    public string RequiredString() => String() ?? throw Malformed("a non-null string");

    public SourceRange Range() => new(Int(), Int(), Int(), Int(), Int(), Int());

    public ImmutableArray<string> Strings() => Array(static r => r.RequiredString());

    public ImmutableArray<T> Array<T>(Func<CodecReader, T> item)
    {
        if (Peek() == Null)
        {
            at++;
            return default;
        }

        var count = Int();
        if (count < 0 || count > text.Length - at)
        {
            throw Malformed("an array length");
        }

        var items = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(item(this));
        }

        return items.MoveToImmutable();
    }

    public void End()
    {
        if (at != text.Length)
        {
            throw Malformed("the end");
        }
    }

    /// <summary>A run of decimal digits no greater than <paramref name="max"/>: overflow is malformed data, not a crash.</summary>
    private long Digits(long max, string expected)
    {
        long value = 0;
        var start = at;
        while (at < text.Length && text[at] is >= '0' and <= '9')
        {
            var digit = text[at] - '0';
            if (value > (max - digit) / 10)
            {
                throw Malformed(expected);
            }

            value = (value * 10) + digit;
            at++;
        }

        return at == start ? throw Malformed(expected) : value;
    }

    private char Peek() => at < text.Length ? text[at] : '\0';

    private char Next() => at < text.Length ? text[at++] : throw Malformed("more data");

    private FormatException Malformed(string expected) => new($"encoded article: expected {expected} at offset {at}");
}
