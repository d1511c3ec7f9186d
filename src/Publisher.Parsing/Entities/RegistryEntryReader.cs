using System.Collections.Immutable;
using System.Globalization;
using Publisher.Parsing.Catalog;
using Publisher.Parsing.Diagnostics;
using Publisher.Parsing.Model;
using Publisher.Parsing.Text;
using Publisher.Parsing.Yaml;

namespace Publisher.Parsing.Entities;

/// <summary>
/// Reads one registry entry into a <see cref="RegistryCandidate"/>. Every problem in the entry is reported, not
/// only the first, so one build shows the writer all of them; an entry with any error is left out.
/// </summary>
internal sealed class RegistryEntryReader(string path, LineMap lines, List<ContentDiagnostic> diagnostics)
{
    private bool _failed;

    public RegistryCandidate? Read(YamlNode node, int number)
    {
        _failed = false;
        if (node is not YamlMapping mapping)
        {
            Malformed(node, $"entry {number} is not a mapping: write its keys under the '- ', as in '- name: Jens Stoltenberg' followed by '  kind: person'");
            return null;
        }

        ReportUnknownKeys(mapping, RegistryKeys.Entry, "an entry");
        var nameNode = mapping[RegistryKeys.Name];
        var name = Name(mapping, nameNode, number);
        var label = name is null ? $"entry {number} (line {mapping.Line})" : $"'{name}'";
        var kind = Kind(mapping, nameNode, label);
        var id = Id(mapping[RegistryKeys.Id], name, nameNode, label);
        var aliases = Aliases(mapping[RegistryKeys.Aliases], label);
        var description = Description(mapping[RegistryKeys.Description], label);
        var roles = Roles(mapping[RegistryKeys.Roles], label);
        if (_failed || name is null || kind is null || id is null)
        {
            return null;
        }

        return new RegistryCandidate(id, mapping[RegistryKeys.Id] ?? nameNode!, name, (YamlScalar)nameNode!, kind.Value, aliases, description, roles);
    }

    private string? Name(YamlMapping mapping, YamlNode? node, int number)
    {
        if (node is null)
        {
            Malformed(mapping, $"entry {number} has no 'name:'; add the entity's full name, as in 'name: Jens Stoltenberg'");
            return null;
        }

        var name = Text(node, "'name'", $"entry {number}");
        if (name is null && node is YamlScalar)
        {
            Malformed(node, $"the name of entry {number} is empty; write the entity's full name after 'name:'");
        }

        return name;
    }

    private EntityKind? Kind(YamlMapping mapping, YamlNode? nameNode, string label)
    {
        var node = mapping[RegistryKeys.Kind];
        if (node is null)
        {
            UnknownKind(nameNode ?? mapping, $"No 'kind:' for {label}");
            return null;
        }

        if (node is not YamlScalar scalar)
        {
            UnknownKind(node, $"The kind of {label} must be a single word, not a list or a mapping");
            return null;
        }

        var value = scalar.Value.Trim();
        switch (value.ToLowerInvariant())
        {
            case "person":
                return EntityKind.Person;
            case "organization":
            case "organisation":
                return EntityKind.Organization;
            case "place":
                return EntityKind.Place;
            default:
                UnknownKind(node, value.Length == 0 ? $"The kind of {label} is empty" : $"Unknown entity kind '{value}' for {label}");
                return null;
        }
    }

    private string? Id(YamlNode? node, string? name, YamlNode? nameNode, string label)
    {
        if (node is null)
        {
            if (name is null)
            {
                return null;
            }

            var made = Slugs.Slugify(name);
            if (made.Length == 0)
            {
                Malformed(nameNode!, $"the name {label} has no letters or digits to make an id from; add 'id:' with one");
                return null;
            }

            return made;
        }

        var written = Text(node, "'id'", label);
        if (written is null)
        {
            if (node is YamlScalar)
            {
                Malformed(node, $"the id of {label} is empty; remove 'id:' to make one from the name, or write one");
            }

            return null;
        }

        if (Slugs.Unsafe(written) is { } problem)
        {
            Malformed(node, $"the id '{written}' of {label} cannot be used: {problem}; write letters, digits and hyphens, as in 'id: jens-stoltenberg'");
            return null;
        }

        return Slugs.Slugify(written);
    }

    private ImmutableArray<RegistryAlias> Aliases(YamlNode? node, string label)
    {
        var aliases = ImmutableArray.CreateBuilder<RegistryAlias>();
        var items = node switch
        {
            null => ImmutableArray<YamlNode>.Empty,
            YamlSequence sequence => sequence.Items,
            YamlScalar => ImmutableArray.Create(node),
            _ => Fail(node, $"the aliases of {label} must be one text or a list of texts ('- Stoltenberg')"),
        };
        foreach (var item in items)
        {
            if (Text(item, "each alias", label) is { } alias)
            {
                aliases.Add(new RegistryAlias(alias, item));
            }
        }

        return aliases.ToImmutable();
    }

