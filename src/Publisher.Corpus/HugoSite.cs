using System.Globalization;
using System.Text;

namespace Publisher.Corpus;

/// <summary>
/// The same corpus as a Hugo site, for timing a Hugo build side by side with the publisher's. The work is
/// comparable: one page per article (Markdown body, links to its entities), one paginated page list per person,
/// organization and place (taxonomy terms), a list of all terms per taxonomy, and a paginated home page and
/// article section, 50 to a page. RSS is off. <c>[pagination] pagerSize</c> needs Hugo 0.128 or later (older versions ignore it and page by 10).
/// </summary>
internal static class HugoSite
{
    public const int PagerSize = 50;

    /// <summary>Site files, by path relative to the site folder (forward slashes).</summary>
    public static IReadOnlyList<(string Path, string Text)> SkeletonFiles { get; } =
    [
        ("hugo.toml", string.Create(CultureInfo.InvariantCulture, $"""
            baseURL = "https://example.org/"
            title = "Synthetic news corpus"
            languageCode = "en"
            disableKinds = ["RSS"]

            [taxonomies]
              person = "people"
              organization = "organizations"
              place = "places"

            [pagination]
              pagerSize = {PagerSize}

            """)),
        ("layouts/_default/baseof.html", """
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title></head>
            <body>
            <nav><a href="{{ "/" | relURL }}">Home</a> <a href="{{ "/people/" | relURL }}">People</a> <a href="{{ "/organizations/" | relURL }}">Organizations</a> <a href="{{ "/places/" | relURL }}">Places</a></nav>
            <main>{{ block "main" . }}{{ end }}</main>
            </body>
            </html>

            """),
        ("layouts/_default/single.html", """
            {{ define "main" }}
            <article>
            <h1>{{ .Title }}</h1>
            <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
            {{ .Content }}
            {{ range $taxonomy := slice "people" "organizations" "places" }}{{ with $.GetTerms $taxonomy }}
            <section><h2>{{ $taxonomy | humanize }}</h2><ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul></section>
            {{ end }}{{ end }}
            </article>
            {{ end }}

            """),
        ("layouts/_default/list.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ $pager := .Paginate .Pages.ByDate.Reverse }}
            <ul>{{ range $pager.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul>
            {{ template "_internal/pagination.html" . }}
            {{ end }}

            """),
        ("layouts/_default/terms.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>{{ end }}</ul>
            {{ end }}

            """),
        ("layouts/index.html", """
            {{ define "main" }}
            <h1>{{ .Site.Title }}</h1>
            {{ $pager := .Paginate (where .Site.RegularPages "Section" "articles").ByDate.Reverse }}
            <ul>{{ range $pager.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul>
            {{ template "_internal/pagination.html" . }}
            {{ end }}

            """),
    ];

    /// <summary>The Markdown file name for an article: its file name with <c>.md</c> for <c>.txt</c>.</summary>
    public static string ContentFileName(CorpusArticle article) =>
        Path.ChangeExtension(article.FileName, ".md");

    /// <summary>
    /// The article as a Hugo content file: YAML front matter (title, date, people, organizations, places) and the
    /// body paragraphs after the headline, leaving out photo credits and site furniture, as a cleaner would.
    /// </summary>
    public static string ToMarkdown(CorpusArticle article)
    {
        var sb = new StringBuilder(article.Text.Length + 512);
        sb.Append("---\ntitle: ").Append(YamlString(article.Title)).Append('\n');
        sb.Append("date: ").Append(article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        AppendList(sb, "people", article.People);
        AppendList(sb, "organizations", article.Organizations);
        AppendList(sb, "places", article.Places);
        sb.Append("---\n");

        bool first = true;
        foreach (string paragraph in BodyParagraphs(article.Text))
        {
            sb.Append(first ? "\n" : "\n\n").Append(paragraph);
            first = false;
        }

        sb.Append('\n');
        return sb.ToString();
    }

    /// <summary>The paragraphs after the headline, without the front matter, photo credits and furniture lines.</summary>
    internal static IEnumerable<string> BodyParagraphs(string text)
    {
        string body = text;
        if (body.StartsWith("---\n", StringComparison.Ordinal))
        {
            int end = body.IndexOf("\n---\n", 3, StringComparison.Ordinal);
            if (end >= 0)
            {
                body = body[(end + 5)..];
            }
        }

        string[] paragraphs = body.TrimEnd('\n').Split("\n\n");
        for (int i = 1; i < paragraphs.Length; i++)
        {
            string paragraph = paragraphs[i];
            if (paragraph.Length == 0
                || paragraph.StartsWith("Photo by:", StringComparison.Ordinal)
                || WordLists.FurnitureSet.Contains(paragraph))
            {
                continue;
            }

            yield return paragraph;
        }
    }

    private static void AppendList(StringBuilder sb, string key, IEnumerable<string> values)
    {
        sb.Append(key).Append(": [");
        bool first = true;
        foreach (string value in values)
        {
            if (!first)
            {
                sb.Append(", ");
            }

            sb.Append(YamlString(value));
            first = false;
        }

        sb.Append("]\n");
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    internal static string YamlString(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.Append('"').ToString();
    }
}
