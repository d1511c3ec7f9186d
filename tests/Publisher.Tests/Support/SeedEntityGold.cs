using System.Text.Json;

namespace Publisher.Tests.Support;

/// <summary>
/// The seed articles' gold entities and quotes (from the copy of the shared gold file under tests/Data). A gold
/// entry is a set of accepted names ("NATO|North Atlantic Treaty Organization").
/// </summary>
public sealed record SeedEntityGold(
    string File,
    IReadOnlyList<GoldEntity> Must,
    IReadOnlyList<GoldEntity> May,
    IReadOnlyList<GoldQuote> Quotes)
{
    private static readonly Lazy<IReadOnlyList<SeedEntityGold>> LazyAll = new(Load);

    public static IReadOnlyList<SeedEntityGold> All => LazyAll.Value;

    public static IEnumerable<object[]> Files => All.Select(g => new object[] { g.File });

    public static SeedEntityGold For(string file) => All.Single(g => g.File == file);

    private static IReadOnlyList<SeedEntityGold> Load()
    {
        using var document = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(RepoPaths.TestData, "seeds.gold.json")));
        return document.RootElement.GetProperty("articles").EnumerateObject().Select(a =>
        {
            var must = a.Value.GetProperty("must").EnumerateObject()
                .SelectMany(kind => kind.Value.EnumerateArray().Select(e => new GoldEntity(kind.Name, e.GetString()!.Split('|'))))
                .ToList();
            var may = a.Value.GetProperty("may").EnumerateArray().Select(e => new GoldEntity(null, e.GetString()!.Split('|'))).ToList();
            var quotes = a.Value.GetProperty("quotes").EnumerateArray()
                .Select(q => new GoldQuote(q.GetProperty("speaker").GetString(), q.GetProperty("contains").GetString()!))
                .ToList();
            return new SeedEntityGold(a.Name, must, may, quotes);
        }).ToList();
    }
}

/// <summary>A gold entity: its kind when the gold says (must entries), and every accepted name.</summary>
public sealed record GoldEntity(string? Kind, IReadOnlyList<string> Names)
{
    public bool Matches(IEnumerable<string> names) => names.Any(n => Names.Any(g => string.Equals(g, n, StringComparison.OrdinalIgnoreCase)));

    public override string ToString() => string.Join("|", Names);
}

/// <summary>A gold quote: who said it (null when unattributed) and a snippet the quote text contains.</summary>
public sealed record GoldQuote(string? Speaker, string Contains);
