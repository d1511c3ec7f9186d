using System.Collections.Immutable;
using System.IO.Hashing;
using System.Text;

namespace Publisher.Site.Output;

/// <summary>
/// The list of files the publisher wrote into an output folder, with a hash of each. It is how the tool knows a
/// folder is its own, which files it may replace or delete (never any other), and which are already up to date.
/// </summary>
public sealed record Manifest(ImmutableSortedDictionary<string, string> Files)
{
    public const string FileName = ".publisher-manifest";
    private const string Header = "# publisher manifest v2: files written by `publisher build`, each with its XxHash128; only these are ever replaced or deleted";

    // Version 1 kept a truncated SHA-256, which cost a build of 100,000 articles three seconds of CPU to compute.
    private const string HeaderV1 = "# publisher manifest v1:";

    /// <summary>The hash of a file whose replacement was under way when a build stopped: it matches no content.</summary>
    public const string Pending = "pending";

    /// <summary>Whether a build stopped while moving files in, so the folder is a mix of two builds.</summary>
    public bool Interrupted => Files.Values.Contains(Pending);

    public static Manifest Empty { get; } = new(ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    /// <summary>The hash a manifest keeps of a file's bytes: equal hashes mean the file need not be written again.</summary>
    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(XxHash128.Hash(bytes));

    /// <summary>The manifest in a folder, null when the folder has none (the tool did not create it).</summary>
    public static Manifest? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var files = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var olderVersion = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                olderVersion |= line.StartsWith(HeaderV1, StringComparison.Ordinal);
                continue;
            }

            var space = line.IndexOf(' ');
            if (space <= 0)
            {
                continue;
            }

            var file = line[(space + 1)..];
            // A manifest edited by hand must not be able to point the tool outside its folder.
            if (OutputPaths.IsSafeRelative(file))
            {
                // An older version's hashes are of another kind: they stay the tool's files but match no new content.
                var hash = line[..space];
                files[file] = olderVersion && hash != Pending ? "v1:" + hash : hash;
            }
        }

        return new Manifest(files.ToImmutable());
    }

    /// <summary>Writes the manifest to a file, line by line through a buffer (a large site's manifest is tens of megabytes).</summary>
    public void Save(string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        text.Write(Header);
        text.Write('\n');
        foreach (var (file, hash) in Files)
        {
            text.Write(hash);
            text.Write(' ');
            text.Write(file);
            text.Write('\n');
        }
    }
}
