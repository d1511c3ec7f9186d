using Publisher.Site.Building;
using Publisher.Site.Pages;
using Publisher.Site.Views;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Publisher.Site.Rendering;

/// <summary>
/// Renders one page: its template first, then the layout around it. Templates see <c>site</c>, <c>page</c>, the
/// page's own values, and two functions: <c>link</c> (a site path to an href from this page) and
/// <c>partial</c> (renders <c>partials/NAME.html</c> in place). Thread-safe: each thread keeps one context and
/// reuses it page after page, because a fresh Scriban context rebuilds its built-in functions and its reflected
/// member accessors, which costs more than rendering a page.
/// </summary>
public sealed class PageRenderer : IDisposable
{
    private const string Layout = "layouts/default.html";

    private readonly TemplateSet templates;
    private readonly SiteView site;
    private readonly BaseUrl baseUrl;
    private readonly ScriptObject functions = new();
    private readonly ThreadLocal<HtmlTemplateContext> contexts;

    public PageRenderer(TemplateSet templates, SiteView site, PageLinker linker, BaseUrl baseUrl)
    {
        this.templates = templates;
        this.site = site;
        this.baseUrl = baseUrl;

        // Made once: both read the page being rendered from the context, so no page needs its own delegates.
        functions["link"] = new PageFunction("link", (context, target) => linker.Link(context.Job!.Path, target, context.Job.RootedLinks));
        functions["partial"] = new PageFunction("partial", RenderPartial);
        contexts = new ThreadLocal<HtmlTemplateContext>(() =>
        {
            var context = new HtmlTemplateContext();
            context.PushGlobal(functions);
            return context;
        });
    }

    public string Render(PageJob job)
    {
        var content = job.Content();
        var globals = new ScriptObject(content.Values.Count + 3)
        {
            ["site"] = site,
            ["page"] = new PageView(job.Kind, content.Title, content.Description, job.Path, baseUrl.Absolute(job.Path), content.OgType, content.JsonLd),
        };
        foreach (var (key, value) in content.Values)
        {
            globals[key] = value;
        }

        var context = contexts.Value!;
        context.Job = job;
        context.PushGlobal(globals);
        context.PushOutput();
        try
        {
            context.Evaluate(templates.Get(job.Template).Page!);
            globals["content"] = new RawHtml(context.Output.ToString() ?? string.Empty);
            context.PopOutput();
            context.PushOutput();
            context.Evaluate(templates.Get(Layout).Page!);
            return context.Output.ToString() ?? string.Empty;
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException(new TemplateError(e.Span.FileName ?? job.Template, e.Span.Start.Line + 1, e.Span.Start.Column + 1, e.OriginalMessage));
        }
        finally
        {
            context.PopOutput();
            context.PopGlobal();
            context.Job = null;
        }
    }

    public void Dispose() => contexts.Dispose();

    private object? RenderPartial(HtmlTemplateContext context, string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Contains("..", StringComparison.Ordinal))
        {
            throw new ScriptRuntimeException(context.CurrentSpan, $"'{name}' is not a partial name (partials live in partials/NAME.html)");
        }

        var path = "partials/" + name + ".html";
        if (!templates.Has(path))
        {
            throw new ScriptRuntimeException(context.CurrentSpan, $"partial '{name}' not found: there is no {path}");
        }

        context.Evaluate(templates.Get(path).Page!);
        return null;
    }
}
