using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;

namespace Publisher.Site.Checking;

/// <summary>
/// Checks a built site the way a reader and a validator would meet it: every page parses cleanly and has the
/// basics (doctype, title, lang, one h1, unique ids, alt text), every internal link and fragment leads somewhere,
/// every page leads onward, and every feed or sitemap is well-formed XML.
/// </summary>
public static class SiteChecker
{
    public static CheckReport Check(string siteFolder, string basePath = "/")
    {
        ArgumentException.ThrowIfNullOrEmpty(siteFolder);
        ArgumentNullException.ThrowIfNull(basePath);
        var root = Path.GetFullPath(siteFolder);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"{siteFolder}: no such folder");
        }

        var files = SiteFiles(root);
        var fileSet = files.ToHashSet(StringComparer.Ordinal);
        var pages = files.Where(static f => f.EndsWith(".html", StringComparison.Ordinal)).ToArray();
        var problems = new ConcurrentBag<CheckProblem>();

        // Each page is parsed once; afterwards only its ids and URLs are kept, so link checking never re-parses.
        var scans = new PageScan[pages.Length];
        Parallel.ForEach(
            pages,
            static () => new PageScanner(),
            (page, _, i, scanner) =>
            {
                scans[i] = scanner.Scan(FullPath(root, page), page);
                return scanner;
            },
            static _ => { });

        var anchors = scans.ToDictionary(static s => s.Page, static s => s.Anchors, StringComparer.Ordinal);
        var resolver = new LinkResolver(fileSet, basePath);
        var linksChecked = 0;
        Parallel.ForEach(scans, scan =>
        {
            foreach (var problem in scan.Problems)
            {
                problems.Add(new CheckProblem(scan.Page, problem));
            }

            Interlocked.Add(ref linksChecked, CheckLinks(scan, resolver, anchors, problems));
        });

        Parallel.ForEach(files.Where(static f => f.EndsWith(".xml", StringComparison.Ordinal)), file =>
        {
            try
            {
                XDocument.Load(FullPath(root, file));
            }
            catch (XmlException e)
            {
                problems.Add(new CheckProblem(file, $"invalid XML: {e.Message}"));
            }
        });

        var sorted = problems
            .OrderBy(static p => p.Page, StringComparer.Ordinal)
            .ThenBy(static p => p.Problem, StringComparer.Ordinal)
            .ToImmutableArray();
        return new CheckReport(pages.Length, linksChecked, sorted);
    }

    /// <summary>Checks one page's URLs and returns how many were internal.</summary>
    private static int CheckLinks(
        PageScan scan, LinkResolver resolver, Dictionary<string, IReadOnlySet<string>> anchors, ConcurrentBag<CheckProblem> problems)
    {
        var checkedLinks = 0;
        var leadsOnward = false;
        foreach (var reference in scan.References)
        {
            var link = resolver.Resolve(scan.Page, reference.Url);
            var problem = link.Kind switch
            {
                LinkKind.Unsafe => "unsafe javascript: URL",
                LinkKind.Outside => $"link outside the site: {reference.Url}",
                LinkKind.Escapes => $"link escapes the site folder: \"{reference.Url}\"",
                LinkKind.Missing => $"broken link to \"{reference.Url}\"",
                LinkKind.Found when !FragmentExists(link, anchors) => $"missing fragment \"{reference.Url}\"",
                _ => null,
            };

            if (problem is not null)
            {
                problems.Add(new CheckProblem(scan.Page, problem));
            }

            if (link.Kind is LinkKind.External or LinkKind.Unsafe)
            {
                continue;
            }

            checkedLinks++;

            // A link to a spot on the same page does not take the reader anywhere new.
            leadsOnward |= reference.IsAnchor && link.IsInternal && link.File != scan.Page;
        }

        if (!leadsOnward)
        {
            problems.Add(new CheckProblem(scan.Page, "no links onward (dead end)"));
        }

        return checkedLinks;
    }

    private static bool FragmentExists(ResolvedLink link, Dictionary<string, IReadOnlySet<string>> anchors)
    {
        // "#" alone, "#top" (which browsers scroll to without any element) and text fragments ("#:~:text=") need no
        // target; fragments into files that are not pages (a PDF's "#page=2") cannot be checked here.
        if (string.IsNullOrEmpty(link.Fragment)
            || link.Fragment.Equals("top", StringComparison.OrdinalIgnoreCase)
            || link.Fragment.StartsWith(":~:", StringComparison.Ordinal)
            || !anchors.TryGetValue(link.File, out var ids))
        {
            return true;
        }

        return ids.Contains(link.Fragment) || ids.Contains(Uri.UnescapeDataString(link.Fragment));
    }

    /// <summary>Every file of the site as a path with forward slashes, skipping hidden files and folders.</summary>
    private static List<string> SiteFiles(string root)
    {
        var found = new List<string>();
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            found.AddRange(Directory.EnumerateFiles(folder)
                .Where(static f => !Path.GetFileName(f).StartsWith('.'))
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')));
            foreach (var child in Directory.EnumerateDirectories(folder).Where(static d => !Path.GetFileName(d).StartsWith('.')))
            {
                pending.Push(child);
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static string FullPath(string root, string sitePath) => Path.Combine([root, .. sitePath.Split('/')]);
}
