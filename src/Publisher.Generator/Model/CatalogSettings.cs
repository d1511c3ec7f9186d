namespace Publisher.Generator.Model;

/// <summary>MSBuild properties that shape the generated catalog (see build/Publisher.Generator.props).</summary>
public sealed record CatalogSettings(string Namespace, string ClassName, int MaxArticleBytes);
