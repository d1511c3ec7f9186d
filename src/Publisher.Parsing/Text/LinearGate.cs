using System;
using System.Text.RegularExpressions;
using System.Threading;

namespace Publisher.Parsing.Text;

/// <summary>
/// Says whether a line may match a pattern, in one pass of .NET's non-backtracking engine: linear in the line, so it
/// needs no timeout. "No" is certain; "yes" means the caller must look for itself. Building the engine's automaton
/// costs about a tenth of a second, more than parsing one article, so the gate says "yes" to everything for its first
/// <see cref="AdaptiveRegex.CompileAfter"/> questions and builds it only for a run that keeps asking (a whole build),
/// never for a rebuild of one edited article or a compiler loading the generator.
/// </summary>
public sealed class LinearGate
{
    // RegexOptions.NonBacktracking (.NET 7 and later), which the netstandard2.0 surface this library builds against
    // does not name; a runtime without it (a compiler on .NET Framework) gets a gate that always says "yes".
    private const RegexOptions NonBacktracking = (RegexOptions)1024;

    private readonly string pattern;
    private readonly RegexOptions options;
    private Regex? regex;
    private int questions;

    public LinearGate(string pattern, RegexOptions options)
    {
        this.pattern = pattern;
        this.options = (options & ~RegexOptions.Compiled) | NonBacktracking;
    }

    /// <summary>False only when no match of the pattern can be in <paramref name="text"/>.</summary>
    public bool MayMatch(string text)
    {
        if (Volatile.Read(ref questions) < AdaptiveRegex.CompileAfter)
        {
            if (Interlocked.Increment(ref questions) != AdaptiveRegex.CompileAfter)
            {
                return true;
            }

            Volatile.Write(ref regex, Build(pattern, options));
        }

        return Volatile.Read(ref regex)?.IsMatch(text) ?? true;
    }

    /// <summary>Whether the gate is answering from its automaton yet (tests).</summary>
    public bool IsBuilt => Volatile.Read(ref regex) is not null;

    private static Regex? Build(string pattern, RegexOptions options)
    {
        try
        {
            return new Regex(pattern, options);
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException)
        {
            return null;
        }
    }
}
