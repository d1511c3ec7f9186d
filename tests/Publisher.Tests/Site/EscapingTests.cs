using Publisher.Tests.Support;

namespace Publisher.Tests.Site;

/// <summary>Article text is untrusted: whatever it holds comes out as text, never markup or script.</summary>
public sealed class EscapingTests
{
    private const string Hostile = "<script>alert(1)</script>";

    [Fact]
    public void Script_in_title_standfirst_body_and_caption_comes_out_escaped()
    {
        var article = TestSites.Parse("hostile.txt", $"""
            ---
            date: 2020-03-04
            publisher: "Evil {Hostile} Press"
            ---
            Breaking {Hostile} news "quoted" & more

            A standfirst with {Hostile} in it that is long enough to be one.

            Photo: {Hostile} (Reuters)

            The first paragraph says {Hostile} and keeps going for a while, as paragraphs in news articles do.

            A second paragraph with <img src=x onerror=alert(2)> and some more ordinary words after it.
            """);
        using var folder = new TempFolder();
        TestSites.BuildOk([article], folder.Path);

        var html = File.ReadAllText(Directory.GetFiles(folder.Path, "index.html", SearchOption.AllDirectories).Single(f => f.Contains("breaking")));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("Breaking &lt;script&gt;alert(1)&lt;/script&gt; news &quot;quoted&quot; &amp; more", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);
        // Inside the JSON-LD script element, < is a JSON escape, so the text cannot close the element.
        Assert.Contains("\\u003Cscript\\u003E", html, StringComparison.Ordinal);

        foreach (var page in Directory.GetFiles(folder.Path, "*.html", SearchOption.AllDirectories).Select(File.ReadAllText))
        {
            Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        }

        foreach (var feed in new[] { "feed.xml", "rss.xml" })
        {
            var xml = System.Xml.Linq.XDocument.Load(Path.Combine(folder.Path, feed));
            Assert.Contains(xml.Descendants(), e => e.Value.Contains(Hostile, StringComparison.Ordinal));
        }
    }
}
