using System.Buffers;
using System.Text;
using Publisher.Site.Building;
using Publisher.Site.Pages;
using Publisher.Site.Rendering.Compiled;
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
/// <remarks>
/// Templates run compiled (<see cref="TemplateCompiler"/>) when every one of them can be: about 85 µs a page against
/// 235 µs for Scriban's interpreter walking the syntax tree (the 1,000-article corpus, one core). A page the
/// compiled templates cannot finish (a missing variable, a null target, anything left undecided) is rendered again
/// by the interpreter, which gives the same page or the error with its file and line. Compiled and interpreted
/// pages are byte for byte the same (CompiledTemplateTests).
/// </remarks>
public sealed class PageRenderer : IDisposable
{
    private const string Layout = "layouts/default.html";

    private readonly TemplateSet templates;
    private readonly SiteView site;
    private readonly BaseUrl baseUrl;
    private readonly ScriptObject functions = new();
    private readonly ThreadLocal<PageBuffers> buffers;
    private readonly CompiledTemplateSet? compiled;
    private int interpretedPages;

    public PageRenderer(TemplateSet templates, SiteView site, PageLinker linker, BaseUrl baseUrl, bool compile = true)
    {
        this.templates = templates;
        this.site = site;
        this.baseUrl = baseUrl;

        // Made once: both read the page being rendered from the context, so no page needs its own delegates.
        functions["link"] = new PageFunction("link", (context, target) => linker.Link(context.Job!.Path, target, context.Job.RootedLinks));
        var partial = new PageFunction("partial", RenderPartial);
        functions["partial"] = partial;
        string? refusal = "compilation turned off";
        compiled = compile ? CompiledTemplateSet.TryCompile(templates.All, partial, out refusal) : null;
        NotCompiledBecause = refusal;
        buffers = new ThreadLocal<PageBuffers>(() =>
        {
            var context = new HtmlTemplateContext();
            context.PushGlobal(functions);
            return new PageBuffers(context);
        });
    }

    /// <summary>Null when the templates run compiled; otherwise the first construct that keeps them interpreted, and where.</summary>
    public string? NotCompiledBecause { get; }

    /// <summary>Pages rendered by the interpreter so far: all of them when the templates are not compiled, else those the compiled templates left to it.</summary>
    public int InterpretedPages => Volatile.Read(ref interpretedPages);

    /// <summary>The page as a string (tests, tools); a build uses <see cref="RenderUtf8"/>.</summary>
    public string Render(PageJob job) => RenderInto(job, job.Content()).ToString();

    /// <summary>
    /// Renders the page and encodes it into <paramref name="output"/> (cleared first) straight from the rendering
    /// buffer: no page-sized string is made, since a long list page would land on the large-object heap.
    /// </summary>
    public void RenderUtf8(PageJob job, ArrayBufferWriter<byte> output) => RenderUtf8(job, job.Content(), output);

    /// <summary>As above, with the page's values already made (a build makes them once to sign the page).</summary>
    public void RenderUtf8(PageJob job, PageContent content, ArrayBufferWriter<byte> output)
    {
        var page = RenderInto(job, content);
        output.ResetWrittenCount();
        var encoder = buffers.Value!.Encoder;
        encoder.Reset();
        foreach (var chunk in page.GetChunks())
        {
            var bytes = output.GetSpan(Encoding.UTF8.GetMaxByteCount(chunk.Length));
            encoder.Convert(chunk.Span, bytes, flush: false, out _, out var written, out _);
            output.Advance(written);
        }

        encoder.Convert([], output.GetSpan(8), flush: true, out _, out var last, out _);
        output.Advance(last);
    }

    /// <summary>Renders into this thread's page buffer, which stays valid until the thread renders another page.</summary>
    private StringBuilder RenderInto(PageJob job, PageContent content)
    {
        var state = buffers.Value!;
        if (compiled is not null)
        {
            try
            {
                return RenderInto(job, content, state, useCompiled: true);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Whatever stopped the compiled templates, the interpreter renders the page from the start.
            }
        }

        Interlocked.Increment(ref interpretedPages);
        return RenderInto(job, content, state, useCompiled: false);
    }

    private StringBuilder RenderInto(PageJob job, PageContent content, PageBuffers state, bool useCompiled)
    {
        var globals = new ScriptObject(content.Values.Count + 3)
        {
            ["site"] = site,
            ["page"] = new PageView(job.Kind, content.Title, content.Description, job.Path, baseUrl.Absolute(job.Path), content.OgType, content.JsonLd),
        };
        foreach (var (key, value) in content.Values)
        {
            globals[key] = value;
        }

        var context = state.Context;
        context.Job = job;
        context.PushGlobal(globals);
        state.Body.Clear();
        state.Page.Clear();
        context.PushOutput(new StringBuilderOutput(state.Body));
        try
        {
            var scope = useCompiled ? new RenderScope(context, globals, functions) : null;
            Run(job.Template, context, scope);
            globals["content"] = new RawHtmlBuffer(state.Body);
            context.PopOutput();
            context.PushOutput(new StringBuilderOutput(state.Page));
            Run(Layout, context, scope);
            return state.Page;
        }
        catch (ScriptRuntimeException e) when (!useCompiled)
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

    private void Run(string template, HtmlTemplateContext context, RenderScope? scope)
    {
        if (scope is null)
        {
            context.Evaluate(templates.Get(template).Page!);
            return;
        }

        var compiledTemplate = compiled?.Get(template) ?? throw new CompiledRenderException("no template " + template);
        compiledTemplate(scope);
    }

    public void Dispose() => buffers.Dispose();

    /// <summary>One thread's reused context and buffers.</summary>
    private sealed class PageBuffers(HtmlTemplateContext context)
    {
        public HtmlTemplateContext Context { get; } = context;

        public StringBuilder Body { get; } = new(1 << 16);

        public StringBuilder Page { get; } = new(1 << 16);

        public Encoder Encoder { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    }

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
