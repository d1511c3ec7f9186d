using System.Text.RegularExpressions;

namespace Publisher.Tests.Support;

/// <summary>One page of a kind, by its site path (no leading slash; folders end in '/'; the 404 page is "404.html").</summary>
public sealed record PageSample(string Kind, string SitePath)
{
    /// <summary>The file the page is written to, relative to the site folder.</summary>
    public string File => SitePath.Length == 0 || SitePath.EndsWith('/') ? SitePath + "index.html" : SitePath;
}

/// <summary>
/// Picks one page of each kind from a built site by its layout on disk, so the browser and validity tests check every
/// template whatever the content. A kind the site has no page of (a paged listing in a small archive) is left out.
/// </summary>
public static partial class PageSamples
{
    public const string Home = "home";
    public const string Article = "article";
    public const string Entity = "entity";
    public const string EntityIndex = "entity index";
    public const string EntityIndexAlphabetical = "entity A-Z index";
    public const string Archives = "archives";
    public const string Year = "year";
    public const string Month = "month";
    public const string NotFound = "404";
    public const string PagedListing = "paged listing";

    private static readonly string[] EntityKindFolders = ["people", "organizations", "places"];

    public static IReadOnlyList<PageSample> Of(string siteFolder)
    {
        var found = new List<PageSample>();
        void AddIfBuilt(string kind, string? sitePath)
        {
            if (sitePath is not null && System.IO.File.Exists(Path.Combine(siteFolder, new PageSample(kind, sitePath).File)))
            {
                found.Add(new PageSample(kind, sitePath));
            }
        }

        var years = Folders(siteFolder, string.Empty).Where(static f => YearName().IsMatch(f)).ToArray();
        var months = years.SelectMany(y => Folders(siteFolder, y).Where(static m => MonthName().IsMatch(m)).Select(m => $"{y}/{m}")).ToArray();
        var articles = months.SelectMany(m => Folders(siteFolder, m).Where(static a => a != "page").Select(a => $"{m}/{a}/"));
        var kindFolder = EntityKindFolders.FirstOrDefault(k => Directory.Exists(Path.Combine(siteFolder, k)));
        var entities = kindFolder is null ? [] : Folders(siteFolder, kindFolder).Where(static e => e is not "a-z" and not "page").Select(e => $"{kindFolder}/{e}/");

        AddIfBuilt(Home, string.Empty);
        AddIfBuilt(Article, articles.FirstOrDefault());
        AddIfBuilt(Entity, entities.FirstOrDefault());
        AddIfBuilt(EntityIndex, kindFolder is null ? null : kindFolder + "/");
        AddIfBuilt(EntityIndexAlphabetical, kindFolder is null ? null : kindFolder + "/a-z/");
        AddIfBuilt(Archives, "archives/");
        AddIfBuilt(Year, years.Select(static y => y + "/").FirstOrDefault());
        AddIfBuilt(Month, months.Select(static m => m + "/").FirstOrDefault());
        AddIfBuilt(NotFound, "404.html");
        AddIfBuilt(PagedListing, "page/2/");
        return found;
    }

    private static IEnumerable<string> Folders(string siteFolder, string under) =>
        Directory.EnumerateDirectories(Path.Combine(siteFolder, under)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex YearName();

    [GeneratedRegex("^[0-9]{2}$")]
    private static partial Regex MonthName();
}
