using Publisher.Parsing.Model;

namespace Publisher.Generator.Model;

/// <summary>
/// Everything the emitter needs for one article's member: the record (final slug and all diagnostics included),
/// its member name, the catalog settings, and the file's full path for diagnostic locations.
/// </summary>
public sealed record ArticleSpec(string FullPath, Article Article, string Identifier, CatalogSettings Settings);
