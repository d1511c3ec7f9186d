using Publisher.Tests.Support;

namespace Publisher.Tests.Packaging;

/// <summary>
/// Runs the dotnet CLI as a user would, from outside the test host: the MSBuild variables the test run set are
/// removed, and no build node or compiler server outlives the command (one would hold the output pipe open).
/// </summary>
public static class DotnetCommand
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>The dotnet host running this test run, else the one on PATH.</summary>
    public static string Host => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>
    /// Runs <c>dotnet args</c> in <paramref name="workingDirectory"/>; with <paramref name="nugetPackages"/>, restores
    /// into that folder instead of the machine's package cache.
    /// </summary>
    public static Task<ProcessResult> RunAsync(string workingDirectory, string? nugetPackages, params string[] args) =>
        ProcessRunner.RunAsync(Host, args, workingDirectory, ChildEnvironment(nugetPackages), Limit);

    /// <summary>Runs an installed program (the tool's command) with the same environment.</summary>
    public static Task<ProcessResult> RunProgramAsync(string program, string workingDirectory, string? nugetPackages, params string[] args) =>
        ProcessRunner.RunAsync(program, args, workingDirectory, ChildEnvironment(nugetPackages), Limit);

    private static Dictionary<string, string?> ChildEnvironment(string? nugetPackages)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase))
            {
                environment[name] = null;
            }
        }

        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        environment["UseSharedCompilation"] = "false";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        if (nugetPackages is not null)
        {
            environment["NUGET_PACKAGES"] = nugetPackages;
        }

        return environment;
    }
}
