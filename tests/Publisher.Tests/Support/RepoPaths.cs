namespace Publisher.Tests.Support;

/// <summary>Finds the repository and the test data, wherever the test runner puts the binaries.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Publisher.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Publisher.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => LazyRoot.Value;

    public static string Content => Path.Combine(Root, "content", "articles");

    public static string TestData => Path.Combine(Root, "tests", "Publisher.Tests", "Data");

    public static string RawSeeds => Path.Combine(TestData, "seeds");

    public static string Approved => Path.Combine(Root, "tests", "Publisher.Tests", "Snapshots", "Approved");
}
