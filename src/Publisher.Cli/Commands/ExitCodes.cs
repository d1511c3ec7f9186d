namespace Publisher.Cli.Commands;

/// <summary>The process exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    /// <summary>The work was done and nothing was wrong.</summary>
    public const int Success = 0;

    /// <summary>Content or template errors, broken links, or an output folder that cannot be used.</summary>
    public const int Failed = 1;

    /// <summary>The command line itself was wrong: unknown option, bad value, missing folder.</summary>
    public const int BadUsage = 2;
}
