using System.Collections;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Publisher.Site.Rendering.Compiled;

/// <summary>Runs a compiled statement: writes to the context's current output.</summary>
internal delegate void CompiledStatement(RenderScope scope);

/// <summary>Evaluates a compiled expression.</summary>
internal delegate object? CompiledExpression(RenderScope scope);

/// <summary>
/// Translates a Scriban syntax tree into closures that do what the interpreter does for the same nodes, without its
/// per-node bookkeeping: raw text, output of expressions (through the context's own <c>Write</c>, so escaping is the
/// same), <c>if</c>/<c>else if</c>/<c>else</c>, plain <c>for</c> loops and their <c>for.*</c> members, assignments to
/// global names, member access (through the context's own member accessors), literals, comparisons, arithmetic,
/// <c>&amp;&amp;</c>/<c>||</c>, function calls and pipes. Conversions, comparisons and function invocations are Scriban's own
/// public helpers, so values print and compare exactly as the interpreter prints and compares them. Any other node
/// makes the template not compilable (<see cref="NotCompilableException"/>); anything undecided at run time (a
/// missing variable, a null target, a function used as a value) throws <see cref="CompiledRenderException"/>, and
/// the page is rendered by the interpreter instead.
/// </summary>
internal sealed class TemplateCompiler(PageFunction partialFunction, Func<string, CompiledStatement?> partials)
{
    private static readonly HashSet<ScriptBinaryOperator> DelegatedOperators =
    [
        ScriptBinaryOperator.CompareEqual, ScriptBinaryOperator.CompareNotEqual, ScriptBinaryOperator.CompareLess,
        ScriptBinaryOperator.CompareLessOrEqual, ScriptBinaryOperator.CompareGreater, ScriptBinaryOperator.CompareGreaterOrEqual,
        ScriptBinaryOperator.Add, ScriptBinaryOperator.Subtract, ScriptBinaryOperator.Multiply, ScriptBinaryOperator.Divide,
        ScriptBinaryOperator.DivideRound, ScriptBinaryOperator.Modulus,
    ];

    public CompiledStatement Page(ScriptPage page)
    {
        if (page.FrontMatter is not null)
        {
            throw new NotCompilableException(page.Span, "front matter");
        }

        return Block(page.Body);
    }

    private CompiledStatement Block(ScriptBlockStatement? block)
    {
        if (block is null)
        {
            return static _ => { };
        }

        var statements = block.Statements.Select(Statement).OfType<CompiledStatement>().ToArray();
        return statements.Length switch
        {
            0 => static _ => { },
            1 => statements[0],
            _ => scope =>
            {
                foreach (var statement in statements)
                {
                    statement(scope);
                }
            },
        };
    }

    /// <summary>The statement's closure; null for statements that do nothing (the <c>{{</c>, <c>}}</c> and <c>end</c> markers).</summary>
    private CompiledStatement? Statement(ScriptStatement statement) => statement switch
    {
        ScriptEscapeStatement or ScriptEndStatement or ScriptNopStatement => null,
        ScriptRawStatement raw => Raw(raw),
        ScriptExpressionStatement { Expression: ScriptAssignExpression assign } => Assign(assign),
        ScriptExpressionStatement output => Output(output),
        ScriptIfStatement branch => If(branch),
        ScriptForStatement loop when loop.GetType() == typeof(ScriptForStatement) => For(loop),
        _ => throw new NotCompilableException(statement.Span, statement.GetType().Name),
    };

    private static CompiledStatement? Raw(ScriptRawStatement raw)
    {
        if (raw.Text is not { Length: > 0 } text)
        {
            return null;
        }

        var (full, index, length) = (text.FullText, text.Index, text.Length);
        return scope => scope.Context.Write(full, index, length);
    }

    private CompiledStatement Output(ScriptExpressionStatement statement)
    {
        var expression = Expression(statement.Expression);
        var span = statement.Span;
        return scope =>
        {
            var value = expression(scope);
            if (value is ScriptNode)
            {
                throw new CompiledRenderException("a node as a value");
            }

            if (value is not null)
            {
                scope.Context.Write(span, value);
            }
        };
    }

    private CompiledStatement Assign(ScriptAssignExpression assign)
    {
        if (assign.EqualToken.TokenType != TokenType.Equal || assign.Target is not ScriptVariableGlobal { Name: not "for" } target)
        {
            throw new NotCompilableException(assign.Span, "assignment other than `name = value`");
        }

        var name = target.Name;
        var value = Expression(assign.Value);
        return scope => scope.Page.SetValue(name, value(scope), false);
    }

