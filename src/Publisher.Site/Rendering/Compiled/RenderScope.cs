using Scriban.Runtime;

namespace Publisher.Site.Rendering.Compiled;

/// <summary>
/// The variables of one page as a compiled template sees them, in the order Scriban's interpreter looks them up
/// for a global name: the loop variables (innermost first, <c>for</c> included), then the page's own values (where
/// assignments go), then the renderer's functions, then Scriban's built-ins.
/// </summary>
internal sealed class RenderScope(HtmlTemplateContext context, ScriptObject page, ScriptObject functions)
{
    private string[] loopNames = new string[8];
    private object?[] loopValues = new object?[8];
    private int depth;
    private int partials;

    public HtmlTemplateContext Context { get; } = context;

    public ScriptObject Page { get; } = page;

    /// <summary>The value of a global name; throws <see cref="CompiledRenderException"/> when it is nowhere (strict variables).</summary>
    public object? Read(string name)
    {
        for (var i = depth - 1; i >= 0; i--)
        {
            if (string.Equals(loopNames[i], name, StringComparison.Ordinal))
            {
                return loopValues[i];
            }
        }

        if (Page.TryGetValue(name, out var value) || functions.TryGetValue(name, out value) || Context.BuiltinObject.TryGetValue(name, out value))
        {
            return value;
        }

        throw new CompiledRenderException($"the variable `{name}` was not found");
    }

    /// <summary>Opens a loop variable; returns its slot for <see cref="SetLoop"/>.</summary>
    public int PushLoop(string name, object? value)
    {
        if (depth == loopNames.Length)
        {
            Array.Resize(ref loopNames, depth * 2);
            Array.Resize(ref loopValues, depth * 2);
        }

        loopNames[depth] = name;
        loopValues[depth] = value;
        return depth++;
    }

    public void SetLoop(int slot, object? value) => loopValues[slot] = value;

    /// <summary>
    /// Counts a partial entered. Past <see cref="MaxPartialDepth"/> (a partial including itself) the interpreter takes
    /// the page over, and reports the recursion as it always did, long before the thread's stack would run out.
    /// </summary>
    public void EnterPartial()
    {
        if (++partials > MaxPartialDepth)
        {
            throw new CompiledRenderException("partials nested too deep");
        }
    }

    public void ExitPartial() => partials--;

    public const int MaxPartialDepth = 64;

    /// <summary>Closes loop variables down to <paramref name="slot"/> (exclusive of those below it).</summary>
    public void PopLoopsTo(int slot)
    {
        Array.Clear(loopValues, slot, depth - slot);
        depth = slot;
    }
}
