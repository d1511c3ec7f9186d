using Publisher.Parsing.Model;

namespace Publisher.Parsing.Entities;

/// <summary>
/// The person mentions of an article in text order, with the lookups quote attribution needs answered by binary
/// search instead of a scan per quote (which made a long article quadratic). Each lookup gives exactly what the scan
/// it replaces gave.
/// </summary>
internal sealed class PeopleIndex
{
    private readonly List<EntityMention> people;
    private readonly Dictionary<string, EntityMention> fullest = new(StringComparer.Ordinal);

    public PeopleIndex(List<EntityMention> peopleInTextOrder)
    {
        people = peopleInTextOrder;
        foreach (var person in people)
        {
            // The first of the longest spellings, as a stable sort by length would give.
            if (!fullest.TryGetValue(person.EntityId, out var known) || person.Text.Length > known.Text.Length)
            {
                fullest[person.EntityId] = person;
            }
        }
    }

    /// <summary>The first person mention starting at or after <paramref name="offset"/>.</summary>
    public EntityMention? FirstStartingFrom(int offset)
    {
        var at = CountStartingBefore(offset);
        return at < people.Count ? people[at] : null;
    }

    /// <summary>The last person mention that ends by <paramref name="offset"/> and starts at or after <paramref name="from"/>.</summary>
    public EntityMention? LastEndingBy(int offset, int from)
    {
        // Only mentions starting before the offset can end by it; walk back from the last of them.
        for (var i = CountStartingBefore(offset) - 1; i >= 0 && people[i].Source.Start >= from; i--)
        {
            if (people[i].Source.End <= offset)
            {
                return people[i];
            }
        }

        return null;
    }

    /// <summary>A surname mention stands for the full name it resolved to: the fullest spelling of that person.</summary>
    public EntityMention Fullest(EntityMention mention) => fullest[mention.EntityId];

    private int CountStartingBefore(int offset)
    {
        int low = 0, high = people.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (people[middle].Source.Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
