namespace Publisher.Parsing.Yaml;

/// <summary>How a scalar was written, so callers can tell a plain <c>null</c> from a quoted <c>"null"</c>.</summary>
public enum YamlScalarStyle
{
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
    Folded,
}
