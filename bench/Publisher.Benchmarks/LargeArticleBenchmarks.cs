using System.Text;
using BenchmarkDotNet.Attributes;
using Publisher.Parsing;
using Publisher.Parsing.Model;

namespace Publisher.Benchmarks;

/// <summary>
/// Parse time against file size (issue 6): one article of 1 to 10 MB, made by repeating the body of the longest seed
/// article, either as paragraphs (blank lines between) or as one single line. Time per megabyte that stays flat as
/// the size grows means parsing is linear; the target is a 10 MB file in under a second. The size limit is raised
/// so the file is parsed instead of being skipped with PUB009.
/// </summary>
[MemoryDiagnoser]
public class LargeArticleBenchmarks
{
    private ArticleSource source = null!;
    private ParserOptions options = null!;

    [Params(1, 2, 5, 10)]
    public int Megabytes { get; set; }

    [Params("paragraphs", "one line")]
    public string Shape { get; set; } = "paragraphs";

    [GlobalSetup]
    public void Setup()
    {
        var seed = File.ReadAllText(RepositoryFiles.SeedArticle(ArticleBenchmarks.SeedFile));
        var body = seed.Substring(seed.IndexOf("\n---", 4, StringComparison.Ordinal) + 4);
        var unit = Shape == "one line" ? body.ReplaceLineEndings(" ") : body + "\n\n";
        var size = Megabytes * 1024 * 1024;
        var text = new StringBuilder("---\ndate: 2016-02-05\ntitle: A very long article\n---\n", size + unit.Length);
        while (text.Length < size)
        {
            text.Append(unit);
        }

        source = new ArticleSource("content/articles/large.txt", text.ToString(0, size));
        options = new ParserOptions(int.MaxValue);
        if (ArticleParser.Parse(source, options).Article is null)
        {
            throw new InvalidOperationException("the large article did not parse");
        }
    }

    [Benchmark]
    public Article? Parse() => ArticleParser.Parse(source, options).Article;
}
