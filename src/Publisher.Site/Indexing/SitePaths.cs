using System.Globalization;
using Publisher.Parsing.Catalog;
using Publisher.Parsing.Model;

namespace Publisher.Site.Indexing;

/// <summary>
/// The site's URL scheme. Paths are relative to the site root, use forward slashes, and end in "/" for pages
/// (written as <c>index.html</c> inside that folder), so URLs stay clean and the site can live under any subpath.
/// </summary>
public static class SitePaths
{
    public const string Home = "";
    public const string Archives = "archives/";
    public const string Undated = "undated/";
    public const string NotFound = "404.html";
    public const string Search = "search/";
    private const string AlphabeticalSegment = "a-z";

    public static string HomePage(int page) => Paged(Home, page);

    /// <summary>Page <paramref name="page"/> of a long list whose first page is <paramref name="first"/>.</summary>
    public static string Paged(string first, int page) => page <= 1 ? first : $"{first}page/{page.ToString(CultureInfo.InvariantCulture)}/";

    public static string Year(int year) => $"{year.ToString("D4", CultureInfo.InvariantCulture)}/";

    public static string Month(int year, int month) =>
        $"{year.ToString("D4", CultureInfo.InvariantCulture)}/{month.ToString("D2", CultureInfo.InvariantCulture)}/";

    public static string Article(Article article) =>
        article.Published is { } published
            ? Month(published.Date.Year, published.Date.Month) + SafeSegment(article.Slug) + "/"
            : Undated + SafeSegment(article.Slug) + "/";

    public static string KindFolder(EntityKind kind) => kind switch
    {
        EntityKind.Person => "people/",
        EntityKind.Organization => "organizations/",
        _ => "places/",
    };

    public static string EntityIndex(EntityKind kind) => KindFolder(kind);

    public static string EntityIndexAlphabetical(EntityKind kind) => KindFolder(kind) + AlphabeticalSegment + "/";

    public static string Entity(EntityKind kind, string id)
    {
        var segment = SafeSegment(id);
        // The A–Z index lives beside the entity pages; an entity slugged "a-z" must not take its place.
        return KindFolder(kind) + (segment == AlphabeticalSegment ? segment + "-entity" : segment) + "/";
    }

    /// <summary>The file a page path is written to.</summary>
    public static string FileOf(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;

    /// <summary>
    /// A path segment that cannot leave its folder or clash with the site's own folders, whatever an id holds:
    /// slugs are already safe, but records can be built by hand.
    /// </summary>
    public static string SafeSegment(string value)
    {
        var slug = Slugs.IsSlug(value) ? value : Slugs.Slugify(value);
        return slug.Length == 0 ? "untitled" : slug;
    }
}
