using Publisher.Generator.Model;
using Publisher.Parsing.Serialization;
using static Publisher.Generator.Emit.Literals;

namespace Publisher.Generator.Emit;

/// <summary>Writes one article's catalog member: a lazily built, immutable <see cref="Article"/> record.</summary>
public static class ArticleEmitter
{
    private const string ModelNamespace = "global::Publisher.Parsing.Model.";

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
        // One encoded literal per article: the compiler reads a string, not thousands of constructor calls, and the
        // text stays in the assembly's data, out of the 16 MB user-string heap.
        writer.Line($"private static {ModelNamespace}Article Create{name}() =>");
        writer.Indent();
        writer.Line($"global::Publisher.Parsing.Serialization.ArticleCodec.Decode({Text(ArticleCodec.Encode(article))});");
        writer.Outdent();
        writer.Close();
        return writer.ToString();
    }
}
