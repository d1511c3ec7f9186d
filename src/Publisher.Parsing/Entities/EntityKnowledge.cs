using Publisher.Parsing.Catalog;
using Publisher.Parsing.Cleaning;
using Publisher.Parsing.Model;

namespace Publisher.Parsing.Entities;

/// <summary>
/// The built-in facts and word lists the extractor reasons with, loaded once from the data files in
/// Data/entities: countries and places with their adjectives, organizations with their acronyms, titles, cue
/// words, words that are never entities, speech verbs, given names and transliteration variants.
/// </summary>
internal sealed class EntityKnowledge
{
    private static readonly Lazy<EntityKnowledge> Lazy = new(Load);

    private EntityKnowledge()
    {
    }

    public static EntityKnowledge Default => Lazy.Value;

    /// <summary>Gazetteer names and aliases by <see cref="NameKey"/>; short acronyms are in <see cref="ExactAliases"/>.</summary>
    public Dictionary<string, KnownEntity> Aliases { get; } = new(StringComparer.Ordinal);

    /// <summary>Acronyms of three letters or fewer ("UN", "EU", "IS", "WHO"), matched only as written.</summary>
    public Dictionary<string, KnownEntity> ExactAliases { get; } = new(StringComparer.Ordinal);

    /// <summary>Demonyms and adjectives by folded form ("turkish" → Turkey).</summary>
    public Dictionary<string, KnownEntity> Adjectives { get; } = new(StringComparer.Ordinal);

    /// <summary>Titles by folded form, as word sequences ("secretary general", "mr").</summary>
    public HashSet<string> PersonTitles { get; } = new(StringComparer.Ordinal);

    public int LongestTitle { get; private set; }

    public HashSet<string> OrganizationCues { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> PlaceCues { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> NotEntities { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> SpeechVerbs { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> GivenNames { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> Abbreviations { get; } = new(StringComparer.Ordinal);

    /// <summary>Particles inside names ("of", "van", "al"), as written in lower case.</summary>
    public HashSet<string> NameParticles { get; } = new(StringComparer.Ordinal);

    /// <summary>Lower-case prefixes hyphenated to a name ("al-", "el-").</summary>
    public HashSet<string> ArticlePrefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>Words heading a name continued by "of" ("Republic", "Kingdom").</summary>
    public HashSet<string> PlaceHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>Words naming a region of the place they precede ("Southern", "Upper").</summary>
    public HashSet<string> RegionPrefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>Words opening a place name ("Fort", "Mount").</summary>
    public HashSet<string> PlacePrefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>Courtesy titles ("Mr", "Dr"): what follows is a person even as a bare surname.</summary>
    public HashSet<string> Honorifics { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Ship-name prefixes: what follows them names a vessel, which is none of the three kinds.</summary>
    public HashSet<string> VesselPrefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded spelling → the group's first spelling.</summary>
    public Dictionary<string, string> Transliterations { get; } = new(StringComparer.Ordinal);

    public static string[] Fields(string line, int count)
    {
        var fields = line.Split('\t');
        if (fields.Length >= count)
        {
            return fields;
        }

        var padded = new string[count];
        for (var i = 0; i < count; i++)
        {
            padded[i] = i < fields.Length ? fields[i] : string.Empty;
        }

        return padded;
    }

    public static IEnumerable<string> List(string field) =>
        field.Split('|').Select(static s => s.Trim()).Where(static s => s.Length > 0);

    private static EntityKnowledge Load()
    {
        var knowledge = new EntityKnowledge();
        foreach (var line in Read("transliterations.tsv"))
        {
            var group = List(line).Select(NameKey.Fold).ToList();
            foreach (var spelling in group)
            {
                knowledge.Transliterations[spelling] = group[0];
            }
        }

        foreach (var line in Read("countries.tsv"))
        {
            var f = Fields(line, 4);
            var entity = knowledge.AddEntity(f[0], EntityKind.Place, List(f[1]));
            knowledge.AddAdjectives(entity, List(f[2]));
        }

        foreach (var line in Read("places.tsv"))
        {
            var f = Fields(line, 4);
            var entity = knowledge.AddEntity(f[0], EntityKind.Place, List(f[1]));
            knowledge.AddAdjectives(entity, List(f[2]));
        }

        foreach (var line in Read("organizations.tsv"))
        {
            var f = Fields(line, 3);
            knowledge.AddEntity(f[0], EntityKind.Organization, List(f[1]));
        }

        foreach (var title in Read("person-titles.txt"))
        {
            var key = NameKey.Fold(title);
            knowledge.PersonTitles.Add(key);
            knowledge.LongestTitle = Math.Max(knowledge.LongestTitle, key.Split(' ').Length);
        }

        knowledge.OrganizationCues.UnionWith(Read("org-cues.txt"));
        knowledge.PlaceCues.UnionWith(Read("place-cues.txt"));
        knowledge.NotEntities.UnionWith(Read("not-entities.txt"));
        knowledge.SpeechVerbs.UnionWith(Read("speech-verbs.txt"));
        knowledge.GivenNames.UnionWith(Read("given-names.txt"));
        knowledge.Abbreviations.UnionWith(Read("abbreviations.txt"));
        knowledge.VesselPrefixes.UnionWith(Read("vessel-prefixes.txt"));
        knowledge.Honorifics.UnionWith(Read("honorifics.txt"));
        knowledge.NameParticles.UnionWith(Read("name-particles.txt"));
        knowledge.ArticlePrefixes.UnionWith(Read("article-prefixes.txt"));
        knowledge.PlaceHeads.UnionWith(Read("place-heads.txt"));
        knowledge.RegionPrefixes.UnionWith(Read("region-prefixes.txt"));
        knowledge.PlacePrefixes.UnionWith(Read("place-prefixes.txt"));
        return knowledge;
    }

    private static IReadOnlyList<string> Read(string name) => DataFile.ReadEntries("entities." + name);

    private KnownEntity AddEntity(string name, EntityKind kind, IEnumerable<string> aliases)
    {
        var key = NameKey.Of(name, Transliterations);
        var entity = Aliases.TryGetValue(key, out var existing) && existing.Kind == kind
            ? existing
            : new KnownEntity(Slugs.Slugify(name), name, kind);
        AddAlias(name, entity);
        foreach (var alias in aliases)
        {
            AddAlias(alias, entity);
        }

        return entity;
    }

    /// <summary>The first entity to claim a spelling keeps it: countries load before cities, so "Georgia" is the country.</summary>
    private void AddAlias(string alias, KnownEntity entity)
    {
        var letters = alias.Count(char.IsLetter);
        if (IsAcronym(alias) && letters <= 3)
        {
            var exact = alias.Replace(".", string.Empty);
            if (!ExactAliases.ContainsKey(exact))
            {
                ExactAliases[exact] = entity;
            }

            if (alias.Contains('.') && !ExactAliases.ContainsKey(alias))
            {
                ExactAliases[alias] = entity;
            }

            return;
        }

        var key = NameKey.Of(alias, Transliterations);
        if (!Aliases.ContainsKey(key))
        {
            Aliases[key] = entity;
        }
    }

    private void AddAdjectives(KnownEntity entity, IEnumerable<string> adjectives)
    {
        foreach (var adjective in adjectives)
        {
            var key = NameKey.Fold(adjective);
            if (!Adjectives.ContainsKey(key))
            {
                Adjectives[key] = entity;
            }
        }
    }

    public static bool IsAcronym(string text) => text.Any(char.IsUpper) && !text.Any(char.IsLower);
}
