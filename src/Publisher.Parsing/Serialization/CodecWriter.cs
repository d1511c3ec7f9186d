using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Publisher.Parsing.Model;

namespace Publisher.Parsing.Serialization;

/// <summary>Writes the primitives of <see cref="ArticleCodec"/>'s text encoding.</summary>
internal sealed class CodecWriter
{
    private const char Null = '~';
    private readonly StringBuilder text = new();

    public CodecWriter(string version) => text.Append(version);

    public void Long(long value) => text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(',');

    public void Int(int value) => Long(value);

    public void Present(bool present) => text.Append(present ? '1' : '0');

    public void String(string? value)
    {
        if (value is null)
        {
            text.Append(Null);
            return;
        }

        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
    }

    public void Range(SourceRange range)
    {
        Int(range.Start);
        Int(range.End);
        Int(range.Line);
        Int(range.Column);
        Int(range.EndLine);
        Int(range.EndColumn);
    }

    public void Strings(ImmutableArray<string> items) => Array(items, static (w, s) => w.String(s));

    /// <summary>A default array is kept apart from an empty one: records compare them as different.</summary>
    public void Array<T>(ImmutableArray<T> items, Action<CodecWriter, T> item)
    {
        if (items.IsDefault)
        {
            text.Append(Null);
            return;
        }

        Int(items.Length);
        foreach (var value in items)
        {
            item(this, value);
        }
    }

    public override string ToString() => text.ToString();
}
