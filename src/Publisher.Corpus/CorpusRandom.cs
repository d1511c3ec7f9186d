using System.Numerics;

namespace Publisher.Corpus;

/// <summary>
/// xoshiro256** (Blackman and Vigna), seeded through SplitMix64. Written out here rather than using
/// <see cref="Random"/>, whose algorithm and seeding may change between .NET versions: the same seed gives the
/// same sequence everywhere. Only integer arithmetic decides what is drawn, so no floating point rounding can
/// differ between machines either.
/// </summary>
internal sealed class CorpusRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public CorpusRandom(ulong seed)
    {
        // SplitMix64 fills the state; it never yields four zero words from any seed.
        _s0 = SplitMix64(ref seed);
        _s1 = SplitMix64(ref seed);
        _s2 = SplitMix64(ref seed);
        _s3 = SplitMix64(ref seed);
    }

    /// <summary>A generator for one independent stream (world, article text, front matter choice...) and item.</summary>
    public static CorpusRandom For(ulong seed, ulong stream, ulong item)
    {
        ulong s = Mix(seed ^ Mix(stream + 0x632BE59BD9B4E019UL));
        s = Mix(s ^ Mix(item + 0x9E3779B97F4A7C15UL));
        return new CorpusRandom(s);
    }

    public ulong NextUInt64()
    {
        ulong result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, bound), without bias (Lemire's multiply and reject).</summary>
    public ulong NextBelow(ulong bound)
    {
        if (bound == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bound), "The bound must be positive.");
        }

        ulong high = Math.BigMul(NextUInt64(), bound, out ulong low);
        if (low < bound)
        {
            ulong threshold = (0UL - bound) % bound;
            while (low < threshold)
            {
                high = Math.BigMul(NextUInt64(), bound, out low);
            }
        }

        return high;
    }

    /// <summary>Uniform in [min, maxInclusive].</summary>
    public int NextInt(int min, int maxInclusive) => min + (int)NextBelow((ulong)((long)maxInclusive - min + 1));

    /// <summary>Uniform in [0, 1) on a grid of 2^-53: exact, so comparisons are the same everywhere.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[(int)NextBelow((ulong)items.Count)];

    /// <summary>Fisher–Yates shuffle in place.</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (int i = items.Count - 1; i > 0; i--)
        {
            int j = (int)NextBelow((ulong)i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>The SplitMix64 finaliser: a bijective 64-bit mixer.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
