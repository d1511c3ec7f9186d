using AngleSharp.Html.Parser;
using Publisher.Parsing.Model;
using Publisher.Site.Rendering;
using Publisher.Tests.Support;

namespace Publisher.Tests.Site;

/// <summary>
/// Raw HTML in Markdown articles is text by default (kept, never live); a site that opts in with --allow-raw-html
/// gets it as markup cleaned by an allow-list. Either way no page built from hostile content carries live script.
/// </summary>
public sealed class RawHtmlTests
{
    [Fact]
    public void A_raw_html_block_is_kept_in_the_record_with_its_visible_text()
    {
        var article = TestSites.Parse("raw.md", """
            ---
            title: Raw
            date: 2020-01-01
            ---
            Before the block.

            <table class="data">
            <tr><td>Kabul</td><td>12</td></tr>
            </table>

            <p>One line of <em>HTML</em> prose.</p>

            <script>
            steal();
            </script>

            After the block.
            """);

        var blocks = article.Body.Where(static b => b.Kind == BodyBlockKind.Html).ToArray();
        Assert.Equal(3, blocks.Length);
        Assert.Equal("Kabul 12", blocks[0].Text);
        Assert.StartsWith("<table class=\"data\">", blocks[0].Html, StringComparison.Ordinal);
        Assert.Equal("One line of HTML prose.", blocks[1].Text);
        Assert.Equal(string.Empty, blocks[2].Text);
        Assert.Contains("steal();", blocks[2].Html, StringComparison.Ordinal);
        Assert.Equal(["Before the block.", "After the block."], article.Paragraphs.Select(static p => p.Text));
    }

    [Fact]
    public void The_compiled_catalog_keeps_raw_html_blocks_as_the_parser_does()
    {
        const string Text = "---\ntitle: Raw\ndate: 2020-01-01\n---\nBefore.\n\n<div class=\"box\">\n\"Quoted\" text\\ and \u00e9\n</div>\n\nAfter.\n";
        var harness = new GeneratorHarness([GeneratorHarness.Article("raw.md", Text)]);
        harness.Run();
        var catalog = Generator.GeneratedCatalogTests.Load(harness.LastOutput!).GetType("Sample.Content.Articles")!;
        var generated = ((System.Collections.IEnumerable)catalog.GetProperty("All")!.GetValue(null)!).Cast<Article>().Single();

        var parsed = Publisher.Parsing.ArticleParser.Parse(Text, "content/articles/raw.md").Article!;
        Assert.Equal(parsed, generated);
        var block = Assert.Single(generated.Body, static b => b.Kind == BodyBlockKind.Html);
        Assert.Equal("<div class=\"box\">\n\"Quoted\" text\\ and \u00e9\n</div>", block.Html);
        Assert.Equal("\"Quoted\" text\\ and \u00e9", block.Text);
    }

