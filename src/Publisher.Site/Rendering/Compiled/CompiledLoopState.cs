using System.Collections;

namespace Publisher.Site.Rendering.Compiled;

/// <summary>
/// The <c>for</c> object of a compiled loop: the members Scriban's loop state gives outside Liquid mode, computed as it
/// computes them (<c>last</c> reads one item ahead; <c>changed</c> compares with the previous item, here only when asked).
/// </summary>
internal sealed class CompiledLoopState(IEnumerable list, IEnumerator items)
{
    private bool lastKnown;
    private bool isLast;
    private int? length;

    public int Index { get; set; }

    public object? Previous { get; set; }

    public object? Current { get; set; }

    /// <summary>Moves the enumerator past the current item once per item; true when there was none.</summary>
    public bool MoveNextAndIsLast()
    {
        if (!lastKnown)
        {
            isLast = !items.MoveNext();
            lastKnown = true;
        }

        return isLast;
    }

    public void NextItem() => lastKnown = false;

    /// <summary>The member's value, or false when the loop object has no such member.</summary>
    public bool TryGet(string member, out object? value)
    {
        value = member switch
        {
            "index" => Index,
            "length" => Length,
            "first" => Index == 0,
            "even" => (Index & 1) == 0,
            "odd" => (Index & 1) != 0,
            "last" => MoveNextAndIsLast(),
            "changed" => Index == 0 || !Equals(Previous, Current),
            "rindex" => Length - Index - 1,
            _ => null,
        };
        return value is not null;
    }

    private int Length => length ??= list is IList counted ? counted.Count : list.Cast<object>().Count();
}
