using System.Collections.Concurrent;

namespace Publisher.Site.Indexing;

/// <summary>
/// Scratch state for a parallel loop's workers, kept for the next worker. <see cref="Parallel.For(int, int, Action{int})"/>
/// asks for new local state each time it starts a worker task, and it starts new ones all through a long loop; scratch
/// as long as the archive, made afresh each time, is large-object garbage that brings on full collections.
/// </summary>
internal sealed class ScratchPool<T>(Func<T> create)
    where T : class
{
    private readonly ConcurrentBag<T> free = [];

    /// <summary>A free scratch, or a new one; it must come back clean.</summary>
    public T Take() => free.TryTake(out var scratch) ? scratch : create();

    public void Return(T scratch) => free.Add(scratch);
}
