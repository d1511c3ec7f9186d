using CsCheck;
using Publisher.Parsing;
using Publisher.Parsing.Diagnostics;
using Publisher.Parsing.Model;
using Publisher.Parsing.Text;

namespace Publisher.Tests.Hostile;

/// <summary>
/// Property tests over random and mutated article text: the parser never throws and always terminates, every
/// diagnostic is a catalog id on a line of the file, and cleaning is idempotent (cleaned text is a fixed point, and a
/// cleaned article written back from its parsed parts parses to the same parts). CsCheck shrinks a failure to a small input.
/// </summary>
public sealed class ParserPropertyTests
{
    private const long Iterations = 1000;

    // Generous and only a guard: a parser that loops forever must fail the run, not hang it. Speed is measured by
    // bench/Publisher.Benchmarks, never here.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);

    private static readonly HashSet<string> KnownIds = DiagnosticCatalog.All.Select(static d => d.Id).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Random_text_never_throws_and_is_reported_in_place() =>
        Terminates(() => Gen.Select(ArticleTextGen.Random, ArticleTextGen.FileName).Sample(static (text, path) => AssertWellBehaved(text, path), iter: Iterations, threads: 1));

    [Fact]
    public void Mutated_articles_never_throw_and_are_reported_in_place() =>
        Terminates(() => Gen.Select(ArticleTextGen.Mutated, ArticleTextGen.FileName).Sample(static (text, path) => AssertWellBehaved(text, path), iter: Iterations, threads: 1));

    [Fact]
    public void Cleaning_is_idempotent() =>
        Gen.Select(ArticleTextGen.Random, ArticleTextGen.Mutated).Sample(static (random, mutated) =>
        {
            foreach (var text in new[] { random, mutated })
            {
                var once = TextCleaner.Clean(text);
                Assert.Equal(once, TextCleaner.Clean(once));
            }
        }, iter: Iterations, threads: 1);

    [Fact]
    public void A_cleaned_article_written_back_comes_back_unchanged() =>
        Terminates(() => Gen.Select(ArticleTextGen.Mutated, ArticleTextGen.Random).Sample(static (mutated, random) =>
        {
            foreach (var text in new[] { mutated, random })
            {
                // The first pass may move things (a dateline-like lead only counts near the top); from then on the
                // text is clean, and cleaning it again must change nothing.
                if (CleanedAgain(text) is not { } cleaned)
                {
                    continue;
                }

                var again = ArticleParser.Parse(WrittenBack(cleaned), "content/articles/once.txt").Article;
                Assert.NotNull(again);
                Assert.Equal(cleaned.Title, again.Title);
                Assert.Equal(cleaned.Standfirst, again.Standfirst);
                AssertSameParagraphs(cleaned, again);
            }
        }, iter: Iterations, threads: 1));

    /// <summary>
    /// The same paragraphs, except that a dateline may be found once more: the dateline rule reads only the first
    /// paragraphs, so when a cleaned lead had one stripped, a later "BRUSSELS --" paragraph moves into its reach.
    /// That may take one dateline prefix or one standalone dateline line, and nothing else.
    /// </summary>
    private static void AssertSameParagraphs(Article cleaned, Article again)
    {
        var before = cleaned.Paragraphs.Select(static p => p.Text).ToList();
        var after = again.Paragraphs.Select(static p => p.Text).ToList();
        if (before.SequenceEqual(after))
        {
            return;
        }

        Assert.True(again.Dateline is not null, $"paragraphs changed without a dateline:\n{string.Join("\n", before)}\n----\n{string.Join("\n", after)}");
        var at = Enumerable.Range(0, Math.Min(before.Count, after.Count)).FirstOrDefault(i => before[i] != after[i], Math.Min(before.Count, after.Count));
        var strippedPrefix = after.Count == before.Count && before[at].EndsWith(after[at], StringComparison.Ordinal);
        var removedLine = after.Count == before.Count - 1;
        Assert.True(strippedPrefix || removedLine, $"paragraph {at} changed beyond a dateline: '{before[at]}' became '{(at < after.Count ? after[at] : "(gone)")}'");
        Assert.Equal(before.Take(at), after.Take(at));
        Assert.Equal(before.Skip(at + 1), after.Skip(strippedPrefix ? at + 1 : at));
    }

