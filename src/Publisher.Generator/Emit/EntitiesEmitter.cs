using System.Collections.Immutable;
using Publisher.Generator.Model;
using Publisher.Generator.Pipeline;
using Publisher.Parsing.Model;
using static Publisher.Generator.Emit.Literals;

namespace Publisher.Generator.Emit;

/// <summary>
/// Writes <c>Entities</c>: one member per registered entity under <c>People</c>, <c>Organizations</c> and
/// <c>Places</c>, <c>All</c> in file order, <c>FindById</c>, and the <c>Registry</c> to parse with at run time.
/// Written even without a registry, so code that uses it compiles before the file exists.
/// </summary>
public static class EntitiesEmitter
{
    public const string ClassName = "Entities";

    private const string Model = "global::Publisher.Parsing.Model.";
    private const string Entity = Model + "RegistryEntity";
    private const string ImmutableArray = "global::System.Collections.Immutable.ImmutableArray";

    private static readonly EntityKind[] Kinds = [EntityKind.Person, EntityKind.Organization, EntityKind.Place];

    // The articles catalog writes "{ClassName}.g.cs"; a catalog class named Entities must not collide with it.
    public static string HintName(CatalogSettings settings) =>
        settings.ClassName == ClassName ? ClassName + ".Registry.g.cs" : ClassName + ".g.cs";

    public static string Emit(RegistrySpec spec, CatalogSettings settings)
    {
        var members = EntityMembers.Name(spec.Registry);
        var writer = new CodeWriter();
        FileHeader.Write(writer, settings);
        writer.Line("/// <summary>The people, organizations and places registered in content/entities.yml, as typed records.</summary>");
        writer.Open($"public static partial class {ClassName}");
        foreach (var kind in Kinds)
        {
            WriteKind(writer, kind, members.Where(m => m.Entity.Kind == kind));
            writer.Line();
        }

        writer.Line("/// <summary>Every registered entity, in the order of the registry file.</summary>");
        writer.Line($"public static {ImmutableArray}<{Entity}> All {{ get; }} = {List(members)};");
        writer.Line();
        writer.Line("/// <summary>The registry as the parser takes it (<c>new ParserOptions { Registry = Entities.Registry }</c>).</summary>");
        writer.Line("public static global::Publisher.Parsing.Entities.EntityRegistry Registry { get; } = new(All);");
        writer.Line();
        writer.Line("/// <summary>The entity with this id, or null.</summary>");
        writer.Line($"public static {Entity}? FindById(string id) => id switch");
        writer.Line("{");
        writer.Indent();
        foreach (var (entity, member) in members.OrderBy(m => m.Entity.Id, StringComparer.Ordinal))
        {
            writer.Line($"{String(entity.Id)} => {Qualified(entity, member)},");
        }

        writer.Line("_ => null,");
        writer.Outdent();
        writer.Line("};");
        writer.Close();
        return writer.ToString();
    }

    private static void WriteKind(CodeWriter writer, EntityKind kind, IEnumerable<(RegistryEntity Entity, string Member)> members)
    {
        writer.Line($"/// <summary>Registered entities of kind {kind}.</summary>");
        writer.Open($"public static partial class {EntityMembers.ClassOf(kind)}");
        var first = true;
        foreach (var (entity, member) in members)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            writer.Line($"/// <summary>{DocText(entity.Name)}</summary>");
            if (entity.Description is { } description)
            {
                writer.Line($"/// <remarks>{DocText(description)}</remarks>");
            }

            writer.Line($"public static readonly {Entity} {member} = new(");
            writer.Indent();
            writer.Line($"Id: {String(entity.Id)},");
            writer.Line($"Name: {String(entity.Name)},");
            writer.Line($"Kind: {Enum(entity.Kind)},");
            writer.Line($"Aliases: {Array(entity.Aliases, "string", String)},");
            writer.Line($"Description: {NullableString(entity.Description)},");
            writer.Line($"Roles: {Array(entity.Roles, Model + "EntityRole", Role)},");
            writer.Line($"Source: {Range(entity.Source)});");
            writer.Outdent();
        }

        writer.Close();
    }

    private static string Qualified(RegistryEntity entity, string member) => $"{EntityMembers.ClassOf(entity.Kind)}.{member}";

    private static string List(ImmutableArray<(RegistryEntity Entity, string Member)> members) =>
        members.IsEmpty
            ? $"{ImmutableArray}<{Entity}>.Empty"
            : $"{ImmutableArray}.Create<{Entity}>({string.Join(", ", members.Select(m => Qualified(m.Entity, m.Member)))})";

    private static string Role(EntityRole role) =>
        $"new {Model}EntityRole({String(role.Title)}, {Year(role.From)}, {Year(role.To)})";

    private static string Year(int? year) => year is { } value ? Int(value) : "null";

    private static string Range(SourceRange r) =>
        $"new {Model}SourceRange({Int(r.Start)}, {Int(r.End)}, {Int(r.Line)}, {Int(r.Column)}, {Int(r.EndLine)}, {Int(r.EndColumn)})";

    private static string Array<T>(ImmutableArray<T> items, string type, Func<T, string> item) =>
        items.IsDefaultOrEmpty
            ? $"{ImmutableArray}<{type}>.Empty"
            : $"{ImmutableArray}.Create<{type}>({string.Join(", ", items.Select(item))})";
}
