namespace Publisher.Parsing.Text;

/// <summary>
/// The one match timeout every rule regex uses. The patterns are the tool's own and linear on real text; the timeout
/// only stops a pathological input. It is a wall-clock limit, so it must sit far above any honest match even on a
/// machine so busy that a thread waits whole seconds for a core: a timeout that fires on ordinary text would make
/// the same article parse differently from one build to the next.
/// </summary>
public static class RegexLimits
{
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(5);
}
