namespace Publisher.Tests.Browser;

/// <summary>
/// A fact that needs Debian's Chromium. On a machine without it the test is reported as skipped, with the reason
/// and the install command, so `dotnet test` still passes and the gap stays visible.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (ChromiumBrowser.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}
