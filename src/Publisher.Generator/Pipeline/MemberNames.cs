using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Publisher.Generator.Pipeline;

/// <summary>Turns slugs into C# member names: "nato-chief-says" → "NatoChiefSays".</summary>
public static class MemberNames
{
    /// <summary>Names the generated class itself uses, and object's members, which an article may not take.</summary>
    public static readonly IReadOnlyCollection<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "All", "Count", "Slugs", "FindBySlug", "GetBySlug", "TryGetBySlug", "Equals", "GetHashCode", "ToString",
        "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    public static string FromSlug(string slug)
    {
        var builder = new StringBuilder(slug.Length);
        var upperNext = true;
        foreach (var c in slug)
        {
            if (!SyntaxFacts.IsIdentifierPartCharacter(c) || c == '_')
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpper(c, CultureInfo.InvariantCulture) : c);
            upperNext = char.IsDigit(c);
        }

        var name = builder.ToString();
        if (name.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(name[0]))
        {
            name = "Article" + name;
        }

        return Reserved.Contains(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? name + "Article" : name;
    }
}
