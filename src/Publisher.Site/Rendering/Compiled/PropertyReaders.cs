using System.Collections.Concurrent;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace Publisher.Site.Rendering.Compiled;

/// <summary>
/// Direct readers of the CLR properties templates read (<c>article.summary.title</c>), in place of Scriban's
/// reflection-based member access. A reader is made only where Scriban's own accessor would read that very property:
/// a plain class read through its typed accessor with the standard snake_case names and no member filter, the
/// member found as the accessor finds it (the derived type first, fields before properties, the first name wins),
/// and the first value read both ways equal. Anything else keeps the accessor.
/// </summary>
internal static class PropertyReaders
{
    private static readonly ConcurrentDictionary<(Type Type, string Member), Func<object, object?>?> Readers = new();

    private static readonly MethodInfo MakeReader = typeof(PropertyReaders).GetMethod(nameof(Reader), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static Func<object, object?>? For(TemplateContext context, IObjectAccessor accessor, SourceSpan span, object target, string member)
    {
        if (accessor is not TypedObjectAccessor || context.MemberFilter is not null || context.MemberRenamer != StandardMemberRenamer.Default)
        {
            return null;
        }

        return Readers.GetOrAdd((target.GetType(), member), static (key, state) => Make(key.Type, key.Member, state), (context, accessor, span, target));
    }

    private static Func<object, object?>? Make(Type type, string member, (TemplateContext Context, IObjectAccessor Accessor, SourceSpan Span, object Target) first)
    {
        if (type.IsValueType || Find(type, member) is not PropertyInfo { GetMethod: { } getter } property)
        {
            return null;
        }

        var reader = (Func<object, object?>)MakeReader.MakeGenericMethod(type, property.PropertyType).Invoke(null, [getter])!;
        return first.Accessor.TryGetValue(first.Context, first.Span, first.Target, member, out var expected) && Equals(expected, reader(first.Target)) ? reader : null;
    }

    /// <summary>The member Scriban's typed accessor reads under this name, found the way it finds it.</summary>
    private static MemberInfo? Find(Type type, string member)
    {
        for (var level = type; level is not null; level = level.BaseType == typeof(object) ? null : level.BaseType)
        {
            const BindingFlags Declared = BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly;
            foreach (var field in level.GetFields(Declared))
            {
                if (field.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null && !field.IsLiteral && NameOf(field) == member)
                {
                    return field;
                }
            }

            foreach (var property in level.GetProperties(Declared))
            {
                if (property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null && property.GetMethod is { IsStatic: false, IsPublic: true }
                    && property.GetIndexParameters().Length == 0 && NameOf(property) == member)
                {
                    return property;
                }
            }
        }

        return null;
    }

    private static string NameOf(MemberInfo member) => StandardMemberRenamer.Default(member) is { Length: > 0 } renamed ? renamed : member.Name;

    private static Func<object, object?> Reader<TTarget, TValue>(MethodInfo getter)
    {
        var read = getter.CreateDelegate<Func<TTarget, TValue>>();
        return target => read((TTarget)target);
    }
}
