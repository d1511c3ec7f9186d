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
/// <c>partial</c> (renders <c>partials/NAME.html</c> in place). Thread-safe; each page gets its own context.
/// </summary>
public sealed class PageRenderer(TemplateSet templates, SiteView site, PageLinker linker, BaseUrl baseUrl)
{
    private const string Layout = "layouts/default.html";

    public string Render(PageJob job)
    {
        var content = job.Content();
        var globals = new ScriptObject();
        globals["site"] = site;
        globals["page"] = new PageView(job.Kind, content.Title, content.Description, job.Path, baseUrl.Absolute(job.Path), content.OgType, content.JsonLd);
        foreach (var (key, value) in content.Values)
        {
            globals[key] = value;
        }

        globals.Import("link", new Func<string, string>(target => linker.Link(job.Path, target, job.RootedLinks)));
        globals.Import("partial", new Func<TemplateContext, string, object?>(RenderPartial));

        var context = new HtmlTemplateContext();
        context.PushGlobal(globals);
        try
        {
            context.PushOutput();
            context.Evaluate(templates.Get(job.Template).Page!);
            globals["content"] = new RawHtml(context.PopOutput().ToString() ?? string.Empty);
            context.Evaluate(templates.Get(Layout).Page!);
            return context.Output.ToString() ?? string.Empty;
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException(new TemplateError(e.Span.FileName ?? job.Template, e.Span.Start.Line + 1, e.Span.Start.Column + 1, e.OriginalMessage));
        }
    }

    private object? RenderPartial(TemplateContext context, string name)
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
