namespace Publisher.Parsing.Model;

/// <summary>The place (and wire agency, when named) an article was filed from: "BRUSSELS --", "Brussels / AFP".</summary>
public sealed record Dateline(string Place, string? Agency, SourceRange Source);
