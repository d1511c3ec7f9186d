namespace Publisher.Parsing.Yaml;

/// <summary>
/// A <c>---</c> or <c>...</c> at the start of a line ends whatever is open in YAML, so lines carry it for every
/// construct to stop at.
/// </summary>
internal enum DocumentMarker : byte
{
    None,
    Start,
    End,
}
