using Publisher.Parsing.Model;

namespace Publisher.Site.Pages;

/// <summary>The words pages use for each kind of entity.</summary>
public static class KindNames
{
    public static readonly EntityKind[] Ordered = [EntityKind.Person, EntityKind.Organization, EntityKind.Place];

    public static string Of(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        _ => "place",
    };

    public static string Label(EntityKind kind) => kind switch
    {
        EntityKind.Person => "Person",
        EntityKind.Organization => "Organization",
        _ => "Place",
    };

    public static string Plural(EntityKind kind) => kind switch
    {
        EntityKind.Person => "People",
        EntityKind.Organization => "Organizations",
        _ => "Places",
    };

    public static string SchemaType(EntityKind kind) => kind switch
    {
        EntityKind.Person => "Person",
        EntityKind.Organization => "Organization",
        _ => "Place",
    };
}
