namespace Publisher.Parsing.Diagnostics;

/// <summary>
/// The fixed description of one kind of content problem. The id never changes meaning once published, so writers
/// can suppress or raise it (<c>dotnet_diagnostic.PUB002.severity = none</c> in .editorconfig).
/// </summary>
public sealed record DiagnosticDescriptorInfo(string Id, string Title, string MessageFormat, DiagnosticLevel DefaultLevel, string Help)
{
    public ContentDiagnostic Create(string path, Model.SourceRange source, params object?[] args) =>
        new(Id, DefaultLevel, string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args), path, source);
}
