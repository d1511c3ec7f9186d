using Publisher.Parsing.Model;

namespace Publisher.Parsing.Entities;

/// <summary>An entity the extractor knows before reading: registered, or in the built-in gazetteer.</summary>
internal sealed record KnownEntity(string Id, string Name, EntityKind Kind);
