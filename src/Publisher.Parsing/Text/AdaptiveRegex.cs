using System;
using System.Text.RegularExpressions;
using System.Threading;

namespace Publisher.Parsing.Text;

/// <summary>
/// A rule regex that runs interpreted until it has been used <see cref="CompileAfter"/> times, then compiled.
/// Compiling costs a few milliseconds of JIT per regex on first use, which is most of parsing one article in a fresh
/// process (a rebuild after one edit, <c>publisher check</c>, a compiler loading the generator), while a build of
/// thousands of articles runs almost entirely on the compiled form. Both forms give the same matches.
/// </summary>
public sealed class AdaptiveRegex
{
    /// <summary>Uses before compiling: a few articles' worth, for the busiest rules.</summary>
    public const int CompileAfter = 2000;

    private readonly string pattern;
    private readonly RegexOptions options;
    private readonly TimeSpan timeout;
    private Regex current;
    private int uses;

    public AdaptiveRegex(string pattern, RegexOptions options, TimeSpan timeout)
    {
        this.pattern = pattern;
        this.options = options & ~RegexOptions.Compiled;
        this.timeout = timeout;
        current = new Regex(pattern, this.options, timeout);
    }

    public AdaptiveRegex(string pattern, RegexOptions options)
        : this(pattern, options, Regex.InfiniteMatchTimeout)
    {
    }

    /// <summary>The pattern as given.</summary>
    public string Pattern => pattern;

    /// <summary>The regex to run now. Exactly one caller, the one whose use crosses the threshold, compiles it.</summary>
    public Regex Regex
    {
        get
        {
            if (Volatile.Read(ref uses) < CompileAfter && Interlocked.Increment(ref uses) == CompileAfter)
            {
                Volatile.Write(ref current, new Regex(pattern, options | RegexOptions.Compiled, timeout));
            }

            return Volatile.Read(ref current);
        }
    }
}
