using System.CommandLine;
using System.Diagnostics;
using Publisher.Cli.Terminal;
using Publisher.Site.Building;
using Publisher.Site.Sources;
using Spectre.Console;

namespace Publisher.Cli.Commands;

/// <summary><c>publisher build</c>: render the site into the output folder.</summary>
public static class BuildCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var settings = new SiteSettings();
        var command = new Command("build", "Render the site: the compiled catalog by default, or --content DIR parsed now.");
        settings.AddTo(command);
        command.Options.Add(settings.Rebuild);
        command.SetAction(result =>
        {
            var contentFolder = settings.ContentFolder(result);
            var options = settings.Options(result);
            var outcome = Run(console, contentFolder, options, result.GetValue(settings.Rebuild));
            return outcome.ExitCode;
        });
        return command;
    }

    public static BuildResult Run(IAnsiConsole console, string? contentFolder, SiteOptions options, bool rebuild = false)
    {
        // Inputs are fingerprinted before they are read: a file changed during the build makes the next one run.
        var clock = Stopwatch.StartNew();
        var inputs = InputFingerprint.Read(contentFolder, options, typeof(Publisher.Content.Articles));
        if (!rebuild && BuildState.UpToDate(inputs.Fingerprint, options, clock.Elapsed) is { } unchanged)
        {
            BuildReportWriter.Write(console, unchanged);
            return unchanged;
        }

        // Edits inside articles' bodies change only those articles' pages and the search index.
        if (!rebuild && contentFolder is not null
            && BodyEditBuild.TryBuild(contentFolder, Directory.GetCurrentDirectory(), options, inputs, SiteSettings.ParseCachePath(options), clock) is { } edited)
        {
            BuildState.Save(inputs, options, edited);
            edited = edited with { Elapsed = clock.Elapsed };
            BuildReportWriter.Write(console, edited);
            return edited;
        }

        if (rebuild)
        {
            // A forced build starts from nothing the tool remembered: caches are made anew from this build.
            PageSignatureStore.Forget(PageSignatureStore.PathFor(options.OutputFolder));
            ParseCache.Forget(SiteSettings.ParseCachePath(options));
        }

        BuildResult? outcome = null;
        LoadedContent? content = null;
        // With the compiled catalog the articles still live in ./content, which a build must never write into.
        var protectedFolders = contentFolder is not null ? [contentFolder] : Directory.Exists("content") ? ["content"] : new List<string>();
        if (console.Profile.Capabilities.Interactive)
        {
            console.Progress().AutoClear(true).Start(context =>
            {
                var progress = new ConsoleProgress(context);
                progress.Stage("Reading articles", 1);
                content = SiteSettings.Load(contentFolder, options);
                progress.Advance();
                outcome = SiteBuilder.Build(content, options, progress, protectedFolders);
                progress.Done();
            });
        }
        else
        {
            content = SiteSettings.Load(contentFolder, options);
            outcome = SiteBuilder.Build(content, options, null, protectedFolders);
        }

        if (outcome!.Committed)
        {
            // The state names the cache version holding this build's parses, so the cache is saved first.
            var cacheId = content!.ParseCache?.Save();
            BuildState.Save(inputs, options, outcome with { ParseCacheId = cacheId });
        }
        else
        {
            BuildState.Forget(options);
        }

        content?.ParseCache?.Dispose();

        // The report's time is the whole command's: reading and parsing the articles and saving the caches included.
        outcome = outcome! with { Elapsed = clock.Elapsed };
        BuildReportWriter.Write(console, outcome);
        return outcome;
    }
}
