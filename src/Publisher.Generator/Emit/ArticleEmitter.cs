using System.Collections.Immutable;
using Publisher.Generator.Model;
using Publisher.Parsing.Diagnostics;
using Publisher.Parsing.Model;
using static Publisher.Generator.Emit.Literals;

namespace Publisher.Generator.Emit;

/// <summary>Writes one article's catalog member: a lazily built, immutable <see cref="Article"/> record.</summary>
public static class ArticleEmitter
{
    private const string ModelNamespace = "global::Publisher.Parsing.Model.";
    private const string ImmutableArray = "global::System.Collections.Immutable.ImmutableArray";

    public static string HintName(ArticleSpec spec) => $"{spec.Settings.ClassName}.{spec.Identifier}.g.cs";

    public static string Emit(ArticleSpec spec)
    {
        var article = spec.Article;
        var name = spec.Identifier;
        var field = "__" + name;
        var writer = new CodeWriter();
        FileHeader.Write(writer, spec.Settings);
        writer.Open($"public static partial class {spec.Settings.ClassName}");
        writer.Line($"private static {ModelNamespace}Article? {field};");
        writer.Line();
        writer.Line($"/// <summary>{DocText(article.Title)}</summary>");
        writer.Line($"/// <remarks>Published {DocText(article.Published?.IsoDate ?? "date unknown")}; slug <c>{DocText(article.Slug)}</c>; from <c>{DocText(article.SourcePath)}</c>.</remarks>");
        writer.Line($"public static {ModelNamespace}Article {name} => {field} ??= Create{name}();");
        writer.Line();
        writer.Line($"private static {ModelNamespace}Article Create{name}() => new(");
        writer.Indent();
        writer.Line($"Id: {String(article.Id)},");
        writer.Line($"Slug: {String(article.Slug)},");
        writer.Line($"SourcePath: {String(article.SourcePath)},");
        writer.Line($"Format: {Enum(article.Format)},");
        writer.Line($"Title: {Text(article.Title)},");
        writer.Line($"Standfirst: {NullableText(article.Standfirst)},");
        writer.Line($"Published: {Published(article.Published)},");
        writer.Line($"Publisher: {NullableText(article.Publisher)},");
        writer.Line($"Dateline: {Dateline(article.Dateline)},");
        writer.Line($"Language: {NullableString(article.Language)},");
        writer.Line($"Authors: {Array(article.Authors, "string", Text)},");
        writer.Line($"Tags: {Array(article.Tags, "string", Text)},");
        writer.Line($"Captions: {Array(article.Captions, ModelNamespace + "Caption", c => $"new {ModelNamespace}Caption(Text: {Text(c.Text)}, Credit: {NullableText(c.Credit)}, Source: {Range(c.Source)})")},");
        writer.Line($"Body: {Array(article.Body, ModelNamespace + "BodyBlock", b => $"new {ModelNamespace}BodyBlock({Enum(b.Kind)}, {Text(b.Text)}, {Range(b.Source)})" + (b.Html is null ? string.Empty : $" {{ Html = {Text(b.Html)} }}"))},");
        writer.Line($"Attributions: {Array(article.Attributions, "string", Text)},");
        writer.Line($"Quotes: {Array(article.Quotes, ModelNamespace + "Quote", q => $"new {ModelNamespace}Quote({Text(q.Text)}, {Range(q.Source)}, {NullableText(q.Speaker)}, {NullableString(q.SpeakerEntityId)})")},");
        writer.Line($"Mentions: {Array(article.Mentions, ModelNamespace + "EntityMention", m => $"new {ModelNamespace}EntityMention({Text(m.Text)}, {Range(m.Source)}, {String(m.EntityId)}, {Text(m.Name)}, {Enum(m.Kind)}, {Enum(m.Form)})")},");
        writer.Line($"MarkdownBody: {NullableText(article.MarkdownBody)},");
        writer.Line($"Diagnostics: {Array(article.Diagnostics, "global::Publisher.Parsing.Diagnostics.ContentDiagnostic", Diagnostic)});");
        writer.Outdent();
        writer.Close();
        return writer.ToString();
    }

    private static string Published(PublicationDate? date) => date is null
        ? "null"
        : $"new {ModelNamespace}PublicationDate({DateTime(date.Date)}, {Enum(date.Provenance)}, {Text(date.Evidence)}, {Range(date.Source)})";

    private static string Dateline(Dateline? dateline) => dateline is null
        ? "null"
        : $"new {ModelNamespace}Dateline({Text(dateline.Place)}, {NullableText(dateline.Agency)}, {Range(dateline.Source)})";

    private static string Diagnostic(ContentDiagnostic d) =>
        $"new global::Publisher.Parsing.Diagnostics.ContentDiagnostic({String(d.Id)}, {Enum(d.Level)}, {Text(d.Message)}, {String(d.Path)}, {Range(d.Source)})";

    private static string Range(SourceRange r) =>
        $"new {ModelNamespace}SourceRange({Int(r.Start)}, {Int(r.End)}, {Int(r.Line)}, {Int(r.Column)}, {Int(r.EndLine)}, {Int(r.EndColumn)})";

    private static string Array<T>(ImmutableArray<T> items, string type, Func<T, string> item)
    {
        if (items.IsDefaultOrEmpty)
        {
            return $"{ImmutableArray}<{type}>.Empty";
        }

        var separator = items.Length > 2 ? ",\n            " : ", ";
        var prefix = items.Length > 2 ? "\n            " : string.Empty;
        return $"{ImmutableArray}.Create<{type}>({prefix}{string.Join(separator, items.Select(item))})";
    }
}
