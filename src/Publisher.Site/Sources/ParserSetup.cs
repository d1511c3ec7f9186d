using System.Collections.Immutable;
using Publisher.Parsing;
using Publisher.Parsing.Diagnostics;

namespace Publisher.Site.Sources;

/// <summary>What reading a content folder's articles needs: parser options (with the registry), the registry's own problems, and the parse cache.</summary>
public sealed record ParserSetup(ParserOptions Options, ImmutableArray<ContentDiagnostic> Problems, ParseCache? Cache);
