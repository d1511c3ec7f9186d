using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Publisher.Tests.Support;

/// <summary>An article file the generator sees as an AdditionalFile, with the encoding the compiler would report.</summary>
public sealed class InMemoryAdditionalText(string path, string text, Encoding? encoding = null) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, encoding ?? Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