    private CompiledStatement If(ScriptIfStatement branch)
    {
        var condition = Expression(branch.Condition);
        var span = branch.Condition!.Span;
        var then = Block(branch.Then);
        var otherwise = branch.Else switch
        {
            null => null,
            ScriptElseStatement other => Block(other.Body),
            ScriptIfStatement next => If(next),
            var other => throw new NotCompilableException(other.Span, other.GetType().Name),
        };
        return scope =>
        {
            if (scope.Context.ToBool(span, condition(scope)))
            {
                then(scope);
            }
            else
            {
                otherwise?.Invoke(scope);
            }
        };
    }

    private CompiledStatement For(ScriptForStatement loop)
    {
        if (loop.NamedArguments is { Count: > 0 } || loop.Else is not null || loop.SetContinue || loop.Variable is not ScriptVariableGlobal { Name: not "for" } variable)
        {
            throw new NotCompilableException(loop.Span, "for loop with options, else, or a non-global variable");
        }

        var name = variable.Name;
        var iterator = Expression(loop.Iterator);
        var body = Block(loop.Body);
        return scope =>
        {
            var items = iterator(scope);
            if (items is null)
            {
                return;
            }

            if (items is not IEnumerable list)
            {
                throw new CompiledRenderException("a loop over a value that is not a list");
            }

            var enumerator = list.GetEnumerator();
            var state = new CompiledLoopState(list, enumerator);
            var first = scope.PushLoop("for", state);
            var slot = scope.PushLoop(name, null);
            try
            {
                if (!enumerator.MoveNext())
                {
                    return;
                }

                for (var index = 0; ; index++)
                {
                    state.NextItem();
                    var value = enumerator.Current;
                    state.Index = index;
                    state.Current = value;
                    scope.SetLoop(slot, value);
                    body(scope);
                    if (state.MoveNextAndIsLast())
                    {
                        break;
                    }

                    state.Previous = value;
                }
            }
            finally
            {
                scope.PopLoopsTo(first);
            }
        };
    }

    private CompiledExpression Expression(ScriptExpression? expression) => expression switch
    {
        ScriptLiteral literal => Constant(literal.Value),
        ScriptNestedExpression nested => Expression(nested.Expression),
        ScriptVariableGlobal variable => Variable(variable, asTarget: false),
        ScriptMemberExpression member => Member(member, asFunction: false),
        ScriptBinaryExpression binary => Binary(binary),
        ScriptFunctionCall call => Call(call, call.Target ?? throw new NotCompilableException(call.Span, "call without a function"), call.Arguments, piped: null),
        ScriptPipeCall pipe => Pipe(pipe),
        null => throw new NotCompilableException(default, "missing expression"),
        _ => throw new NotCompilableException(expression.Span, expression.GetType().Name),
    };

    private static CompiledExpression Constant(object? value) => _ => value;

    /// <summary>A global name. As a value, a function or the loop object is left to the interpreter (it would call the function).</summary>
    private static CompiledExpression Variable(ScriptVariableGlobal variable, bool asTarget)
    {
        var name = variable.Name;
        if (asTarget)
        {
            return scope => scope.Read(name);
        }

        var plain = new PlainValues();
        return scope => plain.Check(scope.Read(name));
    }

    private CompiledExpression Member(ScriptMemberExpression member, bool asFunction)
    {
        // A global name as the target may be the loop object (`for.index`) or a function object (`array.join`).
        var target = member.Target is ScriptVariableGlobal variable ? Variable(variable, asTarget: true) : Expression(member.Target);
        var name = member.Member!.Name;
        var span = member.Span;

        // The reader for the type this expression met last: a site sees one type nearly always.
        MemberSite? last = null;
        var plain = new PlainValues();
        return scope =>
        {
            var value = target(scope) switch
            {
                null => throw new CompiledRenderException("a member of null"),
                CompiledLoopState loop => loop.TryGet(name, out var found) ? found : throw new CompiledRenderException("no loop member " + name),
                IScriptCustomFunction => throw new CompiledRenderException("a member of a function"),
                var found => Read(scope.Context, found),
            };
            return asFunction ? value : plain.Check(value);
        };

        object? Read(HtmlTemplateContext context, object target)
        {
            var site = last;
            if (site is null || site.Type != target.GetType())
            {
                site = new MemberSite(target.GetType(), PropertyReaders.For(context, context.GetMemberAccessor(target), span, target, name));
                last = site;
            }

            if (site.Read is { } read)
            {
                return read(target);
            }

            // A member the accessor does not have is an error or null as the context's settings say: the interpreter decides.
            return context.GetMemberAccessor(target).TryGetValue(context, span, target, name, out var value) ? value : throw new CompiledRenderException("no member " + name);
        }
    }

