namespace Publisher.Cli.Serving;

/// <summary>
/// Maps a request path to a file inside the site folder, or to nothing. Anything that could reach outside the
/// folder (dot segments, encoded or not, backslashes, drive letters, NUL) resolves to nothing, which is a 404.
/// </summary>
public sealed class SafeFileResolver(string siteFolder, string basePath)
{
    private readonly string root = Path.GetFullPath(siteFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    public string Root => root;

    /// <summary>The file to serve, or null; <paramref name="redirect"/> is set when a folder was asked without its slash.</summary>
    public string? Resolve(string requestPath, out string? redirect)
    {
        redirect = null;
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(requestPath);
        }
        catch (UriFormatException)
        {
            return null;
        }

        if (!decoded.StartsWith(basePath, StringComparison.Ordinal) && decoded + "/" != basePath)
        {
            return null;
        }

        var relative = decoded.Length >= basePath.Length ? decoded[basePath.Length..] : string.Empty;
        if (relative.IndexOfAny(['\\', '\0', ':']) >= 0 || relative.StartsWith('/'))
        {
            return null;
        }

        var segments = relative.Split('/');
        if (segments.Any(static s => s is "." or ".." || (s.Length > 0 && s.StartsWith('.'))))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root, StringComparison.Ordinal) && full + Path.DirectorySeparatorChar != root)
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            if (relative.Length > 0 && !relative.EndsWith('/'))
            {
                redirect = requestPath + "/";
                return null;
            }

            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? full : null;
    }
}
