using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Publisher.Site.Output;

/// <summary>
/// Writes a build aside, then swaps it in. Pages go to a staging folder next to the output folder; only when the
/// whole build has succeeded does <see cref="Commit"/> move them in, so a failed or killed build leaves the
/// previous site as it was. Files whose bytes did not change are not rewritten. Only files recorded in the
/// manifest are ever replaced or deleted; anything else in the folder is the user's and is left alone.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private const string StagingMarker = ".publisher-staging";
    private readonly string outputFolder;
    private readonly string stagingFolder;
    private readonly Manifest previous;
    private readonly bool outputExists;
    private readonly ConcurrentDictionary<string, string> written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> changed = new(StringComparer.Ordinal);

    // Folders of the staging tree made so far: a large site has tens of files per folder, and asking the file system
    // again for each file cost a system call per page.
    private readonly ConcurrentDictionary<string, byte> stagedFolders = new(StringComparer.Ordinal);
    private bool committed;

    private StagedOutput(string outputFolder, Manifest previous, bool outputExists)
    {
        this.outputFolder = Path.GetFullPath(outputFolder);
        this.previous = previous;
        this.outputExists = outputExists;
        var parent = Path.GetDirectoryName(this.outputFolder.TrimEnd(Path.DirectorySeparatorChar)) ?? this.outputFolder;
        stagingFolder = Path.Combine(parent, "." + Path.GetFileName(this.outputFolder.TrimEnd(Path.DirectorySeparatorChar)) + StagingMarker);
        RemoveStaleStaging();
        Directory.CreateDirectory(stagingFolder);
        File.WriteAllText(Path.Combine(stagingFolder, StagingMarker), "A build of the publisher in progress; removed when it ends.\n");
    }

    public string OutputFolder => outputFolder;

    /// <summary>Files written or confirmed unchanged so far.</summary>
    public int FileCount => written.Count;

    /// <summary>Files whose bytes differ from the previous build (all of them on a first build).</summary>
    public int ChangedCount => changed.Count;

    /// <summary>
    /// Opens an output folder for a build. It must not exist, be empty, or hold the publisher's manifest; any other
    /// folder is refused unless <paramref name="force"/>, and even then nothing in it is deleted.
    /// </summary>
    public static StagedOutput Open(string outputFolder, bool force) => Open(outputFolder, force, null);

    /// <summary>As above, with the folder's manifest already read.</summary>
    public static StagedOutput Open(string outputFolder, bool force, Manifest? known)
    {
        var exists = Directory.Exists(outputFolder);
        var manifest = exists ? known ?? Manifest.Read(outputFolder) : null;
        if (exists && manifest is null && !force && Directory.EnumerateFileSystemEntries(outputFolder).Any())
        {
            throw new OutputFolderException($"{outputFolder}: the folder is not empty and was not created by publisher (it has no {Manifest.FileName}); choose another --out or pass --force to write into it without deleting anything");
        }

        return new StagedOutput(outputFolder, manifest ?? Manifest.Empty, exists);
    }

    /// <summary>Writes one file of the site. Thread-safe; each path may be written once per build.</summary>
    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        if (!OutputPaths.IsSafeRelative(relativePath) || relativePath == Manifest.FileName)
        {
            throw new ArgumentException($"'{relativePath}' is not a path inside the output folder", nameof(relativePath));
        }

        var hash = Manifest.HashOf(bytes);
        if (!written.TryAdd(relativePath, hash))
        {
            throw new InvalidOperationException($"{relativePath} was written twice in one build");
        }

        var unchanged = previous.Files.TryGetValue(relativePath, out var old) && old == hash && File.Exists(Path.Combine(outputFolder, relativePath));
        if (unchanged && outputExists)
        {
            return;
        }

        changed.TryAdd(relativePath, 0);
        var target = Path.Combine(stagingFolder, relativePath);
        // A folder is listed only once it is made (GetOrAdd adds after its factory returns): no thread writes into one
        // that is not there yet.
        stagedFolders.GetOrAdd(Path.GetDirectoryName(target)!, static folder =>
        {
            Directory.CreateDirectory(folder);
            return 0;
        });

        using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        stream.Write(bytes);
    }

    /// <summary>
    /// Keeps the file the last build wrote at this path, as if written again with the same bytes; false when there is
    /// no such file (then the caller must write it).
    /// </summary>
    public bool Keep(string relativePath)
    {
        // A file a killed build was replacing may hold either build's bytes: it is written again, never kept.
        if (!outputExists || !previous.Files.TryGetValue(relativePath, out var hash) || hash == Manifest.Pending || !File.Exists(Path.Combine(outputFolder, relativePath)))
        {
            return false;
        }

        if (!written.TryAdd(relativePath, hash))
        {
            throw new InvalidOperationException($"{relativePath} was written twice in one build");
        }

        return true;
    }

    /// <summary>The hash of a file this build kept from the previous one (<see cref="Keep"/>); null for any other.</summary>
    public string? KeptHash(string relativePath) =>
        written.TryGetValue(relativePath, out var hash) && !changed.ContainsKey(relativePath) ? hash : null;

    /// <summary>
    /// Keeps every file of the previous build that <paramref name="rewritten"/> does not claim (those this build writes
    /// itself or drops). False when one is gone from the output folder: the build must then make it again.
    /// </summary>
    public bool KeepAllBut(Func<string, bool> rewritten)
    {
        var missing = 0;
        Parallel.ForEach(previous.Files.Keys, (file, loop) =>
        {
            if (!rewritten(file) && !Keep(file))
            {
                Interlocked.Increment(ref missing);
                loop.Stop();
            }
        });
        return missing == 0;
    }

    /// <summary>
    /// Moves the build into place: changed files replace their old versions one by one (each move is atomic), files
    /// of the previous build that this build did not make are deleted, and the new manifest is written last.
    /// </summary>
    public CommitResult Commit()
    {
        // Every file written but not changed has its previous hash (it was kept, or its bytes hashed the same), so
        // the new manifest is the previous one with the changed files' hashes set and the files not made again
        // removed: a rebuild that changes a few files of a large site does not sort every path again.
        var stale = previous.Files.Keys.Where(f => !written.ContainsKey(f)).ToList();
        var manifest = new Manifest(outputExists
            ? previous.Files.RemoveRange(stale).SetItems(changed.Keys.Select(f => KeyValuePair.Create(f, written[f])))
            : written.ToImmutableSortedDictionary(StringComparer.Ordinal));

        // Files new to the manifest are among the changed ones (the others were in the previous build).
        var conflicts = changed.Keys.Where(f => !previous.Files.ContainsKey(f) && File.Exists(Path.Combine(outputFolder, f))).Order(StringComparer.Ordinal).ToList();
        if (conflicts.Count > 0)
        {
            throw new OutputFolderException($"{outputFolder}: {conflicts.Count} file(s) the build would write already exist and were not written by publisher, first {conflicts[0]}; move them away, nothing was changed");
        }

        if (!outputExists)
        {
            File.Delete(Path.Combine(stagingFolder, StagingMarker));
            manifest.Save(Path.Combine(stagingFolder, Manifest.FileName));
            Directory.Move(stagingFolder, outputFolder);
            committed = true;
            return new CommitResult(written.Count, changed.Count, 0);
        }

        // Written before the first move: a build killed among the moves leaves a manifest that still claims every
        // file it may have put in place (so the next build does not take them for the user's), each with a hash that
        // matches nothing, so the next build writes them all again.
        WriteManifest(new Manifest(previous.Files.SetItems(changed.Keys.Select(static f => KeyValuePair.Create(f, Manifest.Pending)))));
        foreach (var file in changed.Keys.Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(outputFolder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(stagingFolder, file), target, overwrite: true);
        }

        var removed = 0;
        foreach (var file in stale)
        {
            var path = Path.Combine(outputFolder, file);
            if (File.Exists(path))
            {
                File.Delete(path);
                removed++;
                RemoveEmptyFolders(Path.GetDirectoryName(path)!);
            }
        }

        WriteManifest(manifest);
        Directory.Delete(stagingFolder, recursive: true);
        committed = true;
        return new CommitResult(written.Count, changed.Count, removed);
    }

    private void WriteManifest(Manifest manifest)
    {
        var manifestPath = Path.Combine(outputFolder, Manifest.FileName);
        var pending = manifestPath + ".new";
        manifest.Save(pending);
        File.Move(pending, manifestPath, overwrite: true);
    }

    public void Dispose()
    {
        if (!committed)
        {
            RemoveStaleStaging();
        }
    }

    /// <summary>A staging folder left by a build that was killed is ours (it carries the marker) and goes.</summary>
    private void RemoveStaleStaging()
    {
        if (Directory.Exists(stagingFolder))
        {
            if (!File.Exists(Path.Combine(stagingFolder, StagingMarker)) && Directory.EnumerateFileSystemEntries(stagingFolder).Any())
            {
                throw new OutputFolderException($"{stagingFolder}: the staging folder exists but was not made by publisher; remove it yourself");
            }

            Directory.Delete(stagingFolder, recursive: true);
        }
    }

    private void RemoveEmptyFolders(string folder)
    {
        var root = outputFolder.TrimEnd(Path.DirectorySeparatorChar);
        while (folder.Length > root.Length && folder.StartsWith(root, StringComparison.Ordinal) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }
}

/// <summary>What a commit did: files in the site, files replaced or added, stale files removed.</summary>
public sealed record CommitResult(int Files, int Changed, int Removed);

/// <summary>The output folder cannot be used as it is; the message says why and what to do.</summary>
public sealed class OutputFolderException(string message) : Exception(message);
