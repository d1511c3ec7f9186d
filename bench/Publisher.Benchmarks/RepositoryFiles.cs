namespace Publisher.Benchmarks;

/// <summary>
/// Finds the repository's seed articles, registry and templates. BenchmarkDotNet runs each benchmark in a process
/// built under this project's bin folder, so the repository is found by walking up to Publisher.sln;
/// PUBLISHER_REPO overrides that.
/// </summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    public static string Root => RootFolder.Value;

    public static string SeedArticle(string fileName) => Path.Combine(Root, "content", "articles", fileName);

    public static string Registry => Path.Combine(Root, "content", "entities.yml");

    public static string Templates => Path.Combine(Root, "templates");

    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("PUBLISHER_REPO") is { Length: > 0 } given)
        {
            return given;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Publisher.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException("Publisher.sln not found above the benchmark; set PUBLISHER_REPO to the repository folder");
    }
}