    private string? Description(YamlNode? node, string label) =>
        node is null ? null : Text(node, "'description'", label);

    private ImmutableArray<EntityRole> Roles(YamlNode? node, string label)
    {
        var items = node switch
        {
            null => ImmutableArray<YamlNode>.Empty,
            YamlSequence sequence => sequence.Items,
            _ => ImmutableArray.Create(node),
        };
        var roles = ImmutableArray.CreateBuilder<EntityRole>(items.Length);
        foreach (var item in items)
        {
            if (Role(item, label) is { } role)
            {
                roles.Add(role);
            }
        }

        return roles.ToImmutable();
    }

    private EntityRole? Role(YamlNode node, string label)
    {
        if (node is YamlScalar)
        {
            var text = Text(node, "a role", label);
            if (text is null)
            {
                return null;
            }

            var (title, from, to) = RoleText.Split(text);
            return Checked(node, label, title, from, to);
        }

        if (node is not YamlMapping mapping)
        {
            Fail(node, $"each role of {label} must be a text such as 'NATO Secretary General 2014–2024' or a mapping with 'title:', 'from:' and 'to:'");
            return null;
        }

        ReportUnknownKeys(mapping, RegistryKeys.Role, "a role");
        var titleNode = mapping[RegistryKeys.Title];
        if (titleNode is null)
        {
            Malformed(mapping, $"a role of {label} has no 'title:'; add one, as in 'title: NATO Secretary General'");
            return null;
        }

        var roleTitle = Text(titleNode, "a role's 'title'", label);
        var fromYear = Year(mapping[RegistryKeys.From], "from", label);
        var toYear = Year(mapping[RegistryKeys.To], "to", label);
        if (roleTitle is null && titleNode is YamlScalar)
        {
            Malformed(titleNode, $"a role of {label} has an empty 'title:'; write what the role was, as in 'title: NATO Secretary General'");
        }

        return roleTitle is null ? null : Checked(mapping, label, roleTitle, fromYear, toYear);
    }

    private EntityRole? Checked(YamlNode node, string label, string title, int? from, int? to)
    {
        if (title.Length == 0)
        {
            Malformed(node, $"a role of {label} has years but no title; write it as 'NATO Secretary General 2014–2024'");
            return null;
        }

        if (from > to)
        {
            Malformed(node, $"the role '{title}' of {label} ends ({to}) before it starts ({from}); check the years");
            return null;
        }

        return new EntityRole(title, from, to);
    }

    private int? Year(YamlNode? node, string key, string label)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar scalar)
        {
            var value = scalar.Value.Trim();
            if (value.Length == 0 || (scalar.Style == YamlScalarStyle.Plain && IsNull(value))
                || (key == RegistryKeys.To && (value.Equals("present", StringComparison.OrdinalIgnoreCase) || value.Equals("now", StringComparison.OrdinalIgnoreCase))))
            {
                return null;
            }

            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999)
            {
                return year;
            }
        }

        Malformed(node, $"'{key}:' in a role of {label} must be a year such as 2014");
        return null;
    }

    /// <summary>A scalar as clean text; null for an empty or null value. Reports anything else.</summary>
    private string? Text(YamlNode node, string what, string label)
    {
        if (node is YamlScalar scalar)
        {
            var value = TextCleaner.Clean(scalar.Value);
            return value.Length == 0 || (scalar.Style == YamlScalarStyle.Plain && IsNull(value)) ? null : value;
        }

        Malformed(node, $"{what} of {label} must be a single text value, not a list or a mapping");
        return null;
    }

    private void ReportUnknownKeys(YamlMapping mapping, IReadOnlyList<string> known, string where)
    {
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            if (known.Contains(key, StringComparer.Ordinal))
            {
                continue;
            }

            var suggestion = RegistryKeys.Suggest(key, known);
            diagnostics.Add(DiagnosticCatalog.UnknownRegistryKey.Create(
                path,
                At(entry.Key),
                key,
                $" ({where}{(suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?")})",
                string.Join(", ", known)));
        }
    }

    private static bool IsNull(string value) => value is "~" or "null" or "Null" or "NULL";

    private ImmutableArray<YamlNode> Fail(YamlNode node, string why)
    {
        Malformed(node, why);
        return ImmutableArray<YamlNode>.Empty;
    }

    private void Malformed(YamlNode node, string why)
    {
        _failed = true;
        diagnostics.Add(DiagnosticCatalog.MalformedRegistry.Create(path, At(node), why));
    }

    private void UnknownKind(YamlNode node, string why)
    {
        _failed = true;
        diagnostics.Add(DiagnosticCatalog.UnknownEntityKind.Create(path, At(node), why));
    }

    private SourceRange At(YamlNode node) => lines.At(node.Line, node.Column);
}
