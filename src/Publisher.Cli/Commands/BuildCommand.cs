using System.CommandLine;
using Publisher.Cli.Terminal;
using Publisher.Site.Building;
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
        command.SetAction(result =>
        {
            var contentFolder = settings.ContentFolder(result);
            var options = settings.Options(result);
            var outcome = Run(console, contentFolder, options);
            return outcome.ExitCode;
        });
        return command;
    }

    public static BuildResult Run(IAnsiConsole console, string? contentFolder, SiteOptions options)
    {
        BuildResult? outcome = null;
        var protectedFolders = contentFolder is null ? new List<string>() : [contentFolder];
        if (console.Profile.Capabilities.Interactive)
        {
            console.Progress().AutoClear(true).Start(context =>
            {
                var progress = new ConsoleProgress(context);
                progress.Stage("Reading articles", 1);
                var content = SiteSettings.Load(contentFolder);
                progress.Advance();
                outcome = SiteBuilder.Build(content, options, progress, protectedFolders);
                progress.Done();
            });
        }
        else
        {
            outcome = SiteBuilder.Build(SiteSettings.Load(contentFolder), options, null, protectedFolders);
        }

        BuildReportWriter.Write(console, outcome!);
        return outcome!;
    }
}
