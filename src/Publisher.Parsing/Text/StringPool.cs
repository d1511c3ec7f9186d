using System.Collections.Concurrent;
using System.Collections.Immutable;
using Publisher.Parsing.Model;

namespace Publisher.Parsing.Text;

/// <summary>
/// Shares equal strings between articles. An archive names the same few thousand people, organizations and places
/// tens of thousands of times, and each mention would otherwise carry its own copies of the surface text, id and
/// name (about 6 KB an article, 600 MB at 100,000 articles). One pool per run, never <see cref="string.Intern"/>:
/// nothing may outlive the build, least of all in a compiler server that runs the generator for hours.
/// </summary>
public sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> strings = new(StringComparer.Ordinal);

    public int Count => strings.Count;

    public string Share(string value) => strings.GetOrAdd(value, value);

    public string? ShareOrNull(string? value) => value is null ? null : Share(value);

    /// <summary>The article with its mentions' and quote speakers' strings taken from the pool; equal to the input.</summary>
    public Article ShareEntityStrings(Article article) => article with
    {
        Mentions = article.Mentions.IsDefault
            ? article.Mentions
            : ImmutableArray.CreateRange(article.Mentions, m => m with { Text = Share(m.Text), EntityId = Share(m.EntityId), Name = Share(m.Name) }),
        Quotes = article.Quotes.IsDefault
            ? article.Quotes
            : ImmutableArray.CreateRange(article.Quotes, q => q with { Speaker = ShareOrNull(q.Speaker), SpeakerEntityId = ShareOrNull(q.SpeakerEntityId) }),
    };

    public ArticleParseResult ShareEntityStrings(ArticleParseResult result) =>
        result.Article is { } article ? result with { Article = ShareEntityStrings(article) } : result;
}
