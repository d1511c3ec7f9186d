using System.Collections;
using System.Reflection;
using Publisher.Site.Building;
using Publisher.Site.Pages;
using Publisher.Site.Rendering;
using Publisher.Site.Views;

namespace Publisher.Tests.Site;

/// <summary>
/// A page is skipped on rebuild when its signature is unchanged, so every value a template can read must change the
/// signature. Each view type is built by reflection, then each of its values is changed in turn: a view property the
/// signature forgets fails here, before it can leave a stale page in a site.
/// </summary>
public sealed class PageSignatureTests
{
    private static readonly Type[] PageValueTypes =
        [typeof(ArticleView), typeof(EntityView), typeof(ListingView), typeof(PaginationView), typeof(MonthGroupView), typeof(YearGroupView), typeof(EntityIndexView)];

    public static TheoryData<string> ViewTypes() => [.. PageValueTypes.Select(static t => t.Name)];

    [Theory]
    [MemberData(nameof(ViewTypes))]
    public void Changing_any_value_of_a_view_changes_the_page_signature(string typeName)
    {
        var type = PageValueTypes.Single(t => t.Name == typeName);
        var baseline = Signature(Make(type, 0));
        Assert.NotNull(baseline);

        var paths = ValuePaths(type, []).ToList();
        Assert.NotEmpty(paths);
        foreach (var path in paths)
        {
            var changed = Make(type, 0, path);
            Assert.True(Signature(changed) != baseline, $"{typeName}: changing {string.Join(".", path)} leaves the signature unchanged");
        }
    }

    [Fact]
    public void The_page_path_title_and_json_ld_are_part_of_the_signature()
    {
        var values = new Dictionary<string, object?> { ["listing"] = Make(typeof(ListingView), 0) };
        var content = new PageContent("Title", "Description", "website", new RawHtml("{}"), values);
        var job = new PageJob("a/", "month", "archive-month.html", () => content);
        var baseline = PageSignature.Of(job, content);

        Assert.NotEqual(baseline, PageSignature.Of(job with { Path = "b/" }, content));
        Assert.NotEqual(baseline, PageSignature.Of(job with { RootedLinks = true }, content));
        Assert.NotEqual(baseline, PageSignature.Of(job, content with { Title = "Other" }));
        Assert.NotEqual(baseline, PageSignature.Of(job, content with { JsonLd = new RawHtml("{\"a\":1}") }));
        Assert.NotEqual(baseline, PageSignature.Of(job, content with { Values = new Dictionary<string, object?>(values) { ["extra"] = "x" } }));
    }

    [Fact]
    public void Every_page_of_a_saved_store_is_read_back_the_home_page_too()
    {
        using var folder = new Support.TempFolder();
        var path = folder.Combine(".site.publisher-pages");
        var pages = new Dictionary<string, string> { [""] = "home", ["2020/01/a/"] = "article", ["people/x/"] = "entity" };

        PageSignatureStore.Save(path, "key", pages);
        var store = PageSignatureStore.Load(path, "key");

        Assert.Equal(pages.OrderBy(static p => p.Key, StringComparer.Ordinal), store.Entries.OrderBy(static p => p.Key, StringComparer.Ordinal));
        Assert.True(store.Matches(string.Empty, "home"));
        Assert.Empty(PageSignatureStore.Load(path, "another key").Entries);
    }

    [Fact]
    public void A_value_of_an_unknown_type_gives_no_signature_so_the_page_is_always_rendered()
    {
        var content = new PageContent("T", "D", "website", new RawHtml("{}"), new Dictionary<string, object?> { ["odd"] = new Uri("https://example.org/") });
        Assert.Null(PageSignature.Of(new PageJob("a/", "x", "x.html", () => content), content));
    }

    private static string? Signature(object view)
    {
        var content = new PageContent("T", "D", "website", new RawHtml("{}"), new Dictionary<string, object?> { ["value"] = view });
        return PageSignature.Of(new PageJob("p/", "kind", "t.html", () => content), content);
    }

    /// <summary>Every settable value reachable from a view type, as a path of member names.</summary>
    private static IEnumerable<string[]> ValuePaths(Type type, string[] prefix)
    {
        foreach (var member in Members(type))
        {
            var path = prefix.Append(member.Name).ToArray();
            var inner = ElementType(member.Type) ?? Nullable.GetUnderlyingType(member.Type) ?? member.Type;

            // A nested view is changed through its own values; a list (of anything) also by its length.
            if (!IsView(member.Type))
            {
                yield return path;
            }

            if (IsView(inner) && prefix.Length < 3)
            {
                foreach (var nested in ValuePaths(inner, path))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>An instance with every value filled; the value at <paramref name="change"/> differs from the baseline's.</summary>
    private static object Make(Type type, int depth, string[]? change = null)
    {
        var members = Members(type);
        var constructor = type.GetConstructors().OrderByDescending(static c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => Value(p.ParameterType, p.Name!, depth, Next(change, p.Name!))).ToArray();
        var instance = constructor.Invoke(arguments);
        foreach (var member in members.Where(m => m.Setter is not null && constructor.GetParameters().All(p => p.Name != m.Name)))
        {
            member.Setter!.Invoke(instance, [Value(member.Type, member.Name, depth, Next(change, member.Name))]);
        }

        return instance;
    }

    private static string[]? Next(string[]? change, string member) =>
        change is { Length: > 0 } && change[0] == member ? change[1..] : null;

    private static object? Value(Type type, string name, int depth, string[]? change)
    {
        var here = change is { Length: 0 };
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return here ? name + "-changed" : name;
        }

        if (underlying == typeof(int))
        {
            return here ? 8 : 7;
        }

        if (underlying == typeof(bool))
        {
            return here;
        }

        if (underlying == typeof(RawHtml))
        {
            return new RawHtml(here ? "<b>changed</b>" : "<b>html</b>");
        }

        if (ElementType(underlying) is { } element)
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(Value(element, name, depth + 1, here ? null : change));
            if (here)
            {
                list.Add(Value(element, name, depth + 1, null));
            }

            return list;
        }

        if (IsView(underlying))
        {
            return Make(underlying, depth + 1, change);
        }

        throw new NotSupportedException($"{name}: no test value for {type}");
    }

    private static bool IsView(Type type) => type.Namespace == typeof(ArticleView).Namespace && type.IsClass;

    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    private static List<(string Name, Type Type, MethodInfo? Setter)> Members(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(static p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .Select(static p => (p.Name, p.PropertyType, p.SetMethod))];
}
