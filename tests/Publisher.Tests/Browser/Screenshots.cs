using Microsoft.Playwright;

namespace Publisher.Tests.Browser;

/// <summary>Saves screenshots under artifacts/screenshots/ at the repository root (git-ignored), for people to look at.</summary>
public static class Screenshots
{
    public static string Folder => Path.Combine(Support.RepoPaths.Root, "artifacts", "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        Assert.True(new FileInfo(file).Length > 0, $"empty screenshot {file}");
        return file;
    }
}
