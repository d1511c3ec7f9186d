using System.Reflection;
using Publisher.Tests.Support;

namespace Publisher.Tests.Packaging;

/// <summary>
/// Packs Publisher.Tool and Publisher.Generator once for the test class into a local folder feed, from the binaries
/// this test run was built with (the test project references both projects, so they are built and current): the
/// packages hold what the other tests test, and packing takes seconds. Restores from the feed go to a package folder
/// of its own: the machine's package cache is never polluted and a stale package is never reused.
/// </summary>
public sealed class PackedFeed : IAsyncLifetime
{
    /// <summary>A version no published package has, so nothing but this feed can provide it.</summary>
    public const string Version = "0.0.1-packagetest";

    private readonly TempFolder root = new();

    public string Root => root.Path;

    public string Feed => root.Combine("feed");

    /// <summary>NUGET_PACKAGES for everything that restores from the feed.</summary>
    public string NuGetPackages => root.Combine("nuget-packages");

    public string GeneratorPackage => Path.Combine(Feed, $"Publisher.Generator.{Version}.nupkg");

    public string ToolPackage => Path.Combine(Feed, $"Publisher.Tool.{Version}.nupkg");

    public async Task InitializeAsync()
    {
        var configuration = typeof(PackedFeed).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        foreach (var project in new[] { "src/Publisher.Cli/Publisher.Cli.csproj", "src/Publisher.Generator/Publisher.Generator.csproj" })
        {
            var pack = await DotnetCommand.RunAsync(
                RepoPaths.Root,
                nugetPackages: null,
                "pack", Path.Combine(RepoPaths.Root, project), "-c", configuration, "--no-build", "--no-restore", "-o", Feed, $"-p:PackageVersion={Version}");
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException(pack.ToString());
            }
        }
    }

    public Task DisposeAsync()
    {
        root.Dispose();
        return Task.CompletedTask;
    }
}
