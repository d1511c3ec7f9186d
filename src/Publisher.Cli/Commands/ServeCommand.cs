using System.CommandLine;
using Publisher.Cli.Serving;
using Publisher.Site.Building;
using Spectre.Console;

namespace Publisher.Cli.Commands;

/// <summary>
/// <c>publisher serve</c>: build, serve on 127.0.0.1, and rebuild and reload open pages when content or templates
/// change.
/// </summary>
public static class ServeCommand
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);

    public static Command Create(IAnsiConsole console)
    {
        var settings = new SiteSettings();
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = static _ => 8080 };
        var noWatch = new Option<bool>("--no-watch") { Description = "Serve without rebuilding on changes." };
        var command = new Command("serve", "Build, then serve the site on 127.0.0.1 and rebuild on changes to content or templates.") { port, noWatch };
        settings.AddTo(command);
        command.SetAction(async (result, cancellation) =>
        {
            var contentFolder = settings.ContentFolder(result) ?? (Directory.Exists("content") ? "content" : null);
            var options = settings.Options(result);
            var first = BuildCommand.Run(console, contentFolder, options);
            if (!first.Committed && !Directory.Exists(options.OutputFolder))
            {
                return ExitCodes.Failed;
            }

            var hub = new ReloadHub();
            var app = new SiteServer(options.OutputFolder, options.BaseUrl.Path, hub).Create(result.GetValue(port));
            await app.StartAsync(cancellation);
            foreach (var address in app.Urls)
            {
                console.MarkupLine($"Serving [link]{Markup.Escape(address.TrimEnd('/') + options.BaseUrl.Path)}[/] (Ctrl+C to stop)");
            }

            using var watcher = result.GetValue(noWatch) ? null : new RebuildWatcher([contentFolder, options.TemplatesFolder], Quiet, async () =>
            {
                var rebuilt = BuildCommand.Run(console, contentFolder, options);
                if (rebuilt.Committed)
                {
                    await hub.ReloadAll();
                }
            });

            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C.
            }

            await app.StopAsync(CancellationToken.None);
            return ExitCodes.Success;
        });
        return command;
    }
}
