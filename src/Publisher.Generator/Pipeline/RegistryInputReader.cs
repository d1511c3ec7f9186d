using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Publisher.Generator.Model;

namespace Publisher.Generator.Pipeline;

/// <summary>
/// Picks the entity registry out of the AdditionalFiles and reads it. A file is the registry when its item has
/// <c>PublisherEntities="true"</c>, or, without that metadata, when it is <c>content/entities.yml</c> under the
/// content root.
/// </summary>
public static class RegistryInputReader
{
    public const string DefaultRelativePath = "content/entities.yml";

    private const string RegistryMetadata = "build_metadata.AdditionalFiles.PublisherEntities";

    public static RegistryInput? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var root = SettingsReader.Get(options.GlobalOptions, "PublisherContentRoot");
        var relative = InputReader.RelativePath(file.Path, root);
        var flag = Flag(options.GetOptions(file));
        if (!(flag ?? IsDefaultLocation(file.Path, relative, root)))
        {
            return null;
        }

        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        return new RegistryInput(file.Path, relative, text);
    }

    /// <summary>Whether the item is marked as the registry (true), marked as not (false), or not marked (null).</summary>
    public static bool? Flag(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(RegistryMetadata, out var flag) && !string.IsNullOrWhiteSpace(flag)
            ? string.Equals(flag.Trim(), "true", StringComparison.OrdinalIgnoreCase)
            : null;

    private static bool IsDefaultLocation(string path, string relative, string? root) =>
        root is null
            ? path.Replace('\\', '/').EndsWith("/" + DefaultRelativePath, StringComparison.OrdinalIgnoreCase)
            : string.Equals(relative, DefaultRelativePath, StringComparison.OrdinalIgnoreCase);
}