    private static Article? CleanedAgain(string text) =>
        ArticleParser.Parse(text, "content/articles/once.txt").Article is { } once && once.Paragraphs.Any()
            ? ArticleParser.Parse(WrittenBack(once), "content/articles/once.txt").Article
            : null;

    [Fact]
    public void A_lone_surrogate_is_replaced_and_reported_not_thrown()
    {
        // Found by the properties above: Unicode normalisation (slugs, name keys) throws on an unpaired surrogate.
        var result = ArticleParser.Parse("---\ndate: 2020-01-01\n---\nTalks \uD800 in NATO\n\nJens Stoltenberg\uDC00 said on Monday the talks would go on.\n", "content/articles/s.txt");

        var article = Assert.IsType<Article>(result.Article);
        Assert.Equal("Talks \uFFFD in NATO", article.Title);
        var warning = Assert.Single(result.Diagnostics, static d => d.Id == DiagnosticCatalog.InvalidUtf8.Id);
        Assert.Equal(4, warning.Source.Line);
        var registry = Publisher.Parsing.Entities.RegistryReader.Read("- name: Jens \uD800Stoltenberg\n  kind: person\n", "content/entities.yml");
        Assert.Single(registry.Registry.Entities);
    }

    [Fact]
    public void An_empty_heading_is_no_title()
    {
        // Found by the properties above: "#" alone became an empty title, a blank link in every list.
        var result = ArticleParser.Parse("---\ndate: 2020-01-01\n---\n#\n\nThe talks went on for hours in the capital, officials said.\n", "content/articles/hash.md");

        Assert.Equal("hash", result.Article?.Title);
        Assert.Contains(result.Diagnostics, static d => d.Id == DiagnosticCatalog.NoTitle.Id);
    }

    private static void AssertWellBehaved(string text, string path)
    {
        var result = ArticleParser.Parse(text, path);
        var lineCount = new LineMap(text).LineCount;
        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.Contains(diagnostic.Id, KnownIds);
            Assert.Equal(path, diagnostic.Path);
            Assert.InRange(diagnostic.Source.Line, 1, lineCount);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
        }

        if (result.Article is not { } article)
        {
            Assert.Contains(result.Diagnostics, static d => d.Level == DiagnosticLevel.Error || d.Id == DiagnosticCatalog.EmptyFile.Id);
            return;
        }

        Assert.False(string.IsNullOrWhiteSpace(article.Title));
        Assert.Null(Publisher.Parsing.Catalog.Slugs.Unsafe(article.Slug));
        foreach (var part in Parts(article))
        {
            Assert.Equal(TextCleaner.Clean(part), part);
        }
    }

    /// <summary>Every text the parser publishes: each must already be clean.</summary>
    private static IEnumerable<string> Parts(Article article) =>
        new[] { article.Title, article.Standfirst, article.Publisher }
            .Concat(article.Body.Select(static b => b.Text))
            .Concat(article.Captions.Select(static c => c.Text))
            .OfType<string>();

    /// <summary>The parsed parts as a clean article file: the facts in front matter, then the paragraphs.</summary>
    private static string WrittenBack(Article article)
    {
        var standfirst = article.Standfirst is null ? string.Empty : $"standfirst: {Quoted(article.Standfirst)}\n";
        var paragraphs = string.Join("\n\n", article.Paragraphs.Select(static p => p.Text));
        return $"---\ntitle: {Quoted(article.Title)}\n{standfirst}---\n{paragraphs}\n";
    }

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static void Terminates(Action property)
    {
        var run = Task.Run(property);
        Assert.True(run.Wait(HangGuard), "the parser did not finish a property run: it loops on some input");
        run.GetAwaiter().GetResult();
    }
}
