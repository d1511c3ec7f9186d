using System.Collections.Immutable;
using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;

namespace Publisher.Site.Checking;

/// <summary>
/// Parses pages one after another and reports what is wrong inside each. Not thread-safe: parsing in parallel takes
/// one scanner per worker, so a parser and its error list are reused across pages instead of built for each.
/// </summary>
internal sealed class PageScanner
{
    private const string ReferenceSelector = "a[href], link[href], script[src], img[src], source[src], iframe[src]";

    private readonly HtmlParser _parser = new();
    private readonly List<string> _parseErrors = [];

    public PageScanner()
    {
        // The parser recovers from bad markup silently; its error events are the only way to hear about it.
        _parser.Error += (_, e) =>
        {
            if (e is HtmlErrorEvent error)
            {
                _parseErrors.Add(string.Create(
                    CultureInfo.InvariantCulture, $"line {error.Position.Line}, column {error.Position.Column}: {error.Message}"));
            }
        };
    }

    public PageScan Scan(string file, string page)
    {
        _parseErrors.Clear();
        // Parsing from a string is synchronous; the stream overload goes through async code that crawls under a
        // synchronization context (a test runner's) and is slower anyway.
        var document = _parser.ParseDocument(File.ReadAllText(file));

        using (document)
        {
            var problems = new List<string>(_parseErrors);
            CheckStructure(document, problems);
            var anchors = CollectAnchors(document, problems);
            var references = document.QuerySelectorAll(ReferenceSelector)
                .Select(static e => e.LocalName is "a" or "link"
                    ? new PageReference(e.GetAttribute("href")!, e.LocalName == "a")
                    : new PageReference(e.GetAttribute("src")!, false))
                .ToImmutableArray();
            return new PageScan(page, [.. problems], anchors, references);
        }
    }

    private static void CheckStructure(IHtmlDocument document, List<string> problems)
    {
        // A legacy doctype (with a public identifier) puts browsers in a quirks mode just as a missing one does.
        if (document.Doctype is not { } doctype
            || !doctype.Name.Equals("html", StringComparison.OrdinalIgnoreCase)
            || !string.IsNullOrEmpty(doctype.PublicIdentifier))
        {
            problems.Add("missing <!DOCTYPE html>");
        }

        // "head > title", not "title": an inline SVG can carry a <title> of its own in the body.
        var title = document.QuerySelector("head > title");
        if (title is null)
        {
            problems.Add("missing <title>");
        }
        else if (string.IsNullOrWhiteSpace(title.TextContent))
        {
            problems.Add("empty <title>");
        }

        if (string.IsNullOrWhiteSpace(document.DocumentElement.GetAttribute("lang")))
        {
            problems.Add("missing lang on <html>");
        }

        var headings = document.QuerySelectorAll("h1").Length;
        if (headings == 0)
        {
            problems.Add("no <h1>");
        }
        else if (headings > 1)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{headings} <h1> elements (expected one)"));
        }

        // alt="" is right for a decorative image; only a missing attribute leaves screen readers reading the file name.
        foreach (var image in document.QuerySelectorAll("img:not([alt])"))
        {
            problems.Add($"<img src=\"{image.GetAttribute("src")}\"> has no alt");
        }
    }

    private static HashSet<string> CollectAnchors(IHtmlDocument document, List<string> problems)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id]"))
        {
            var id = element.Id!;
            if (!anchors.Add(id) && reported.Add(id))
            {
                problems.Add($"duplicate id \"{id}\"");
            }
        }

        // Older markup names targets with <a name>; browsers still scroll to them, so links to them are not broken.
        foreach (var element in document.QuerySelectorAll("a[name]"))
        {
            anchors.Add(element.GetAttribute("name")!);
        }

        return anchors;
    }
}
