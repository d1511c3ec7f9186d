using System.Globalization;
using Publisher.Parsing.Diagnostics;
using Publisher.Site.Building;
using Spectre.Console;

namespace Publisher.Cli.Terminal;

/// <summary>Prints what a build found and did: every problem with its location, then a summary table.</summary>
public static class BuildReportWriter
{
    public static void Write(IAnsiConsole console, BuildResult result)
    {
        foreach (var diagnostic in result.Diagnostics.Where(static d => d.Level != DiagnosticLevel.Info))
        {
            var color = diagnostic.Level == DiagnosticLevel.Error ? "red" : "yellow";
            console.MarkupLine($"[{color}]{Markup.Escape(diagnostic.ToString())}[/]");
        }

        foreach (var error in result.TemplateErrors)
        {
            console.MarkupLine($"[red]{Markup.Escape(error.ToString())}[/]");
        }

        if (result.OutputProblem is { } problem)
        {
            console.MarkupLine($"[red]{Markup.Escape(problem)}[/]");
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn("").AddColumn(new TableColumn("").RightAligned()).HideHeaders();
        table.AddRow("Articles published", Number(result.ArticlesPublished));
        if (result.ArticlesSkipped > 0)
        {
            table.AddRow("[red]Articles skipped (errors)[/]", Number(result.ArticlesSkipped));
        }

        table.AddRow("Entities", Number(result.Entities));
        foreach (var (kind, count) in result.PagesByKind)
        {
            table.AddRow($"Pages: {Markup.Escape(kind)}", Number(count));
        }

        table.AddRow("[bold]Pages[/]", $"[bold]{Number(result.Pages)}[/]");
        // An incremental build says how much it really redid.
        if (result.Committed && !result.UpToDate && result.PagesRendered < result.Pages)
        {
            table.AddRow("Pages rendered (unchanged, kept)", $"{Number(result.PagesRendered)} ({Number(result.Pages - result.PagesRendered)})");
        }

        if (result.BodyEdits > 0)
        {
            table.AddRow("Articles edited in their body only", Number(result.BodyEdits));
        }

        if (result.ArticlesReused > 0)
        {
            table.AddRow("Article files unchanged (parse reused)", Number(result.ArticlesReused));
        }

        if (result.TemplatesInterpretedBecause is { } reason)
        {
            table.AddRow("[yellow]Templates interpreted (slower)[/]", Markup.Escape(reason));
        }

        table.AddRow("Files (changed, removed)", $"{Number(result.Files)} ({Number(result.FilesChanged)}, {Number(result.FilesRemoved)})");
        table.AddRow("Warnings", Number(result.ContentWarnings));
        table.AddRow("Errors", Number(result.ContentErrors + result.TemplateErrors.Length + (result.OutputProblem is null ? 0 : 1)));
        table.AddRow("Time", $"{result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s");
        console.Write(table);

        console.MarkupLine(result.UpToDate
            ? "[green]Site up to date: nothing changed since the last build (--rebuild renders it anyway).[/]"
            : result.Committed
            ? result.ContentErrors == 0
                ? "[green]Site built.[/]"
                : "[yellow]Site built without the articles that have errors.[/]"
            : "[red]Build failed; the previous site is untouched.[/]");
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
