using System.Text;
using System.Text.Json;
using Publisher.Site.Indexing;
using Publisher.Site.Search;
using Publisher.Tests.Support;

namespace Publisher.Tests.Search;

/// <summary>
/// The split index of a 2,000-article synthetic archive: bounded shards and chunks, every term where the manifest
/// sends the browser, lists that decode to the index's, and the same bytes on every build.
/// </summary>
public sealed class SearchFilesTests
{
    private const int Articles = 2_000;
    private static readonly Lazy<(SearchIndex Index, IReadOnlyList<(string Path, byte[] Bytes)> Files)> Built = new(static () =>
    {
        var index = SearchIndexBuilder.Build(SiteIndexBuilder.Build(TestSites.Corpus(Articles)), SearchTokenizer.Default);
        return (index, SearchFiles.Write(index, SearchRules.Default));
    });

    [Fact]
    public void Shards_stay_small_and_hold_the_terms_the_manifest_sends_them()
    {
        var (index, files) = Built.Value;
        var manifest = Data(files, SearchFiles.ManifestPath, "manifest", null);
        var firstTerms = manifest.GetProperty("shards").EnumerateArray().Select(static e => e.GetString()!).ToList();
        Assert.True(firstTerms.Count > 1, "a 2,000-article index is split into several shards");
        Assert.Equal(firstTerms.Order(StringComparer.Ordinal), firstTerms);

        var seen = 0;
        for (var n = 0; n < firstTerms.Count; n++)
        {
            var path = $"search/shards/{n}.js";
            var bytes = files.Single(f => f.Path == path).Bytes;
            var shard = Data(files, path, "shard", n).EnumerateObject().ToList();
            // A shard goes past its target only when a single term is that big.
            Assert.True(bytes.Length <= SearchFiles.ShardTargetBytes + 1024 || shard.Count == 1, $"{path}: {bytes.Length} bytes, {shard.Count} terms");
            foreach (var entry in shard)
            {
                Assert.True(string.CompareOrdinal(entry.Name, firstTerms[n]) >= 0 && (n + 1 == firstTerms.Count || string.CompareOrdinal(entry.Name, firstTerms[n + 1]) < 0), entry.Name);
                var term = index.Terms[seen++];
                Assert.Equal(term.Term, entry.Name);
                var values = entry.Value.EnumerateArray().ToList();
                Assert.Equal(term.Articles, values[0].GetInt32());
                var lists = values.Skip(1).Select(static v => PostingCodec.Decode(v.GetString()!)).ToList();
                Assert.Equal(term.InTitle, lists.ElementAtOrDefault(0) ?? []);
                Assert.Equal(term.InEntity, lists.ElementAtOrDefault(1) ?? []);
                Assert.Equal(term.InBody, lists.ElementAtOrDefault(2) ?? []);
                Assert.Equal(term.Entities, lists.ElementAtOrDefault(3) ?? []);
            }
        }

        Assert.Equal(index.Terms.Length, seen);
    }

    [Fact]
    public void Result_chunks_hold_every_article_and_entity_in_order_and_a_first_query_stays_under_100_KB()
    {
        var (index, files) = Built.Value;
        var articles = files.Where(static f => f.Path.StartsWith("search/articles/", StringComparison.Ordinal)).ToList();
        var rows = Enumerable.Range(0, articles.Count).SelectMany(n => Data(files, $"search/articles/{n}.js", "articles", n).EnumerateArray()).ToList();
        Assert.Equal(index.Articles.Select(static a => a.Path), rows.Select(static r => r[1].GetString()));
        var entities = files.Count(static f => f.Path.StartsWith("search/entities/", StringComparison.Ordinal));
        var entityRows = Enumerable.Range(0, entities).SelectMany(n => Data(files, $"search/entities/{n}.js", "entities", n).EnumerateArray()).ToList();
        Assert.Equal(index.Entities.Select(static e => e.Name), entityRows.Select(static r => r[0].GetString()));

        // The worst first query: the manifest, the biggest shard, and ten results and five entities in ten and five different chunks.
        var manifest = files.Single(static f => f.Path == SearchFiles.ManifestPath).Bytes.Length;
        var shard = files.Where(static f => f.Path.StartsWith("search/shards/", StringComparison.Ordinal)).Max(static f => f.Bytes.Length);
        var articleChunk = articles.Max(static f => f.Bytes.Length);
        var entityChunk = files.Where(static f => f.Path.StartsWith("search/entities/", StringComparison.Ordinal)).Max(static f => f.Bytes.Length);
        var worst = manifest + shard + (10 * articleChunk) + (5 * entityChunk);
        Assert.True(worst < 100 * 1024, $"manifest {manifest} + shard {shard} + 10 × {articleChunk} + 5 × {entityChunk} = {worst} bytes");
    }

    [Fact]
    public void The_same_archive_gives_the_same_bytes()
    {
        var files = Built.Value.Files;
        var again = SearchFiles.Write(SearchIndexBuilder.Build(SiteIndexBuilder.Build(TestSites.Corpus(Articles)), SearchTokenizer.Default), SearchRules.Default);
        Assert.Equal(files.Select(static f => f.Path), again.Select(static f => f.Path));
        Assert.All(files.Zip(again), pair => Assert.True(pair.First.Bytes.AsSpan().SequenceEqual(pair.Second.Bytes), pair.First.Path));
    }

    /// <summary>The JSON a file passes to PublisherSearch.NAME(N, …).</summary>
    private static JsonElement Data(IReadOnlyList<(string Path, byte[] Bytes)> files, string path, string function, int? number)
    {
        var text = Encoding.UTF8.GetString(files.Single(f => f.Path == path).Bytes);
        var prefix = $"PublisherSearch.{function}(" + (number is { } n ? n + "," : string.Empty);
        Assert.StartsWith(prefix, text, StringComparison.Ordinal);
        Assert.EndsWith(");\n", text, StringComparison.Ordinal);
        return JsonDocument.Parse(text[prefix.Length..^3]).RootElement.Clone();
    }
}
