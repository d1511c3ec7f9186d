using Scriban;

namespace Publisher.Site.Rendering.Compiled;

/// <summary>
/// Every template of a <see cref="TemplateSet"/> compiled (<see cref="TemplateCompiler"/>), or none: a page, its
/// layout and its partials run either all compiled or all interpreted, since the two keep their variables apart.
/// </summary>
internal sealed class CompiledTemplateSet
{
    private readonly Dictionary<string, CompiledStatement> templates;

    private CompiledTemplateSet(Dictionary<string, CompiledStatement> templates) => this.templates = templates;

    /// <summary>
    /// The compiled set, or null when a template uses something only the interpreter runs; <paramref name="refusal"/>
    /// then names the first such construct and where it is.
    /// </summary>
    public static CompiledTemplateSet? TryCompile(IEnumerable<KeyValuePair<string, Template>> templates, PageFunction partial, out string? refusal)
    {
        refusal = null;
        var compiled = new Dictionary<string, CompiledStatement>(StringComparer.Ordinal);
        var compiler = new TemplateCompiler(partial, name => compiled.GetValueOrDefault(name));
        try
        {
            foreach (var (name, template) in templates)
            {
                if (template.Page is null)
                {
                    refusal = name + ": not parsed";
                    return null;
                }

                compiled[name] = compiler.Page(template.Page);
            }
        }
        catch (NotCompilableException e)
        {
            refusal = e.Message;
            return null;
        }
        catch (Exception e) when (e is NullReferenceException or InvalidCastException or ArgumentException or InvalidOperationException)
        {
            // A syntax tree shaped as the compiler did not foresee: the interpreter, which made it, runs it.
            refusal = "the template compiler could not translate the templates (" + e.Message + ")";
            return null;
        }

        return new CompiledTemplateSet(compiled);
    }

    public CompiledStatement? Get(string name) => templates.GetValueOrDefault(name);
}
