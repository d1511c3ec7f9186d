namespace Publisher.Parsing.Model;

/// <summary>A photo caption with its credit ("Reuters", "AP Photo/Francisco Seco"), when the text gives one.</summary>
public sealed record Caption(string Text, string? Credit, SourceRange Source);
