using System.Text.Json;

namespace Publisher.Tests.Support;

/// <summary>The gold facts of the seed articles (a copy of the shared gold file kept under tests/Data).</summary>
public sealed record SeedGold(
    string File,
    string Title,
    string? Standfirst,
    string Published,
    string? Publisher,
    string? Dateline,
    IReadOnlyList<string> NotInBody,
    IReadOnlyList<string> Captions,
    IReadOnlyList<string> Subheadings,
    int? BodyParagraphsAtLeast,
    bool NoDuplicateParagraphs)
{
    private static readonly Lazy<IReadOnlyList<SeedGold>> LazyAll = new(Load);

    public static IReadOnlyList<SeedGold> All => LazyAll.Value;

    public static IEnumerable<object[]> Files => All.Select(g => new object[] { g.File });

    public static SeedGold For(string file) => All.Single(g => g.File == file);

    private static IReadOnlyList<SeedGold> Load()
    {
        using var document = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(RepoPaths.TestData, "seeds.gold.json")));
        return document.RootElement.GetProperty("articles").EnumerateObject().Select(a => new SeedGold(
            a.Name,
            a.Value.GetProperty("title").GetString()!,
            OptionalString(a.Value, "standfirst"),
            a.Value.GetProperty("published").GetString()!,
            OptionalString(a.Value, "publisher"),
            OptionalString(a.Value, "dateline"),
            Strings(a.Value, "not_in_body"),
            Strings(a.Value, "captions"),
            Strings(a.Value, "subheadings"),
            a.Value.TryGetProperty("body_paragraphs_at_least", out var count) ? count.GetInt32() : null,
            a.Value.TryGetProperty("no_duplicate_paragraphs", out var noDup) && noDup.GetBoolean())).ToList();
    }

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IReadOnlyList<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.EnumerateArray().Select(v => v.GetString()!).ToList() : [];
}
