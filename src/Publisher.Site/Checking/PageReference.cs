namespace Publisher.Site.Checking;

/// <summary>A URL a page points at, as written, and whether it is an <c>a href</c> (a way onward for a reader).</summary>
internal readonly record struct PageReference(string Url, bool IsAnchor);
