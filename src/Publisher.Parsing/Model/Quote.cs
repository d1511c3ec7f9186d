namespace Publisher.Parsing.Model;

/// <summary>
/// A direct quote and, when the text attributes it, its speaker. An unattributed quote keeps a null speaker:
/// a guessed speaker would put words in someone's mouth.
/// </summary>
public sealed record Quote(string Text, SourceRange Source, string? Speaker, string? SpeakerEntityId);
