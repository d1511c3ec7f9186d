using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Publisher.Site.Rendering;

/// <summary>
/// A template function of one string argument called straight, without the reflection Scriban uses for imported
/// delegates: <c>link</c> runs for nearly every anchor of every page, so its call cost counts.
/// </summary>
internal sealed class PageFunction(string name, Func<HtmlTemplateContext, string, object?> body) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, $"{name} takes one argument, not {arguments.Count}");
        }

        return Call((HtmlTemplateContext)context, arguments[0]);
    }

    /// <summary>The call with its one argument already evaluated, as compiled templates make it.</summary>
    public object? Call(HtmlTemplateContext context, object? argument) =>
        body(context, argument as string ?? context.ObjectToString(argument) ?? string.Empty);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
