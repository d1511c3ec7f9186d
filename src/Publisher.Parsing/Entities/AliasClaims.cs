using System.Collections.Immutable;
using Publisher.Parsing.Diagnostics;
using Publisher.Parsing.Model;
using Publisher.Parsing.Text;

namespace Publisher.Parsing.Entities;

/// <summary>
/// Gives every spelling to one entity at most, compared as <see cref="NameKey.Fold"/> does (case, diacritics and
/// dots ignored): an entity's name is always its own, and of two entries claiming one alias the first in the file
/// keeps it. Spellings that differ only in case stay on one entity ("NATO" and "Nato"), since writers use both.
/// </summary>
internal sealed class AliasClaims(string path, LineMap lines, List<ContentDiagnostic> diagnostics)
{
    public ImmutableArray<RegistryEntity> Resolve(IReadOnlyList<RegistryCandidate> candidates)
    {
        var names = new Dictionary<string, RegistryCandidate>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var key = NameKey.Fold(candidate.Name);
            if (!names.ContainsKey(key))
            {
                names.Add(key, candidate);
            }
        }

        var owners = new Dictionary<string, RegistryAlias>(StringComparer.Ordinal);
        var ownerOf = new Dictionary<string, RegistryCandidate>(StringComparer.Ordinal);
        var entities = ImmutableArray.CreateBuilder<RegistryEntity>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var written = new HashSet<string>(StringComparer.Ordinal) { candidate.Name };
            var kept = ImmutableArray.CreateBuilder<string>(candidate.Aliases.Length);
            foreach (var alias in candidate.Aliases)
            {
                if (!written.Add(alias.Text))
                {
                    continue;
                }

                var key = NameKey.Fold(alias.Text);
                if (names.TryGetValue(key, out var named) && !ReferenceEquals(named, candidate))
                {
                    Contested(alias, candidate, $"is the name of '{named.Name}' (line {named.NameNode.Line})");
                    continue;
                }

                if (ownerOf.TryGetValue(key, out var owner) && !ReferenceEquals(owner, candidate))
                {
                    Contested(alias, candidate, $"is already an alias of '{owner.Name}' (line {owners[key].Node.Line})");
                    continue;
                }

                if (!ownerOf.ContainsKey(key))
                {
                    owners.Add(key, alias);
                    ownerOf.Add(key, candidate);
                }

                kept.Add(alias.Text);
            }

            entities.Add(new RegistryEntity(
                candidate.Id,
                candidate.Name,
                candidate.Kind,
                kept.ToImmutable(),
                candidate.Description,
                candidate.Roles,
                lines.At(candidate.NameNode.Line, candidate.NameNode.Column)));
        }

        return entities.MoveToImmutable();
    }

    private void Contested(RegistryAlias alias, RegistryCandidate loser, string why) =>
        diagnostics.Add(DiagnosticCatalog.DuplicateAlias.Create(path, lines.At(alias.Node.Line, alias.Node.Column), alias.Text, why, loser.Name));
}
