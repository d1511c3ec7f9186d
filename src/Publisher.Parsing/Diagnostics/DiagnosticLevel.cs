namespace Publisher.Parsing.Diagnostics;

public enum DiagnosticLevel
{
    Info,
    Warning,
    Error,
}
