using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using Publisher.Corpus;
using Publisher.Parsing;
using Publisher.Parsing.Entities;
using Publisher.Parsing.Model;
using Publisher.Parsing.Text;

namespace Publisher.Benchmarks;

/// <summary>
/// One article through the parser: <see cref="Parse"/> is the whole of it (front matter, cleaning and structure,
/// dates, slug, entity extraction and linking, quotes), <see cref="ExtractEntities"/> the entity step alone on the
/// same stretches of text the parser gives it. Two articles: the longest seed article of content/ (with the
/// repository's registry, as `publisher build` reads content/) and the middle article of the 1,000-article
/// synthetic corpus that bench/run.sh builds (no registry, as there).
/// </summary>
[MemoryDiagnoser]
public class ArticleBenchmarks
{
    /// <summary>The longest of the five seed articles.</summary>
    public const string SeedFile = "001_b674c38d9c199353.txt";

    private ArticleSource source = null!;
    private ParserOptions options = null!;
    private List<TextRange> stretches = null!;

    [Params("seed", "corpus")]
    public string Article { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        if (Article == "seed")
        {
            var registry = RegistryReader.Read(File.ReadAllText(RepositoryFiles.Registry), "content/entities.yml").Registry;
            source = ContentDecoder.Decode("content/articles/" + SeedFile, File.ReadAllBytes(RepositoryFiles.SeedArticle(SeedFile)));
            options = new ParserOptions { Registry = registry };
        }
        else
        {
            var generated = CorpusGenerator.Generate(new CorpusOptions(1000)).ElementAt(500);
            source = ContentDecoder.Decode("articles/" + generated.FileName, Encoding.UTF8.GetBytes(generated.Text));
            options = ParserOptions.Default;
        }

        var parsed = ArticleParser.Parse(source, options).Article ?? throw new InvalidOperationException($"{source.Path} did not parse");
        stretches = Stretches(source.Text, parsed);
    }

    [Benchmark]
    public Article? Parse() => ArticleParser.Parse(source, options).Article;

    [Benchmark]
    public ImmutableArray<EntityMention> ExtractEntities() => EntityExtractor.Extract(source.Text, stretches, options.Registry);

    /// <summary>
    /// Headline, standfirst, captions and body blocks as offsets into the text, in reading order: what the parser
    /// hands the extractor (headline and standfirst are found by their text, as the record keeps no offsets for them).
    /// </summary>
    private static List<TextRange> Stretches(string text, Article article)
    {
        var ranges = new List<TextRange>();
        foreach (var line in new[] { article.Title, article.Standfirst })
        {
            var at = line is null ? -1 : text.IndexOf(line, StringComparison.Ordinal);
            if (at >= 0)
            {
                ranges.Add(new TextRange(at, at + line!.Length));
            }
        }

        ranges.AddRange(article.Captions.Select(static c => new TextRange(c.Source.Start, c.Source.End)));
        ranges.AddRange(article.Body.Select(static b => new TextRange(b.Source.Start, b.Source.End)));
        return [.. ranges.OrderBy(static r => r.Start).Distinct()];
    }
}
