namespace Publisher.Tests.Validity;

/// <summary>
/// A fact that needs the Nu HTML Checker and Java. Without them the test is reported as skipped with the reason and
/// the install command, so `dotnet test` still passes and the gap stays visible.
/// </summary>
public sealed class NuCheckerFactAttribute : FactAttribute
{
    public NuCheckerFactAttribute()
    {
        if (NuHtmlChecker.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}
