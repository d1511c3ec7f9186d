namespace Publisher.Site.Rendering;

/// <summary>
/// Turns a site path ("people/x/", "assets/site.css", "2016/02/#top") into the href a given page writes. Links are
/// relative, so the site works from any subpath without a rebuild; pages served at unknown depths (the 404 page)
/// get links rooted at the base path instead.
/// </summary>
public sealed class PageLinker(string basePath, LinkStyle style)
{
    public string BasePath { get; } = basePath;

    public string Link(string fromPage, string target, bool rooted)
    {
        var hash = target.IndexOf('#');
        var fragment = hash >= 0 ? target[hash..] : string.Empty;
        var path = hash >= 0 ? target[..hash] : target;
        if (style == LinkStyle.Files && (path.Length == 0 || path.EndsWith('/')))
        {
            path += "index.html";
        }

        if (rooted)
        {
            return BasePath + path + fragment;
        }

        var depth = 0;
        foreach (var c in FolderOf(fromPage))
        {
            if (c == '/')
            {
                depth++;
            }
        }

        var prefix = string.Concat(Enumerable.Repeat("../", depth));
        var href = prefix + path;
        return (href.Length == 0 ? "./" : href) + fragment;
    }

    private static string FolderOf(string page) =>
        page.Length == 0 || page.EndsWith('/') ? page : page[..(page.LastIndexOf('/') + 1)];
}
