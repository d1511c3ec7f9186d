using System.Text;
using System.Text.Json;
using Publisher.Cli.Commands;
using Publisher.Parsing;
using Publisher.Parsing.Diagnostics;
using Publisher.Parsing.Entities;
using Publisher.Parsing.Text;
using Publisher.Tests.Support;

namespace Publisher.Tests.Entities;

/// <summary>`publisher extract --json` and `publisher entities suggest`: what users read and paste.</summary>
public sealed class ExtractAndSuggestTests
{
    [Theory]
    [MemberData(nameof(SeedEntityGold.Files), MemberType = typeof(SeedEntityGold))]
    public void Extract_json_offsets_slice_the_file_text_even_after_a_byte_order_mark(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.RawSeeds, file));
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var parsed = ArticleParser.Parse(ContentDecoder.Decode(file, bytes));

        using var json = JsonDocument.Parse(ExtractCommand.ToJson([(file, parsed)]));
        var root = json.RootElement;

        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetString()));
        Assert.True(root.GetProperty("paragraphs").GetArrayLength() > 0);
        Assert.True(root.GetProperty("mentions").GetArrayLength() > 0);
        foreach (var mention in root.GetProperty("mentions").EnumerateArray())
        {
            var start = mention.GetProperty("start").GetInt32();
            var end = mention.GetProperty("end").GetInt32();
            Assert.Equal(mention.GetProperty("text").GetString(), text[start..end]);
            Assert.Contains(mention.GetProperty("kind").GetString(), new[] { "person", "organization", "place" });
            Assert.False(string.IsNullOrEmpty(mention.GetProperty("entity").GetString()));
        }

        foreach (var quote in root.GetProperty("quotes").EnumerateArray())
        {
            Assert.Equal(quote.GetProperty("text").GetString(), text[quote.GetProperty("start").GetInt32()..quote.GetProperty("end").GetInt32()].Trim());
        }
    }

    [Fact]
    public void Extract_json_of_a_file_without_a_date_says_null_not_a_guess()
    {
        var parsed = ArticleParser.Parse("Headline of a story here\n\nA paragraph about talks in Geneva with no date in it at all, said Anna Schmidt.\n", "x.txt");

        using var json = JsonDocument.Parse(ExtractCommand.ToJson([("x.txt", parsed), ("x.txt", parsed)]));

        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        var first = json.RootElement[0];
        Assert.Equal(JsonValueKind.Null, first.GetProperty("published").ValueKind);
        Assert.Contains(first.GetProperty("diagnostics").EnumerateArray(), d => d.GetString()!.Contains("PUB002", StringComparison.Ordinal));
        Assert.Contains(first.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("name").GetString() == "Geneva");
    }

    [Fact]
    public void Suggestions_are_yaml_the_registry_reads_back()
    {
        var articles = Directory.GetFiles(RepoPaths.RawSeeds).Order(StringComparer.Ordinal)
            .Select(f => ArticleParser.Parse(File.ReadAllText(f), "content/articles/" + Path.GetFileName(f)).Article!)
            .ToList();

        var yaml = EntitiesCommand.Suggest(articles, EntityRegistry.Empty, "content", "content/entities.yml", 1, _ => string.Empty);
        var read = RegistryReader.Read(yaml, "suggestions.yml");

        Assert.DoesNotContain(read.Diagnostics, d => d.Level == DiagnosticLevel.Error);
        var suggested = yaml.Split('\n').Count(static l => l.StartsWith("- name: ", StringComparison.Ordinal));
        Assert.True(suggested > 20);
        Assert.Equal(suggested, read.Registry.Entities.Length + read.Diagnostics.Count(static d => d.Id == "PUB019"));
        var stoltenberg = Assert.Single(read.Registry.Entities, e => e.Name == "Jens Stoltenberg");
        Assert.Equal(Publisher.Parsing.Model.EntityKind.Person, stoltenberg.Kind);
        Assert.Contains("Stoltenberg", stoltenberg.Aliases);
        Assert.Contains("mention(s) in 3 article(s)", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Registered_entities_are_not_suggested()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.RawSeeds, "000_aa6205f514d75736.txt"));
        var article = ArticleParser.Parse(text, "content/articles/a.txt").Article!;
        var registry = RegistryReader.Read("- name: Jens Stoltenberg\n  kind: person\n", "content/entities.yml").Registry;
        var parsed = ArticleParser.Parse(text, "content/articles/a.txt", new ParserOptions { Registry = registry }).Article!;

        Assert.Contains("Jens Stoltenberg", EntitiesCommand.Suggest([article], EntityRegistry.Empty, "c", "r", 1, _ => string.Empty), StringComparison.Ordinal);
        Assert.DoesNotContain("Jens Stoltenberg", EntitiesCommand.Suggest([parsed], registry, "c", "r", 1, _ => string.Empty), StringComparison.Ordinal);
    }
}
