using System.Text.RegularExpressions;

namespace Publisher.Tests.Hostile;

/// <summary>Reads pages of a site a bad-input case built, and checks what no hostile input may cause.</summary>
public static partial class SitePages
{
    /// <summary>The slug of the good article every case writes beside its bad input.</summary>
    public const string GoodSlug = "council-approves-the-new-harbour-bridge-budget";

    public const string GoodArticle = """
        ---
        date: 2020-01-15
        publisher: Harbour Gazette
        ---
        Council approves the new harbour bridge budget

        The city council voted on Tuesday to approve the budget for the new harbour bridge, officials said.

        Work is due to start next spring and take three years to finish.

        """;

    /// <summary>The HTML of the article page with this slug, wherever its date put it.</summary>
    public static string Article(string site, string slug)
    {
        var folders = Directory.GetDirectories(site, slug, SearchOption.AllDirectories);
        var folder = Assert.Single(folders);
        return File.ReadAllText(Path.Combine(folder, "index.html"));
    }

    /// <summary>No page holds a live script element, event handler, iframe or javascript: link.</summary>
    public static void AssertNoLiveMarkup(string site)
    {
        foreach (var file in Directory.GetFiles(site, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            var where = Path.GetRelativePath(site, file);
            Assert.False(LiveMarkup().IsMatch(html), $"{where} has live markup: {LiveMarkup().Match(html).Value}");
        }
    }

    /// <summary>Nothing named <paramref name="name"/> was written beside or above the site folder.</summary>
    public static void AssertNothingOutside(string site, string name)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(site))!;
        Assert.Empty(Directory.GetFileSystemEntries(parent, name + "*", SearchOption.TopDirectoryOnly));
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(parent)!, name + "*", SearchOption.TopDirectoryOnly));
        Assert.False(Directory.Exists("/tmp/escaped"));
    }

    // An element that runs script, an iframe, an inline event handler on a real tag, or a javascript: URL in an attribute.
    [GeneratedRegex("""<script>alert|<iframe|<img src=x|<(?:b|div|a|img)\s[^>]*\son\w+\s*=|(?:href|src)\s*=\s*["']?\s*javascript:""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LiveMarkup();
}
