using Microsoft.Playwright;

namespace Publisher.Tests.Browser;

/// <summary>The screens pages are checked on: a desktop window and a phone held upright.</summary>
public static class Viewports
{
    public const string Desktop = "desktop";
    public const string Phone = "phone";

    public static BrowserNewContextOptions Options(string viewport, ColorScheme scheme = ColorScheme.Light) => viewport switch
    {
        Desktop => new() { ViewportSize = new() { Width = 1280, Height = 800 }, ColorScheme = scheme },
        Phone => new() { ViewportSize = new() { Width = 390, Height = 844 }, DeviceScaleFactor = 2, IsMobile = true, HasTouch = true, ColorScheme = scheme },
        _ => throw new ArgumentOutOfRangeException(nameof(viewport), viewport, "no such viewport"),
    };
}
