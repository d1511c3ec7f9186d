namespace Publisher.Parsing.Model;

public enum EntityKind
{
    Person,
    Organization,
    Place,
}
