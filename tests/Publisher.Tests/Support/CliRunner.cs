using Publisher.Cli.Commands;
using Spectre.Console;

namespace Publisher.Tests.Support;

/// <summary>Runs the `publisher` command in process, with a plain wide console whose text is returned.</summary>
public static class CliRunner
{
    public static (int Code, string Output) Run(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 200;
        var code = CommandLine.Run(args, console);
        return (code, writer.ToString());
    }
}
