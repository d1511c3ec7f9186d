using System.Collections.Immutable;
using Publisher.Parsing.Model;

namespace Publisher.Parsing.Entities;

/// <summary>
/// Finds the people, organizations and places named in stretches of a text and links each mention to one
/// canonical entity: the registry first, then the built-in gazetteer, then discovery by rules over capitalised
/// spans and their context. Mentions carry offsets into <c>text</c>.
/// </summary>
public static class EntityExtractor
{
    public static ImmutableArray<EntityMention> Extract(string text, IReadOnlyList<TextRange> ranges, EntityRegistry? registry = null) =>
        new MentionFinder(text, registry ?? EntityRegistry.Empty).Find(ranges);
}
