namespace Publisher.Cli.Serving;

/// <summary>
/// Watches folders and runs a rebuild once changes have been quiet for a moment, so saving ten files at once
/// rebuilds once. Rebuilds never overlap.
/// </summary>
public sealed class RebuildWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Timer timer;
    private readonly TimeSpan quiet;
    private readonly SemaphoreSlim running = new(1, 1);

    public RebuildWatcher(IEnumerable<string?> folders, TimeSpan quiet, Func<Task> rebuild)
    {
        this.quiet = quiet;
        timer = new Timer(_ => _ = Run(rebuild));
        foreach (var folder in folders.OfType<string>().Where(Directory.Exists).Distinct(StringComparer.Ordinal))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += Touched;
            watcher.Created += Touched;
            watcher.Deleted += Touched;
            watcher.Renamed += Touched;
            watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }

        timer.Dispose();
    }

    private void Touched(object sender, FileSystemEventArgs e) => timer.Change(quiet, Timeout.InfiniteTimeSpan);

    private async Task Run(Func<Task> rebuild)
    {
        await running.WaitAsync();
        try
        {
            await rebuild();
        }
        finally
        {
            running.Release();
        }
    }
}
