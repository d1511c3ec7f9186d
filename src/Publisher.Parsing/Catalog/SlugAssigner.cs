namespace Publisher.Parsing.Catalog;

/// <summary>
/// Makes slugs unique across a set of articles. Paths are taken in ordinal order so the result never depends on the
/// order files were found in: the first keeps its slug, later ones get "-2", "-3" … (skipping slugs already in use).
/// </summary>
public static class SlugAssigner
{
    public static IReadOnlyList<SlugAssignment> Assign(IEnumerable<ArticleKey> keys)
    {
        var ordered = keys.OrderBy(k => k.Path, StringComparer.Ordinal).ToList();
        var requested = new HashSet<string>(ordered.Select(k => k.Slug), StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<SlugAssignment>(ordered.Count);
        foreach (var key in ordered)
        {
            if (!owners.ContainsKey(key.Slug))
            {
                owners.Add(key.Slug, key.Path);
                result.Add(new SlugAssignment(key.Path, key.Slug, key.Slug, null));
                continue;
            }

            var suffix = 2;
            string candidate;
            do
            {
                candidate = $"{key.Slug}-{suffix++}";
            }
            while (owners.ContainsKey(candidate) || requested.Contains(candidate));

            owners.Add(candidate, key.Path);
            result.Add(new SlugAssignment(key.Path, key.Slug, candidate, owners[key.Slug]));
        }

        return result;
    }
}
