using Publisher.Site.Building;
using Publisher.Site.Sources;

namespace Publisher.Tests.Support;

/// <summary>
/// A content folder whose every author-controlled value tries to run script: headline, standfirst, captions, body,
/// front matter, Markdown links and images, raw HTML (blocks and inline), entity names, aliases and registry
/// descriptions, and text that would close the JSON-LD script element. Every payload calls <see cref="Probe"/>
/// with its own label, so a test can say which one ran.
/// </summary>
public static class HostileContent
{
    /// <summary>The function payloads call; browser tests expose it to the page.</summary>
    public const string Probe = "__pwn";

    /// <summary>Text a payload leaves behind when it is shown as text, as it must be.</summary>
    public const string VisibleMarker = "<script>" + Probe + "('headline')</script>";

    public static string Script(string label) => $"<script>{Probe}('{label}')</script>";

    public static string Img(string label) => $"<img src=x onerror=\"{Probe}('{label}')\">";

    public static string Svg(string label) => $"\"><svg onload={Probe}('{label}')>";

    public static string JsonLdBreakout(string label) => $"</script><script>{Probe}('{label}')</script>";

    /// <summary>A single-quoted YAML scalar: the payloads hold both kinds of quote.</summary>
    private static string Yaml(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Writes the content folder and returns it.</summary>
    public static string Write(string folder)
    {
        var articles = Directory.CreateDirectory(Path.Combine(folder, "articles")).FullName;
        File.WriteAllText(Path.Combine(folder, "entities.yml"), $"""
            - name: Evil Corp
              kind: organization
              aliases: [{Yaml("Evil Corporation " + Img("alias"))}]
              description: {Yaml($"A company {Script("description")} {Svg("description-svg")} {JsonLdBreakout("description-jsonld")}")}
            - name: Jane Payload
              kind: person
              aliases: [Payload]
              description: {Yaml($"<a href=\"javascript:{Probe}('description-link')\">who</a>")}
            """);
        File.WriteAllText(Path.Combine(articles, "hostile.txt"), $"""
            ---
            date: 2020-03-04
            publisher: {Yaml($"Evil {Script("publisher")} Press")}
            authors: [{Yaml(Svg("author"))}]
            tags: [{Yaml(Img("tag"))}]
            ---
            Breaking {Script("headline")} news {Svg("headline-svg")} {JsonLdBreakout("headline-jsonld")}

            A standfirst with {Img("standfirst")} and {Svg("standfirst-svg")} in it that is long enough to be one.

            Photo: A caption {Script("caption")} {Svg("caption-svg")} (Reuters)

            The first paragraph says Evil Corp met Jane Payload and {Script("body")} and keeps going for a while, as paragraphs in news articles do.

            A second paragraph with {Img("body-img")} and <a href="javascript:{Probe}('body-link')">a link</a> and {JsonLdBreakout("body-jsonld")} after it.
            """);
        File.WriteAllText(Path.Combine(articles, "hostile-markdown.md"), $"""
            ---
            title: {Yaml($"Markdown {Script("md-title")} {Svg("md-title-svg")}")}
            date: 2020-03-05
            standfirst: {Yaml($"A Markdown standfirst {Img("md-standfirst")}")}
            ---
            The opening paragraph names Evil Corp and has [a link](javascript:{Probe}('md-link')) and ![an image {Svg("md-alt")}](x "{Svg("md-image-title")}") and <b onmouseover="{Probe}('md-inline')">inline HTML</b>.

            <div class="note" onclick="{Probe}('md-block-onclick')">
            A raw HTML block with text worth keeping. {Script("md-block-script")}
            <img src="x" onerror="{Probe}('md-block-img')"><a href="javascript:{Probe}('md-block-link')">linked words</a>
            <a href=" java&#x09;script:{Probe}('md-block-link-encoded')">encoded link</a>
            <svg><script>{Probe}('md-block-svg')</script></svg>
            <iframe srcdoc="<script>parent.{Probe}('md-block-iframe')</script>"></iframe>
            <form action="javascript:{Probe}('md-block-form')"><button>press</button></form>
            <p style="color: red" id="main">Styled and clobbering <em>words</em>.</p>
            </div>

            <script>
            {Probe}('md-script-block');
            </script>

            <!-- <script>{Probe}('md-comment')</script> -->

            A closing paragraph after the raw HTML.
            """);
        return folder;
    }

    /// <summary>Builds the hostile content into <paramref name="site"/>; true on success.</summary>
    public static BuildResult Build(string contentFolder, string site, bool allowRawHtml)
    {
        var content = ContentFolder.LoadWithRegistry(contentFolder, contentFolder);
        var options = new SiteOptions(TestSites.Templates, site) { AllowRawHtml = allowRawHtml };
        return SiteBuilder.Build(content, options);
    }
}
