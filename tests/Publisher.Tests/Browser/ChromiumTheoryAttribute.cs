namespace Publisher.Tests.Browser;

/// <summary>The theory form of <see cref="ChromiumFactAttribute"/>.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (ChromiumBrowser.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}
