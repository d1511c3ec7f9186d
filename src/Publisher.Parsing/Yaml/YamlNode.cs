namespace Publisher.Parsing.Yaml;

/// <summary>
/// A node of a YAML document. <see cref="Line"/> and <see cref="Column"/> are 1-based positions in the whole file
/// (the reader adds its <c>firstLine</c>), with columns counted in UTF-16 code units as most editors show them.
/// </summary>
public abstract record YamlNode(int Line, int Column);
