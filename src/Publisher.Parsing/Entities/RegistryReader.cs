using System.Collections.Immutable;
using Publisher.Parsing.Diagnostics;
using Publisher.Parsing.Text;
using Publisher.Parsing.Yaml;

namespace Publisher.Parsing.Entities;

/// <summary>
/// Reads the entity registry (<c>content/entities.yml</c>): a YAML list of entries, or a mapping whose only key
/// <c>entities:</c> holds that list. Each entry has <c>name</c> and <c>kind</c> (person, organization or
/// organisation, place), and optionally <c>aliases</c> (a text or a list), <c>description</c>, <c>roles</c>
/// (texts such as "NATO Secretary General 2014–2024" or mappings with <c>title</c>, <c>from</c>, <c>to</c>) and
/// <c>id</c> (made from the name when absent). Never throws on content: an entry with an error is left out with a
/// diagnostic (PUB016–PUB020) and the others are kept.
/// </summary>
public static class RegistryReader
{
    private const string ListExample = "'- name: Jens Stoltenberg' followed by '  kind: person'";

    public static RegistryReadResult Read(string text, string path)
    {
        text = TextCleaner.ReplaceInvalid(text ?? string.Empty);
        var lines = new LineMap(text);
        var diagnostics = new List<ContentDiagnostic>();
        var entries = Entries(text, path, lines, diagnostics);

        var reader = new RegistryEntryReader(path, lines, diagnostics);
        var candidates = new List<RegistryCandidate>(entries.Length);
        var byId = new Dictionary<string, RegistryCandidate>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            if (reader.Read(entries[i], i + 1) is not { } candidate)
            {
                continue;
            }

            if (byId.TryGetValue(candidate.Id, out var first))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateEntityId.Create(
                    path, lines.At(candidate.IdNode.Line, candidate.IdNode.Column), candidate.Id, first.Name, first.NameNode.Line));
                continue;
            }

            byId.Add(candidate.Id, candidate);
            candidates.Add(candidate);
        }

        var entities = new AliasClaims(path, lines, diagnostics).Resolve(candidates);

        // Checks across entries run after the entries themselves; sorting puts every message back in file order.
        var ordered = diagnostics.OrderBy(static d => d.Source.Start).ToImmutableArray();
        return new RegistryReadResult(new EntityRegistry(entities), ordered);
    }

    private static ImmutableArray<YamlNode> Entries(string text, string path, LineMap lines, List<ContentDiagnostic> diagnostics)
    {
        var result = YamlReader.Read(text, 1);
        if (result.Error is { } error)
        {
            Malformed(error.Line, error.Column, $"{error.Message} (line {error.Line}, column {error.Column})");
            return ImmutableArray<YamlNode>.Empty;
        }

        switch (result.Root)
        {
            case null:
                return ImmutableArray<YamlNode>.Empty;
            case YamlSequence sequence:
                return sequence.Items;
            case YamlMapping mapping when mapping[RegistryKeys.Entities] is { } list:
                foreach (var entry in mapping.Entries.Where(static e => e.Key.Value != RegistryKeys.Entities))
                {
                    var suggestion = RegistryKeys.Suggest(entry.Key.Value, RegistryKeys.TopLevel);
                    diagnostics.Add(DiagnosticCatalog.UnknownRegistryKey.Create(
                        path,
                        lines.At(entry.Key.Line, entry.Key.Column),
                        entry.Key.Value,
                        suggestion is null ? " (at the top level)" : $" (at the top level; did you mean '{suggestion}'?)",
                        RegistryKeys.Entities));
                }

                return list switch
                {
                    YamlSequence entries => entries.Items,
                    YamlScalar { Value.Length: 0 } => ImmutableArray<YamlNode>.Empty,
                    _ => Fail(list, $"'entities:' must hold a list of entries, each starting with '- ', as in {ListExample}"),
                };
            case YamlMapping mapping when mapping[RegistryKeys.Name] is not null:
                return Fail(mapping, $"the file holds a single entry, not a list; start the entry with '- ', as in {ListExample}");
            case YamlMapping mapping:
                var key = mapping.Entries.IsDefaultOrEmpty ? string.Empty : mapping.Entries[0].Key.Value;
                var hint = RegistryKeys.Suggest(key, RegistryKeys.TopLevel) is { } near ? $" (did you mean '{near}'?)" : string.Empty;
                return Fail(mapping, $"the top level has the key '{key}'{hint}; write a list of entries, as in {ListExample}, or put the list under 'entities:'");
            default:
                return Fail(result.Root, $"the file holds a single value; write a list of entries, as in {ListExample}");
        }

        ImmutableArray<YamlNode> Fail(YamlNode node, string why)
        {
            Malformed(node.Line, node.Column, why);
            return ImmutableArray<YamlNode>.Empty;
        }

        void Malformed(int line, int column, string why) =>
            diagnostics.Add(DiagnosticCatalog.MalformedRegistry.Create(path, lines.At(line, column), why));
    }
}
