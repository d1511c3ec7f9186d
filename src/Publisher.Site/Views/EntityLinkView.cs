namespace Publisher.Site.Views;

/// <summary>An entity as a link: name, kind and, where a list counts them, how many articles.</summary>
public sealed record EntityLinkView(string Name, string Kind, string KindLabel, string Url, int Count);
