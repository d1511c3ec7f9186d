using Publisher.Parsing.Entities;

namespace Publisher.Parsing;

/// <summary>Limits and switches for parsing; the defaults suit news articles.</summary>
public sealed record ParserOptions(int MaxFileBytes = ParserOptions.DefaultMaxFileBytes)
{
    /// <summary>2 MiB: a hundred times a long feature article, far below what slows a build.</summary>
    public const int DefaultMaxFileBytes = 2 * 1024 * 1024;

    public static ParserOptions Default { get; } = new();

    /// <summary>The site's registered entities (content/entities.yml); they win over discovery and the gazetteer.</summary>
    public EntityRegistry Registry { get; init; } = EntityRegistry.Empty;
}
