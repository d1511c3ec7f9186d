using Publisher.Generator.Model;
using static Publisher.Generator.Emit.Literals;

namespace Publisher.Generator.Emit;

/// <summary>
/// Writes the catalog's shared members: <c>All</c> in date order, slug lookup, and the UTF-8 text helper the article
/// members use.
/// </summary>
public static class CatalogEmitter
{
    private const string Article = "global::Publisher.Parsing.Model.Article";

    public static string HintName(CatalogSettings settings) => $"{settings.ClassName}.g.cs";

    public static string Emit(CatalogPlan plan, CatalogSettings settings)
    {
        var ordered = plan.Entries
            .OrderBy(e => e.Published is null ? 1 : 0)
            .ThenBy(e => e.Published ?? System.DateTime.MaxValue)
            .ThenBy(e => e.Slug, StringComparer.Ordinal)
            .ToList();
        var bySlug = plan.Entries.OrderBy(e => e.Slug, StringComparer.Ordinal).ToList();
        var writer = new CodeWriter();
        FileHeader.Write(writer, settings);
        writer.Line($"/// <summary>Every article in the content folder, compiled into typed, immutable records.</summary>");
        writer.Open($"public static partial class {settings.ClassName}");
        writer.Line($"private static global::System.Collections.Immutable.ImmutableArray<{Article}> __all;");
        writer.Line();
        writer.Line($"/// <summary>How many articles the catalog holds.</summary>");
        writer.Line($"public const int Count = {Int(plan.Entries.Count)};");
        writer.Line();
        writer.Line("/// <summary>Every article, oldest first; articles without a date come last, by slug.</summary>");
        writer.Line($"public static global::System.Collections.Immutable.ImmutableArray<{Article}> All =>");
        writer.Indent().Line("__all.IsDefault ? __all = CreateAll() : __all;").Outdent();
        writer.Line();
        writer.Line("/// <summary>Every slug, in ordinal order.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<string> Slugs { get; } = new string[]");
        writer.Line("{");
        writer.Indent();
        foreach (var entry in bySlug)
        {
            writer.Line(String(entry.Slug) + ",");
        }

        writer.Outdent();
        writer.Line("};");
        writer.Line();
        writer.Line("/// <summary>The article with this slug, or null.</summary>");
        writer.Line($"public static {Article}? FindBySlug(string slug) => slug switch");
        writer.Line("{");
        writer.Indent();
        foreach (var entry in bySlug)
        {
            writer.Line($"{String(entry.Slug)} => {entry.Identifier},");
        }

        writer.Line("_ => null,");
        writer.Outdent();
        writer.Line("};");
        writer.Line();
        writer.Line("/// <summary>The article with this slug; throws when there is none.</summary>");
        writer.Line($"public static {Article} GetBySlug(string slug) =>");
        writer.Indent().Line("FindBySlug(slug) ?? throw new global::System.Collections.Generic.KeyNotFoundException($\"No article has the slug '{slug}'.\");").Outdent();
        writer.Line();
        writer.Line($"public static bool TryGetBySlug(string slug, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {Article}? article)");
        writer.Line("{");
        writer.Indent().Line("article = FindBySlug(slug);").Line("return article is not null;").Outdent();
        writer.Line("}");
        writer.Line();
        writer.Line($"private static global::System.Collections.Immutable.ImmutableArray<{Article}> CreateAll()");
        writer.Line("{");
        writer.Indent();
        writer.Line($"var all = global::System.Collections.Immutable.ImmutableArray.CreateBuilder<{Article}>({Int(ordered.Count)});");
        foreach (var entry in ordered)
        {
            writer.Line($"all.Add({entry.Identifier});");
        }

        writer.Line("return all.MoveToImmutable();");
        writer.Outdent();
        writer.Line("}");
        writer.Line();
        writer.Line("/// <summary>Decodes the UTF-8 literals that hold article text.</summary>");
        writer.Open("private static class __Utf8");
        writer.Line("public static string Text(global::System.ReadOnlySpan<byte> utf8) => global::System.Text.Encoding.UTF8.GetString(utf8);");
        writer.Close();
        writer.Close();
        return writer.ToString();
    }
}
