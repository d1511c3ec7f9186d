using Publisher.Parsing;
using Publisher.Tests.Parsing;
using Publisher.Tests.Support;

namespace Publisher.Tests.Snapshots;

/// <summary>Approved-file snapshots of the parsed seeds and of the generated catalog source.</summary>
public sealed class SnapshotTests
{
    public static IEnumerable<object[]> Files => SeedGold.Files;

    [Theory]
    [MemberData(nameof(Files))]
    public void Parsed_content_record(string file) =>
        Approvals.Verify("parsed." + Path.GetFileNameWithoutExtension(file), ArticleJson.Serialize(SeedGoldTests.ParseContent(file)));

    [Theory]
    [MemberData(nameof(Files))]
    public void Parsed_raw_record(string file) =>
        Approvals.Verify("raw." + Path.GetFileNameWithoutExtension(file), ArticleJson.Serialize(SeedGoldTests.ParseRaw(file)));

    [Fact]
    public void Generated_source_for_the_seeds()
    {
        var articles = SeedGold.All
            .Select(g => GeneratorHarness.Article(g.File, File.ReadAllText(Path.Combine(RepoPaths.Content, g.File))))
            .ToList();
        var result = new GeneratorHarness(articles).Run();
        foreach (var source in result.Results.Single().GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            Approvals.Verify("generated." + source.HintName.Replace(".g.cs", string.Empty, StringComparison.Ordinal), source.SourceText.ToString());
        }
    }
}