    [Theory]
    [InlineData("<p onclick=\"x()\" style=\"color:red\" id=\"main\" class=\"c\">t</p>", "<p class=\"c\">t</p>")]
    [InlineData("<a href=\"javascript:x()\">t</a>", "<a>t</a>")]
    [InlineData("<a href=\" JaVa&#x09;ScRiPt:x()\">t</a>", "<a>t</a>")]
    [InlineData("<a href=\"vbscript:x\">t</a><a href=\"data:text/html,x\">u</a>", "<a>t</a><a>u</a>")]
    [InlineData("<a href=\"https://example.org/a?b=c:d\" title=\"T\">t</a>", "<a href=\"https://example.org/a?b=c:d\" title=\"T\">t</a>")]
    [InlineData("<a href=\"/2016/02/x/#p1\">t</a><a href=\"mailto:a@b.c\">m</a>", "<a href=\"/2016/02/x/#p1\">t</a><a href=\"mailto:a@b.c\">m</a>")]
    [InlineData("<img src=x onerror=alert(1) alt=\"A\">", "<img src=\"x\" alt=\"A\">")]
    [InlineData("<div>a<script>alert(1)</script>b</div>", "<div>ab</div>")]
    [InlineData("<svg onload=alert(1)><circle/></svg>t", "t")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe><object data=x></object>t", "t")]
    [InlineData("<form action=x><input value=v><button>b</button></form>t", "t")]
    [InlineData("<custom-el data-x=1>kept <b>bold</b></custom-el>", "kept <b>bold</b>")]
    [InlineData("<!-- <script>alert(1)</script> -->t", "t")]
    [InlineData("<scr<script>ipt>alert(1)</script>", "ipt&gt;alert(1)")]
    [InlineData("<table><tr><td colspan=2 onmouseover=x>c</td></tr></table>", "<table><tbody><tr><td colspan=\"2\">c</td></tr></tbody></table>")]
    [InlineData("<style>body{display:none}</style><link rel=stylesheet href=x><meta http-equiv=refresh content=0>t", "t")]
    [InlineData("<math><mtext><script>alert(1)</script></mtext></math>t", "t")]
    public void The_sanitizer_keeps_only_what_the_policy_allows(string html, string expected) =>
        Assert.Equal(expected, new RawHtmlSanitizer().Sanitize(html));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void No_page_built_from_hostile_content_carries_live_script(bool allowRawHtml)
    {
        using var folder = new TempFolder();
        var content = HostileContent.Write(folder.Combine("content"));
        var site = folder.Combine("site");
        var result = HostileContent.Build(content, site, allowRawHtml);
        Assert.True(result.Committed, string.Join("\n", result.TemplateErrors.Select(static e => e.ToString()).Append(result.OutputProblem ?? string.Empty)));
        Assert.True(result.ArticlesPublished == 2, string.Join("\n", result.Diagnostics));

        var parser = new HtmlParser();
        var pages = Directory.GetFiles(site, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 10);
        foreach (var file in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            // One JSON-LD block; any other script is the site's own search script, loaded from its assets, never inline.
            var script = Assert.Single(document.Scripts, static s => s.Type == "application/ld+json");
            Assert.All(document.Scripts.Where(static s => s.Type != "application/ld+json"), s =>
            {
                Assert.EndsWith("assets/search.js", s.Source, StringComparison.Ordinal);
                Assert.True(string.IsNullOrWhiteSpace(s.Text), "an external script element carries inline code");
            });
            using (System.Text.Json.JsonDocument.Parse(script.Text))
            {
                // The JSON-LD is whole JSON: article text did not close the element.
            }

            foreach (var element in document.All)
            {
                Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal) || a.Name is "style" or "srcdoc");
                Assert.DoesNotContain(element.Attributes, a => a.Name is "href" or "src" or "action" && !RawHtmlPolicy.IsSafeUrl(a.Value));
            }

            // The one form a page may have is the layout's own search form, which sends a query to the search page.
            Assert.Empty(document.QuerySelectorAll("iframe, object, embed, form:not(header form.site-search[role=search][method=get]), base, .raw-html svg, .raw-html [id], .raw-html [style]"));
            Assert.All(document.QuerySelectorAll("form"), form => Assert.EndsWith("search/index.html", form.GetAttribute("action"), StringComparison.Ordinal));
        }

        var markdown = File.ReadAllText(Directory.GetFiles(site, "index.html", SearchOption.AllDirectories).Single(f => f.Contains("markdown", StringComparison.Ordinal)));
        // Nothing the author wrote as prose is lost, live HTML or not.
        Assert.Contains("A raw HTML block with text worth keeping.", markdown, StringComparison.Ordinal);
        Assert.Contains("linked words", markdown, StringComparison.Ordinal);
        Assert.Contains("A closing paragraph after the raw HTML.", markdown, StringComparison.Ordinal);
        if (allowRawHtml)
        {
            Assert.Contains("<div class=\"raw-html\" id=\"p2\"><div class=\"note\">", markdown, StringComparison.Ordinal);
            Assert.Contains("<p>Styled and clobbering <em>words</em>.</p>", markdown, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("class=\"note\"", markdown, StringComparison.Ordinal);
            Assert.Contains("Styled and clobbering words.", markdown, StringComparison.Ordinal);
        }
    }
}
