using System.Collections.Immutable;

namespace Publisher.Site.Checking;

/// <summary>
/// What checking needs from one parsed page, so the DOM can be dropped at once: with tens of thousands of pages,
/// holding every document until the links are checked would cost far more memory than these few strings.
/// </summary>
/// <param name="Page">The page's path inside the site folder.</param>
/// <param name="Problems">Problems found in the page itself (markup, title, headings, ids, images).</param>
/// <param name="Anchors">Every <c>id</c> and <c>a name</c> in the page: the fragments a link to it may name.</param>
/// <param name="References">Every URL the page points at, in document order.</param>
internal sealed record PageScan(string Page, ImmutableArray<string> Problems, IReadOnlySet<string> Anchors, ImmutableArray<PageReference> References);
