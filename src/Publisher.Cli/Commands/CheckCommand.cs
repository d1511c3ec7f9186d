using System.CommandLine;
using System.Globalization;
using Publisher.Site.Building;
using Publisher.Site.Checking;
using Spectre.Console;

namespace Publisher.Cli.Commands;

/// <summary><c>publisher check</c>: every internal link and fragment resolves, every page parses as HTML.</summary>
public static class CheckCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var site = new Option<string>("--site", "--out") { Description = "The built site to check.", DefaultValueFactory = static _ => "site" };
        var baseUrl = new Option<string?>("--base-url") { Description = "The base URL the site was built with, to resolve rooted links." };
        var command = new Command("check", "Check a built site: broken links and fragments, HTML errors, dead ends.") { site, baseUrl };
        command.SetAction(result =>
        {
            var folder = result.GetValue(site)!;
            if (!Directory.Exists(folder))
            {
                throw new UsageException($"--site {folder}: no such folder (build the site first)");
            }

            if (!BaseUrl.TryParse(result.GetValue(baseUrl), out var parsedBase, out var problem))
            {
                throw new UsageException($"--base-url: {problem}");
            }

            var report = SiteChecker.Check(folder, parsedBase.Path);
            foreach (var item in report.Problems)
            {
                console.MarkupLine($"[red]{Markup.Escape(item.ToString())}[/]");
            }

            var summary = $"{report.PagesChecked.ToString("N0", CultureInfo.InvariantCulture)} pages, {report.LinksChecked.ToString("N0", CultureInfo.InvariantCulture)} links checked";
            console.MarkupLine(report.Ok
                ? $"[green]{summary}: no problems.[/]"
                : $"[red]{summary}: {report.Problems.Length.ToString("N0", CultureInfo.InvariantCulture)} problem(s).[/]");
            return report.Ok ? ExitCodes.Success : ExitCodes.Failed;
        });
        return command;
    }
}
