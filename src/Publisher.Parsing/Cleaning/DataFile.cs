namespace Publisher.Parsing.Cleaning;

/// <summary>Reads the entries of an embedded data file: one per line, blank lines and # comments skipped.</summary>
public static class DataFile
{
    public static IReadOnlyList<string> ReadEntries(string name)
    {
        var assembly = typeof(DataFile).Assembly;
        using var stream = assembly.GetManifestResourceStream("Publisher.Parsing.Data." + name)
            ?? throw new InvalidOperationException($"The data file '{name}' is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                entries.Add(trimmed);
            }
        }

        return entries;
    }
}
