using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Publisher.Parsing;
using Publisher.Parsing.Entities;
using Publisher.Parsing.Model;
using Publisher.Parsing.Text;
using Spectre.Console;

namespace Publisher.Cli.Commands;

/// <summary>
/// <c>publisher extract FILE... --json</c>: what the parser understood of each file: title, date and its
/// provenance, paragraphs, captions, entity mentions and quotes with UTF-16 offsets into the file's text.
/// </summary>
public static class ExtractCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var files = new Argument<string[]>("files") { Description = "Article files (.txt or .md).", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Write JSON (the only format for now): one object for one file, an array for several." };
        var registryOption = new Option<string?>("--registry") { Description = "Entity registry [default: content/entities.yml when it exists]." };
        var noRegistry = new Option<bool>("--no-registry") { Description = "Use no registry: everything is discovered or from the built-in gazetteer." };
        var command = new Command("extract", "Show what the parser understood of article files, as JSON.") { files, json, registryOption, noRegistry };
        command.SetAction(result =>
        {
            var registry = Registry(result.GetValue(noRegistry), result.GetValue(registryOption), console);
            var paths = result.GetValue(files)!;
            foreach (var path in paths.Where(p => !File.Exists(p)))
            {
                throw new UsageException($"{path}: no such file");
            }

            var options = new ParserOptions { Registry = registry };
            var parsed = paths.Select(p => (Path: p, Result: ArticleParser.Parse(ContentDecoder.Decode(p.Replace('\\', '/'), File.ReadAllBytes(p)), options))).ToList();
            Console.Out.Write(ToJson(parsed));
            return parsed.Any(static p => p.Result.Diagnostics.Any(static d => d.Level == Parsing.Diagnostics.DiagnosticLevel.Error)) ? ExitCodes.Failed : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The JSON `extract` prints: one object for one file, an array for several.</summary>
    public static string ToJson(IReadOnlyList<(string Path, ArticleParseResult Result)> parsed)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            if (parsed.Count != 1)
            {
                writer.WriteStartArray();
            }

            foreach (var (path, parseResult) in parsed)
            {
                WriteArticle(writer, path, parseResult);
            }

            if (parsed.Count != 1)
            {
                writer.WriteEndArray();
            }
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    internal static EntityRegistry Registry(bool none, string? path, IAnsiConsole console)
    {
        if (none)
        {
            return EntityRegistry.Empty;
        }

        var file = path ?? Path.Combine("content", "entities.yml");
        if (!File.Exists(file))
        {
            return path is null ? EntityRegistry.Empty : throw new UsageException($"--registry {path}: no such file");
        }

        var read = RegistryReader.Read(File.ReadAllText(file), file.Replace('\\', '/'));
        foreach (var diagnostic in read.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic.ToString());
        }

        return read.Registry;
    }

    private static void WriteArticle(Utf8JsonWriter w, string path, ArticleParseResult result)
    {
        var article = result.Article;
        w.WriteStartObject();
        w.WriteString("file", path);
        w.WriteString("title", article?.Title);
        w.WriteString("published", article?.Published?.IsoDate);
        w.WriteString("provenance", article?.Published?.Provenance switch
        {
            DateProvenance.FrontMatter => "front-matter",
            DateProvenance.Dateline => "dateline",
            DateProvenance.InferredFromText => "inferred",
            _ => null,
        });
        w.WriteString("evidence", article?.Published?.Evidence);
        w.WriteString("standfirst", article?.Standfirst);
        w.WriteString("publisher", article?.Publisher);
        w.WriteStartArray("paragraphs");
        foreach (var paragraph in article?.Paragraphs ?? [])
        {
            w.WriteStringValue(paragraph.Text);
        }

        w.WriteEndArray();
        w.WriteStartArray("captions");
        foreach (var caption in article?.Captions ?? [])
        {
            w.WriteStringValue(caption.Text);
        }

        w.WriteEndArray();
        w.WriteStartArray("mentions");
        foreach (var mention in article?.Mentions ?? [])
        {
            w.WriteStartObject();
            w.WriteString("text", mention.Text);
            w.WriteNumber("start", mention.Source.Start);
            w.WriteNumber("end", mention.Source.End);
            w.WriteString("entity", mention.EntityId);
            w.WriteString("name", mention.Name);
            w.WriteString("kind", Kind(mention.Kind));
            w.WriteString("form", mention.Form == MentionForm.Adjective ? "adjective" : "name");
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("quotes");
        foreach (var quote in article?.Quotes ?? [])
        {
            w.WriteStartObject();
            w.WriteString("text", quote.Text);
            w.WriteNumber("start", quote.Source.Start);
            w.WriteNumber("end", quote.Source.End);
            w.WriteString("speaker", quote.Speaker);
            w.WriteString("speakerEntity", quote.SpeakerEntityId);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            w.WriteStringValue(diagnostic.ToString());
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Kind(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        _ => "place",
    };
}
