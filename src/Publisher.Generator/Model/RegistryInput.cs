namespace Publisher.Generator.Model;

/// <summary>The entity registry file as the compiler read it. Equatable, so an unchanged registry stays cached.</summary>
public sealed record RegistryInput(string Path, string RelativePath, string Text);
