using Scriban.Runtime;

namespace Publisher.Site.Rendering.Compiled;

/// <summary>
/// One expression's check that a value is plain data: a function or the loop object as a value is left to the
/// interpreter (it would call the function). It remembers the last type it passed, because an expression sees one
/// type nearly always, and testing the interface on every value read was a sixth of rendering a page: strings and
/// immutable arrays implement many interfaces, and a test that fails walks them all.
/// </summary>
internal sealed class PlainValues
{
    // Written by whichever rendering thread passes a type last; a stale read only means testing again.
    private Type? lastPlain;

    public object? Check(object? value)
    {
        if (value is null)
        {
            return null;
        }

        var type = value.GetType();
        if (type == lastPlain)
        {
            return value;
        }

        if (value is IScriptCustomFunction or CompiledLoopState)
        {
            throw new CompiledRenderException("a function or loop object as a value");
        }

        lastPlain = type;
        return value;
    }
}
