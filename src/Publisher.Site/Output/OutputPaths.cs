namespace Publisher.Site.Output;

/// <summary>Rules for paths inside an output folder and for which folders may be one.</summary>
public static class OutputPaths
{
    /// <summary>A relative path with forward slashes that stays inside its folder.</summary>
    public static bool IsSafeRelative(string path) =>
        path.Length > 0
        && !path.StartsWith('/')
        && !path.Contains('\\', StringComparison.Ordinal)
        && !path.Contains(':', StringComparison.Ordinal)
        && path.Split('/').All(static s => s.Length > 0 && s != "." && s != "..");

    /// <summary>
    /// Why a folder cannot be an output folder, or null. Building into the file-system root, the home folder (or a
    /// folder above it), or a folder holding or inside the content or templates would put the user's own files next
    /// to pages the tool replaces; no flag allows those. The root of a git repository is refused unless forced,
    /// because a repository that exists only to publish the site (GitHub Pages) is a sensible place for it.
    /// </summary>
    public static OutputRefusal? Forbidden(string outputFolder, IEnumerable<string> protectedFolders)
    {
        var output = Normalize(outputFolder);
        if (output == Normalize(Path.GetPathRoot(output) ?? "/"))
        {
            return new OutputRefusal("it is the root of the file system", ForceAllowed: false);
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && Normalize(home) is var homeFolder && (output == homeFolder || homeFolder.StartsWith(output + "/", StringComparison.Ordinal)))
        {
            return new OutputRefusal(output == homeFolder ? "it is the home folder" : $"it holds the home folder {homeFolder}", ForceAllowed: false);
        }

        foreach (var folder in protectedFolders.Select(Normalize))
        {
            if (output == folder || folder.StartsWith(output + "/", StringComparison.Ordinal))
            {
                return new OutputRefusal($"it holds {folder}, which the site is built from", ForceAllowed: false);
            }

            if (output.StartsWith(folder + "/", StringComparison.Ordinal))
            {
                return new OutputRefusal($"it is inside {folder}, which the site is built from", ForceAllowed: false);
            }
        }

        // A worktree or submodule has a .git file rather than a folder; both mark a repository's root.
        var git = Path.Combine(output, ".git");
        if (Directory.Exists(git) || File.Exists(git))
        {
            return new OutputRefusal("it is the root of a git repository", ForceAllowed: true);
        }

        return null;
    }

    private static string Normalize(string folder) => Path.GetFullPath(folder).Replace('\\', '/').TrimEnd('/') is { Length: > 0 } trimmed ? trimmed : "/";
}

/// <summary>Why a folder may not be an output folder, and whether <c>--force</c> may override it.</summary>
public sealed record OutputRefusal(string Reason, bool ForceAllowed);
