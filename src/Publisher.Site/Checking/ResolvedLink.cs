namespace Publisher.Site.Checking;

/// <summary>Where a URL on a page leads.</summary>
/// <param name="Kind">What it points at.</param>
/// <param name="File">For <see cref="LinkKind.Found"/> and <see cref="LinkKind.Missing"/>: the site file it names, else empty.</param>
/// <param name="Fragment">The text after "#", or null when the URL has no "#".</param>
internal readonly record struct ResolvedLink(LinkKind Kind, string File, string? Fragment)
{
    public bool IsInternal => Kind is LinkKind.Found or LinkKind.Missing;

    public static ResolvedLink Of(LinkKind kind) => new(kind, string.Empty, null);
}
