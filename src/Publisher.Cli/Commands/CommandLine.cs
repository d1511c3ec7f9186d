using System.CommandLine;
using Spectre.Console;

namespace Publisher.Cli.Commands;

/// <summary>The `publisher` command and its verbs.</summary>
public static class CommandLine
{
    public static int Run(string[] args) => Run(args, StandardConsole());

    /// <summary>
    /// The process's console. Problems are printed as <c>file(line,col): warning ID: message</c> lines that editors
    /// and CI annotations read; when the output is not a terminal, Spectre assumes 80 columns and would break a long
    /// path across lines, so such output is not wrapped.
    /// </summary>
    private static IAnsiConsole StandardConsole()
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = UnwrappedWidth;
        }

        return console;
    }

    private const int UnwrappedWidth = 32_767;

    public static int Run(string[] args, IAnsiConsole console)
    {
        var root = new RootCommand("Builds a cross-linked static news archive from article files.")
        {
            BuildCommand.Create(console),
            ServeCommand.Create(console),
            CheckCommand.Create(console),
            ExtractCommand.Create(console),
            EntitiesCommand.Create(console),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                console.MarkupLine($"[red]error:[/] {Markup.Escape(error.Message)}");
            }

            console.MarkupLine("Run [bold]publisher --help[/] for usage.");
            return ExitCodes.BadUsage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            return ExitCodes.BadUsage;
        }
    }
}

/// <summary>A command-line value that parsed but cannot be used (a folder that does not exist, a bad base URL).</summary>
public sealed class UsageException(string message) : Exception(message);
