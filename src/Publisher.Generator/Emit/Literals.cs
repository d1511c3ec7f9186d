using System.Globalization;
using System.Security;
using Microsoft.CodeAnalysis.CSharp;

namespace Publisher.Generator.Emit;

/// <summary>
/// C# spellings of values. Article text goes out as UTF-8 literals ("…"u8): they live in the assembly's data
/// section, not the 16 MB user-string heap that plain literals share (CS8103 on large archives).
/// </summary>
public static class Literals
{
    public const string TextHelper = "__Utf8.Text";

    public static string String(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    public static string NullableString(string? value) => value is null ? "null" : String(value);

    public static string Text(string value) =>
        value.Length == 0 ? "\"\"" : $"{TextHelper}({String(value)}u8)";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Enum<T>(T value)
        where T : struct, System.Enum => $"global::{typeof(T).FullName}.{value}";

    /// <summary>Text for an XML doc comment, on one line.</summary>
    public static string DocText(string value) =>
        SecurityElement.Escape(value.Replace('\r', ' ').Replace('\n', ' ')) ?? string.Empty;
}
