using System.Collections.Immutable;
using System.Text;

namespace Publisher.Tests.Hostile;

/// <summary>
/// The bad-input table (issue 6): files as scrapers and many hands deliver them. Each case names the diagnostic the
/// build must give and where; <see cref="BadInputTests"/> also checks that the good article beside it still builds.
/// </summary>
public static class BadInputCases
{
    public const string Script = "<script>alert(1)</script>";

    private const string Body = "\n\nThe harbour authority said on Monday that ferries would run to a new timetable from March.\n\nPassengers were told to check the times before travelling.\n";

    private const string Dated = "---\ndate: 2020-02-01\n---\n";

    private static readonly string LongTitle = "Ferry " + string.Concat(Enumerable.Repeat("harbour timetable ", 278)).TrimEnd();

    /// <summary>Block quotes, lists and brackets nested thousands deep: recursion in a parser would overflow the stack.</summary>
    private static readonly string DeepMarkdown =
        new string('>', 5000) + " deep quote\n\n"
        + string.Concat(Enumerable.Range(0, 400).Select(static i => new string(' ', i * 2) + "- item\n")) + "\n"
        + new string('[', 20000) + "text" + new string(']', 20000) + "\n\n"
        + new string('*', 20000) + "emphasis" + new string('*', 20000) + "\n\n"
        + "The harbour authority said on Monday that ferries would run to a new timetable.\n";

    /// <summary>
    /// Sentences of a real article on one 4 MB line, with no line end: a scrape that lost its paragraphs. Over the
    /// default limit, so the case also shows the limit raised; 10 MB parse times are LargeArticleBenchmarks' job.
    /// </summary>
    private static readonly string LongLine = string.Concat(Enumerable.Repeat(
        "The harbour authority said on Monday that ferries would run to a new timetable from March, and Mayor Anna Berg told reporters: \"We will keep the night boats.\" ",
        4 * 1024 * 1024 / 150));

