namespace Publisher.Parsing.Model;

/// <summary>
/// A span of article text that names an entity. <see cref="EntityId"/> is the canonical entity's stable id
/// (its slug), shared by every spelling that resolves to it. <see cref="Form"/> tells a name ("Turkey") from an
/// adjective or demonym that points to it ("Turkish airspace").
/// </summary>
public sealed record EntityMention(string Text, SourceRange Source, string EntityId, string Name, EntityKind Kind, MentionForm Form = MentionForm.Name);

/// <summary>How a mention names its entity.</summary>
public enum MentionForm
{
    /// <summary>A name, acronym or alias: "Jens Stoltenberg", "Stoltenberg", "NATO".</summary>
    Name,

    /// <summary>An adjective or demonym of a place: "Turkish", "Russians".</summary>
    Adjective,
}
