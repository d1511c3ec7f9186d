using Publisher.Site.Building;
using Spectre.Console;

namespace Publisher.Cli.Terminal;

/// <summary>Feeds a build's stages into a Spectre.Console progress bar.</summary>
public sealed class ConsoleProgress(ProgressContext context) : IBuildProgress
{
    private ProgressTask? current;

    public void Stage(string name, int total)
    {
        current?.StopTask();
        current = context.AddTask(name, maxValue: Math.Max(1, total));
    }

    public void Advance(int count = 1) => current?.Increment(count);

    public void Done() => current?.StopTask();
}
