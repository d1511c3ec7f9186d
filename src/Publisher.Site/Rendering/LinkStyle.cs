namespace Publisher.Site.Rendering;

/// <summary>How pages link to each other.</summary>
public enum LinkStyle
{
    /// <summary>Relative clean URLs (<c>../people/x/</c>): work under any subpath on any static host.</summary>
    Clean,

    /// <summary>Relative links to <c>index.html</c> files, so the site also browses straight from disk.</summary>
    Files,
}
