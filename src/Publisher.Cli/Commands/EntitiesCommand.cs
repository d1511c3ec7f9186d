using System.CommandLine;
using System.Globalization;
using System.Text;
using Publisher.Parsing;
using Publisher.Parsing.Entities;
using Publisher.Parsing.Model;
using Publisher.Site.Sources;
using Spectre.Console;

namespace Publisher.Cli.Commands;

/// <summary>
/// <c>publisher entities suggest</c>: the entities found in the content that the registry does not list yet, most
/// mentioned first, as YAML entries ready to paste into content/entities.yml.
/// </summary>
public static class EntitiesCommand
{
    private const int ContextWidth = 60;

    public static Command Create(IAnsiConsole console)
    {
        var content = new Option<string>("--content") { Description = "Content folder.", DefaultValueFactory = static _ => "content" };
        var registryOption = new Option<string?>("--registry") { Description = "Entity registry [default: CONTENT/entities.yml]." };
        var minimum = new Option<int>("--min-mentions") { Description = "Leave out entities mentioned fewer times.", DefaultValueFactory = static _ => 1 };
        var suggest = new Command("suggest", "List discovered entities that are not in the registry, as YAML to paste into it.") { content, registryOption, minimum };
        suggest.SetAction(result =>
        {
            var folder = result.GetValue(content)!;
            if (!Directory.Exists(folder))
            {
                throw new UsageException($"--content {folder}: no such folder");
            }

            var registryPath = result.GetValue(registryOption) ?? Path.Combine(folder, "entities.yml");
            var registry = ExtractCommand.Registry(false, File.Exists(registryPath) ? registryPath : null, console);
            var loaded = ContentFolder.Load(folder, Directory.GetCurrentDirectory(), new ParserOptions { Registry = registry });
            Console.Out.Write(Suggest(loaded.Articles, registry, folder, registryPath, result.GetValue(minimum), ReadText));
            return ExitCodes.Success;
        });

        return new Command("entities", "Work with the entity registry.") { suggest };
    }

    /// <summary>The YAML `entities suggest` prints: unregistered entities, most mentioned first, with a sample context each.</summary>
    public static string Suggest(IEnumerable<Article> articles, EntityRegistry registry, string folder, string registryPath, int minimumMentions, Func<string, string> readText)
    {
        var registered = registry.Entities.Select(static e => (e.Kind, e.Id)).ToHashSet();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var candidates = articles
            .SelectMany(static a => a.Mentions.Where(static m => m.Form == MentionForm.Name).Select(m => (Article: a, Mention: m)))
            .Where(x => !registered.Contains((x.Mention.Kind, x.Mention.EntityId)))
            .GroupBy(static x => (x.Mention.Kind, x.Mention.EntityId))
            .Select(static g => (Mentions: g.ToList(), Articles: g.Select(static x => x.Article.SourcePath).Distinct().Count()))
            .Where(g => g.Mentions.Count >= minimumMentions)
            .OrderByDescending(static g => g.Mentions.Count)
            .ThenBy(static g => g.Mentions[0].Mention.Name, StringComparer.Ordinal)
            .ToList();

        var yaml = new StringBuilder();
        yaml.Append(CultureInfo.InvariantCulture, $"# {candidates.Count} entities found in {folder} that {registryPath} does not list, most mentioned first.\n");
        yaml.Append("# Check each one, fix its name and kind if needed, and paste it into the registry.\n");
        foreach (var (mentions, count) in candidates)
        {
            var first = mentions[0];
            var name = first.Mention.Name;
            var aliases = mentions.Select(static x => x.Mention.Text).Where(t => t != name).Select(static t => string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Where(t => t != name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (!texts.TryGetValue(first.Article.SourcePath, out var text))
            {
                text = texts[first.Article.SourcePath] = readText(first.Article.SourcePath);
            }

            yaml.Append("- name: ").Append(Quote(name)).Append('\n');
            yaml.Append("  kind: ").Append(first.Mention.Kind switch { EntityKind.Person => "person", EntityKind.Organization => "organization", _ => "place" }).Append('\n');
            if (aliases.Count > 0)
            {
                yaml.Append("  aliases: [").Append(string.Join(", ", aliases.Select(Quote))).Append("]\n");
            }

            yaml.Append(CultureInfo.InvariantCulture, $"  # {mentions.Count} mention(s) in {count} article(s), e.g. {first.Article.SourcePath}({first.Mention.Source.Line},{first.Mention.Source.Column}): {Context(text, first.Mention)}\n");
        }

        return yaml.ToString();
    }

    private static string ReadText(string sourcePath) =>
        File.Exists(sourcePath) ? Publisher.Parsing.Text.ContentDecoder.Decode(sourcePath, File.ReadAllBytes(sourcePath)).Text : string.Empty;

    private static string Context(string text, EntityMention mention)
    {
        if (mention.Source.End > text.Length)
        {
            return Quote(mention.Text);
        }

        var start = Math.Max(0, mention.Source.Start - ContextWidth);
        var end = Math.Min(text.Length, mention.Source.End + ContextWidth);
        var snippet = text[start..end].Replace('\n', ' ').Replace('\r', ' ').Trim();
        return "…" + snippet + "…";
    }

    /// <summary>A YAML double-quoted scalar when plain would be misread (colons, quotes, leading symbols).</summary>
    private static string Quote(string value)
    {
        var plain = value.Length > 0 && char.IsLetterOrDigit(value[0]) && value.IndexOfAny([':', '#', '"', '\'', '[', ']', '{', '}', ',', '\\']) < 0 && value.Trim() == value;
        return plain ? value : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
