using System.Diagnostics;
using System.Text.Json;

namespace Publisher.Tests.Validity;

/// <summary>An error the Nu HTML Checker reported in a file.</summary>
public sealed record NuError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}({Line}): {Message}";
}

/// <summary>
/// The Nu HTML Checker (vnu.jar from npm's vnu-jar, installed by .ci/run into tools/vnu/) run with the machine's Java.
/// PUBLISHER_VNU_JAR points at another vnu.jar.
/// </summary>
public static class NuHtmlChecker
{
    public static string JarPath =>
        Environment.GetEnvironmentVariable("PUBLISHER_VNU_JAR") is { Length: > 0 } path
            ? path
            : Path.Combine(Support.RepoPaths.Root, "tools", "vnu", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>The java executable: JAVA_HOME's, else the first on PATH, else null.</summary>
    public static string? Java =>
        new[] { Environment.GetEnvironmentVariable("JAVA_HOME") is { Length: > 0 } home ? Path.Combine(home, "bin", "java") : null }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Select(static dir => Path.Combine(dir, "java")))
            .FirstOrDefault(File.Exists);

    /// <summary>Why the checker cannot run here, or null when it can.</summary>
    public static string? MissingReason =>
        Java is null ? "Java not found (JAVA_HOME or PATH): install it with `apt-get install default-jre-headless` to run the Nu HTML Checker."
        : !File.Exists(JarPath) ? $"vnu.jar not found at {JarPath}: run `npm ci --ignore-scripts` in tools/vnu (.ci/run does) or set PUBLISHER_VNU_JAR."
        : null;

    /// <summary>Checks HTML files, and CSS files by their extension, in one run of the checker.</summary>
    public static IReadOnlyList<NuError> Check(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo(Java ?? throw new InvalidOperationException(MissingReason))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-jar", JarPath, "--errors-only", "--also-check-css", "--format", "json" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("java did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = process.StandardError.ReadToEnd();
        process.WaitForExit();
        stdout.Wait();

        // The JSON report goes to standard error; anything else there means the checker itself failed.
        using var json = JsonDocument.Parse(report.Length > 0 ? report : throw new InvalidOperationException($"vnu wrote no report (exit {process.ExitCode}): {stdout.Result}"));
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(static m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(static m => new NuError(
                m.TryGetProperty("url", out var url) ? LocalPath(url.GetString()!) : "(no file)",
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                m.GetProperty("message").GetString() ?? string.Empty))
            .ToArray();
    }

    // vnu names files "file:/dir/name", a form System.Uri rejects.
    private static string LocalPath(string url) =>
        Uri.UnescapeDataString(url.StartsWith("file:", StringComparison.Ordinal) ? url["file:".Length..] : url);
}