    public static readonly ImmutableArray<BadInputCase> All =
    [
        BadInputCase.Text("empty file", "empty.txt", string.Empty, "PUB007", 1),
        BadInputCase.Text("only white space", "blank.txt", "  \n\t\n\u00A0\u2003\n\n", "PUB007", 1),
        BadInputCase.Text("only furniture lines", "furniture.txt", Dated + "Ferry timetable changes at the harbour\n\nShare\n\nAdvertisement\n\nLeave a Reply\n", "PUB012", 4),
        BadInputCase.Bytes("binary data (a PNG image)", "image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0xFF], "PUB021", 3),
        BadInputCase.Text("a NUL character in text", "nul.txt", Dated + "Ferry timetable changes\n\nThe harbour said\0 nothing more." + Body, "PUB021", 6),
        BadInputCase.Bytes("UTF-16 without a byte-order mark", "utf16-nobom.txt", Encoding.Unicode.GetBytes("Ferry timetable changes at the harbour" + Body), "PUB021", 1) with
        {
            Check = static (_, output) => Assert.Contains("UTF-16 without a byte-order mark", output, StringComparison.Ordinal),
        },
        BadInputCase.Bytes("invalid UTF-8 (a Latin-1 pound sign)", "latin1.txt", Latin1("Ferry fares rise at the harbour\n\nA single ticket now costs \u00A35 more, the harbour authority said on Monday.\n"), "PUB008", 3) with
        {
            Check = static (site, _) => Assert.Contains("costs \uFFFD5 more", SitePages.Article(site, "ferry-fares-rise-at-the-harbour"), StringComparison.Ordinal),
        },
        BadInputCase.Bytes("UTF-16 little-endian with a byte-order mark", "utf16le.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Dated + "Café owners welcome the new ferry timetable" + Body)], null, 0) with
        {
            Check = static (site, _) => Assert.Contains("Café owners welcome the new ferry timetable", SitePages.Article(site, "cafe-owners-welcome-the-new-ferry-timetable"), StringComparison.Ordinal),
        },
        BadInputCase.Bytes("UTF-16 big-endian with a byte-order mark", "utf16be.txt", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Dated + "Café owners welcome the new ferry timetable" + Body)], null, 0) with
        {
            Check = static (site, _) => Assert.Contains("Café owners welcome the new ferry timetable", SitePages.Article(site, "cafe-owners-welcome-the-new-ferry-timetable"), StringComparison.Ordinal),
        },
        BadInputCase.Text("CRLF line ends", "crlf.txt", "---\r\ndate: 2020-02-01\r\npublsher: AFP\r\n---\r\nFerry timetable changes\r\n\r\nThe harbour authority said on Monday that ferries would run later.\r\n", "PUB005", 3),
        BadInputCase.Text("lone CR line ends", "cr.txt", "---\rdate: 2020-02-01\rpublsher: AFP\r---\rFerry timetable changes\r\rThe harbour authority said on Monday that ferries would run later.\r", "PUB005", 3),
        BadInputCase.Text("a 10 MB single line, over the default limit", "huge.txt", new string('x', 10 * 1024 * 1024), "PUB009", 1) with { Compiled = false },
        BadInputCase.Text("a 4 MB single line under a raised limit (over the default)", "hugeline.txt", "---\ndate: 2020-02-01\ntitle: Ferry timetable changes\n---\n" + LongLine, null, 0) with
        {
            Arguments = ["--max-article-bytes", "5000000"],
            Check = static (site, _) => Assert.Contains("ferries would run to a new timetable", SitePages.Article(site, "ferry-timetable-changes"), StringComparison.Ordinal),
            Compiled = false,
        },
        BadInputCase.Text("a file over a configured size limit", "long.txt", Dated + "Ferry timetable changes" + Body + Body + Body, "PUB009", 1) with
        {
            Arguments = ["--max-article-bytes", "300"],
            Check = static (_, output) => Assert.Contains("over the limit of 300 bytes", output, StringComparison.Ordinal),
            Compiled = false,
        },
        BadInputCase.Text("unterminated front matter", "unterminated.txt", "---\ndate: 2020-02-01\n\nFerry timetable changes" + Body, "PUB004", 1),
        BadInputCase.Text("front matter that is a list", "list.txt", "---\n- date\n- 2020-02-01\n---\nFerry timetable changes" + Body, "PUB004", 2),
        BadInputCase.Text("front matter that is a single value", "scalar.txt", "---\njust some words\n---\nFerry timetable changes" + Body, "PUB004", 2),
        BadInputCase.Text("date: yesterday", "yesterday.txt", "---\ndate: yesterday\n---\nFerry timetable changes" + Body, "PUB010", 2),
        BadInputCase.Text("date: 2016-02-30", "feb30.txt", "---\ndate: 2016-02-30\n---\nFerry timetable changes" + Body, "PUB010", 2),
        BadInputCase.Text("a title that is a mapping", "maptitle.txt", "---\ndate: 2020-02-01\ntitle: {text: Ferries}\n---\nFerry timetable changes" + Body, "PUB010", 3),
        BadInputCase.Text("an unknown key", "unknown.txt", "---\ndate: 2020-02-01\nheadline: Ferries\n---\nFerry timetable changes" + Body, "PUB005", 3),
        BadInputCase.Text("a duplicate key", "duplicate.txt", "---\ndate: 2020-02-01\ndate: 2020-02-02\n---\nFerry timetable changes" + Body, "PUB004", 3) with
        {
            Check = static (_, output) => Assert.Contains("duplicate key 'date' (first defined on line 2)", output, StringComparison.Ordinal),
        },
        BadInputCase.Text("a slug that collides after normalisation", "zz-collision.txt", "---\ndate: 2020-02-01\nslug: \"Council Approves the NEW Harbour-Bridge budget!\"\n---\nFerry timetable changes" + Body, "PUB006", 1) with
        {
            Check = static (site, _) => Assert.Contains("Ferry timetable changes", SitePages.Article(site, SitePages.GoodSlug + "-2"), StringComparison.Ordinal),
        },
        BadInputCase.Text("a slug with ../", "climb.txt", "---\ndate: 2020-02-01\nslug: ../../../escaped\n---\nFerry timetable changes" + Body, "PUB011", 3) with
        {
            Check = static (site, _) => SitePages.AssertNothingOutside(site, "escaped"),
        },
        BadInputCase.Text("a slug that is an absolute path", "absolute.txt", "---\ndate: 2020-02-01\nslug: /tmp/escaped\n---\nFerry timetable changes" + Body, "PUB011", 3) with
        {
            Check = static (site, _) => SitePages.AssertNothingOutside(site, "escaped"),
        },
        BadInputCase.Text("a slug that is a Windows path", "drive.txt", "---\ndate: 2020-02-01\nslug: 'C:\\escaped'\n---\nFerry timetable changes" + Body, "PUB011", 3),
        BadInputCase.Text("a slug without letters or digits", "punct.txt", "---\ndate: 2020-02-01\nslug: '!!!'\n---\nFerry timetable changes" + Body, "PUB011", 3),
        BadInputCase.Text("a title of 5,000 characters", "longtitle.txt", "---\ndate: 2020-02-01\ntitle: " + LongTitle + "\n---\nFerry timetable changes" + Body, "PUB022", 3) with
        {
            Check = static (site, _) => Assert.Contains(LongTitle, SitePages.Article(site, "ferry-" + string.Join('-', Enumerable.Repeat("harbour-timetable", 4))), StringComparison.Ordinal),
        },
        BadInputCase.Text("HTML and script in title, standfirst, body and caption", "script.txt", $"---\ndate: 2020-02-01\npublisher: \"Evil {Script} Press\"\n---\nFerry {Script} timetable\n\nA standfirst with {Script} in it that is long enough to be one.\n\nPhoto: {Script} (Reuters)\n\nThe harbour said {Script} and <img src=x onerror=alert(2)> on Monday, officials said.\n", null, 0) with
        {
            Check = static (site, _) =>
            {
                SitePages.AssertNoLiveMarkup(site);
                Assert.Contains("Ferry &lt;script&gt;alert(1)&lt;/script&gt; timetable", SitePages.Article(site, "ferry-script-alert-1-script-timetable"), StringComparison.Ordinal);
            },
        },
        BadInputCase.Text("a javascript: link in Markdown", "jslink.md", "---\ntitle: Ferry timetable changes\ndate: 2020-02-01\n---\nRead [the timetable](javascript:alert(1)) and [more](JaVaScRiPt:alert(2)) before travelling on Monday.\n", null, 0) with
        {
            Check = static (site, _) =>
            {
                SitePages.AssertNoLiveMarkup(site);
                Assert.Contains("the timetable", SitePages.Article(site, "ferry-timetable-changes"), StringComparison.Ordinal);
            },
        },
        BadInputCase.Text("raw HTML in Markdown", "rawhtml.md", $"---\ntitle: Ferry timetable changes\ndate: 2020-02-01\n---\n{Script}\n\n<iframe src=\"https://evil.example/\"></iframe>\n\nThe harbour said <b onclick=\"alert(3)\">bold</b> things about the ferries on Monday.\n\n<div onmouseover=\"alert(4)\">\nA block of raw HTML.\n</div>\n", null, 0) with
        {
            Check = static (site, _) =>
            {
                SitePages.AssertNoLiveMarkup(site);
                Assert.Contains("things about the ferries on Monday", SitePages.Article(site, "ferry-timetable-changes"), StringComparison.Ordinal);
            },
        },
        BadInputCase.Text("RTL text, emoji and combining marks", "scripts.txt", Dated + "\u0645\u062C\u0644\u0633 \u0627\u0644\u0645\u062F\u064A\u0646\u0629 approves \U0001F6A2 ferries for Zoe\u0308 and \u05E9\u05DC\u05D5\u05DD" + Body, null, 0) with
        {
            Check = static (site, _) =>
            {
                var page = Assert.Single(Directory.GetDirectories(Path.Combine(site, "2020", "02")), d => Path.GetFileName(d).Contains("approves", StringComparison.Ordinal));
                var html = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(page, "index.html")));
                Assert.Contains("\u0645\u062C\u0644\u0633 \u0627\u0644\u0645\u062F\u064A\u0646\u0629 approves \U0001F6A2 ferries for Zoe\u0308 and \u05E9\u05DC\u05D5\u05DD", html, StringComparison.Ordinal);
            },
        },
        BadInputCase.Text("deeply nested Markdown", "nested.md", "---\ntitle: Ferry timetable changes\ndate: 2020-02-01\n---\n" + DeepMarkdown, null, 0) with
        {
            Check = static (site, _) => Assert.Contains("Ferry timetable changes", SitePages.Article(site, "ferry-timetable-changes"), StringComparison.Ordinal),
        },
        BadInputCase.Text("control characters in the title", "control.txt", Dated + "Ferry \u0001timetable\u001B[31m changes\u0007" + Body, null, 0) with
        {
            Check = static (site, output) =>
            {
                Assert.DoesNotContain('\u001B', output);
                foreach (var feed in new[] { "feed.xml", "rss.xml" })
                {
                    System.Xml.Linq.XDocument.Load(Path.Combine(site, feed));
                }
            },
        },
        BadInputCase.Registry("a registry alias claimed by two entities", "- name: Sergei Lavrov\n  kind: person\n  aliases: Lavrov\n- name: Lavrov Street\n  kind: place\n  aliases: [LAVROV]\n", "PUB018", 6),
        BadInputCase.Registry("a registry that is not valid YAML", "- name: Jens Stoltenberg\n  kind: person\n  description: \"unterminated\n", "PUB016", 3),
        new BadInputCase(
            "script in entity names and descriptions",
            [
                ContentFile.Registry($"- name: \"Harbour {Script} Authority\"\n  kind: organization\n  aliases: [harbour authority]\n  description: \"Runs the <img src=x onerror=alert(2)> ferries.\"\n"),
                ContentFile.Article("mention.txt", Dated + "Ferries run late" + Body.Replace("harbour authority", "Harbour Authority", StringComparison.Ordinal)),
            ],
            null,
            "content/entities.yml",
            0) with
        {
            Check = static (site, _) =>
            {
                SitePages.AssertNoLiveMarkup(site);
                var entityPages = Directory.GetFiles(Path.Combine(site, "organizations"), "index.html", SearchOption.AllDirectories).Select(File.ReadAllText);
                Assert.Contains(entityPages, p => p.Contains("Harbour &lt;script&gt;alert(1)&lt;/script&gt; Authority", StringComparison.Ordinal));
            },
        },
    ];

    public static TheoryData<string> Names => new(All.Select(static c => c.Name));

    public static TheoryData<string> CompiledNames => new(All.Where(static c => c.Compiled).Select(static c => c.Name));

    public static BadInputCase Named(string name) => All.Single(c => c.Name == name);

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}
