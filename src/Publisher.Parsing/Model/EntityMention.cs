namespace Publisher.Parsing.Model;

/// <summary>
/// A span of article text that names an entity. <see cref="EntityId"/> is the canonical entity's stable id
/// (its slug), shared by every spelling that resolves to it.
/// </summary>
public sealed record EntityMention(string Text, SourceRange Source, string EntityId, string Name, EntityKind Kind);
