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
    /// Why a folder cannot be an output folder, or null. Building into the file-system root, the home folder, or a
    /// folder holding the content or templates would put the user's own files next to pages the tool replaces.
    /// </summary>
    public static string? Forbidden(string outputFolder, IEnumerable<string> protectedFolders)
    {
        var output = Normalize(outputFolder);
        if (output == Normalize(Path.GetPathRoot(output) ?? "/"))
        {
            return "it is the root of the file system";
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && output == Normalize(home))
        {
            return "it is the home folder";
        }

        foreach (var folder in protectedFolders.Select(Normalize))
        {
            if (output == folder || folder.StartsWith(output + "/", StringComparison.Ordinal))
            {
                return $"it holds {folder}, which the site is built from";
            }

            if (output.StartsWith(folder + "/", StringComparison.Ordinal))
            {
                return $"it is inside {folder}, which the site is built from";
            }
        }

        if (Directory.Exists(Path.Combine(output, ".git")))
        {
            return "it is the root of a git repository";
        }

        return null;
    }

    private static string Normalize(string folder) => Path.GetFullPath(folder).Replace('\\', '/').TrimEnd('/') is { Length: > 0 } trimmed ? trimmed : "/";
}
