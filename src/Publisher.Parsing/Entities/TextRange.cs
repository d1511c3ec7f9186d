namespace Publisher.Parsing.Entities;

/// <summary>A stretch of an article's text to look for entities in (a title, a paragraph), as UTF-16 offsets.</summary>
public readonly record struct TextRange(int Start, int End);
