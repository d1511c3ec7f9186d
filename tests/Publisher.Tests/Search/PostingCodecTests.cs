using Publisher.Site.Search;

namespace Publisher.Tests.Search;

public sealed class PostingCodecTests
{
    [Theory]
    [InlineData(new int[0], "")]
    [InlineData(new[] { 0 }, "A")]
    [InlineData(new[] { 0, 10, 20 }, "AJJ")]
    [InlineData(new[] { 31 }, "f")]
    [InlineData(new[] { 32 }, "hA")]
    public void Small_lists_are_gaps_in_base_32(int[] ids, string expected)
    {
        Assert.Equal(expected, PostingCodec.Encode(ids));
        Assert.Equal(ids, PostingCodec.Decode(expected));
    }

    [Fact]
    public void Lists_round_trip_whatever_their_density()
    {
        var random = new Random(7);
        foreach (var density in new[] { 0.0005, 0.01, 0.1, 0.5, 1.0 })
        {
            var ids = Enumerable.Range(0, 100_000).Where(_ => random.NextDouble() < density).ToArray();
            var text = PostingCodec.Encode(ids);
            Assert.Equal(ids, PostingCodec.Decode(text));
            // Never longer than a bitset over the whole archive: a word in every article costs N/6 characters.
            Assert.True(text.Length <= 1 + (100_000 / 6) + 1, $"density {density}: {text.Length} characters");
        }
    }

    [Fact]
    public void Dense_lists_are_bitsets_and_sparse_lists_are_gaps()
    {
        Assert.Equal(PostingCodec.BitsetMark, PostingCodec.Encode(Enumerable.Range(0, 600).ToArray())[0]);
        Assert.NotEqual(PostingCodec.BitsetMark, PostingCodec.Encode(Enumerable.Range(0, 600).Where(static i => i % 40 == 0).ToArray())[0]);
    }
}