    /// <summary>A member expression's reader for one target type (null: Scriban's accessor reads it).</summary>
    private sealed record MemberSite(Type Type, Func<object, object?>? Read);

    private CompiledExpression Binary(ScriptBinaryExpression binary)
    {
        var left = Expression(binary.Left);
        var right = Expression(binary.Right);
        var (leftSpan, rightSpan, span, op) = (binary.Left!.Span, binary.Right!.Span, binary.Span, binary.Operator);
        return op switch
        {
            ScriptBinaryOperator.And => scope => scope.Context.ToBool(leftSpan, left(scope)) && scope.Context.ToBool(rightSpan, right(scope)),
            ScriptBinaryOperator.Or => scope => scope.Context.ToBool(leftSpan, left(scope)) || scope.Context.ToBool(rightSpan, right(scope)),
            _ when DelegatedOperators.Contains(op) => scope =>
            {
                var leftValue = left(scope);
                return ScriptBinaryExpression.Evaluate(scope.Context, span, op, leftValue, right(scope));
            },
            _ => throw new NotCompilableException(binary.Span, "operator " + op),
        };
    }

    private CompiledExpression Pipe(ScriptPipeCall pipe)
    {
        var from = Expression(pipe.From);
        return pipe.To switch
        {
            ScriptFunctionCall call => Call(call, call.Target ?? throw new NotCompilableException(call.Span, "call without a function"), call.Arguments, from),
            ScriptMemberExpression or ScriptVariableGlobal => Call(pipe.To, pipe.To, [], from),
            null => throw new NotCompilableException(pipe.Span, "pipe into nothing"),
            var other => throw new NotCompilableException(other.Span, "pipe into " + other.GetType().Name),
        };
    }

    /// <summary>
    /// A call of the function <paramref name="target"/> names, with the piped value first when there is one. The
    /// renderer's <c>partial</c> runs the compiled partial; its <c>link</c> and Scriban's functions are invoked as the
    /// interpreter invokes them, with the arguments evaluated here.
    /// </summary>
    private CompiledExpression Call(ScriptNode node, ScriptExpression target, IReadOnlyList<ScriptExpression> arguments, CompiledExpression? piped)
    {
        if (arguments.Any(static a => a is ScriptNamedArgument))
        {
            throw new NotCompilableException(node.Span, "named arguments");
        }

        var function = target switch
        {
            ScriptVariableGlobal variable => Variable(variable, asTarget: true),
            ScriptMemberExpression member => Member(member, asFunction: true),
            _ => throw new NotCompilableException(target.Span, "call of " + target.GetType().Name),
        };
        var values = (piped is null ? [] : new[] { piped }).Concat(arguments.Select(Expression)).ToArray();
        return scope =>
        {
            var callee = function(scope);
            if (ReferenceEquals(callee, partialFunction) && values.Length == 1)
            {
                RunPartial(scope, values[0](scope));
                return null;
            }

            if (callee is PageFunction page)
            {
                return values.Length == 1 ? page.Call(scope.Context, values[0](scope)) : throw new CompiledRenderException("a page function without its one argument");
            }

            if (callee is not IScriptCustomFunction custom || LeftToInterpreter(custom))
            {
                throw new CompiledRenderException("a call the compiler leaves to the interpreter");
            }

            var evaluated = new ScriptArray(values.Length);
            foreach (var value in values)
            {
                evaluated.Add(value(scope));
            }

            return ScriptFunctionCall.Call(scope.Context, node, custom, evaluated);
        };
    }

    /// <summary>Functions that take unevaluated expressions (or are templates' own <c>func</c>s) are left to the interpreter.</summary>
    private static bool LeftToInterpreter(IScriptCustomFunction function)
    {
        if (function is ScriptFunction)
        {
            return true;
        }

        for (var i = 0; i < function.ParameterCount; i++)
        {
            if (typeof(ScriptNode).IsAssignableFrom(function.GetParameterInfo(i).ParameterType))
            {
                return true;
            }
        }

        return false;
    }

    private void RunPartial(RenderScope scope, object? argument)
    {
        var name = argument as string ?? scope.Context.ObjectToString(argument) ?? string.Empty;
        if (string.IsNullOrWhiteSpace(name) || name.Contains("..", StringComparison.Ordinal) || partials("partials/" + name + ".html") is not { } partial)
        {
            throw new CompiledRenderException($"partial '{name}'");
        }

        scope.EnterPartial();
        partial(scope);
        scope.ExitPartial();
    }
}
