namespace Publisher.Site.Checking;

/// <summary>What a URL on a page turned out to point at.</summary>
internal enum LinkKind
{
    /// <summary>Another site, or a scheme such as mailto: that is not a file here: not checked.</summary>
    External,

    /// <summary>A javascript: URL, which runs code instead of going anywhere.</summary>
    Unsafe,

    /// <summary>A rooted path that is not under the site's base path.</summary>
    Outside,

    /// <summary>A path whose ".." segments climb above the site folder.</summary>
    Escapes,

    /// <summary>A path inside the site with no file behind it.</summary>
    Missing,

    /// <summary>A file of the site.</summary>
    Found,
}
