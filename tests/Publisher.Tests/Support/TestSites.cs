using System.Collections.Immutable;
using Publisher.Corpus;
using Publisher.Parsing;
using Publisher.Parsing.Catalog;
using Publisher.Parsing.Model;
using Publisher.Site.Building;
using Publisher.Site.Sources;

namespace Publisher.Tests.Support;

/// <summary>Builds sites for tests: from the repository's templates, into folders the test owns.</summary>
public static class TestSites
{
    public static string Templates => Path.Combine(RepoPaths.Root, "templates");

    public static BuildResult Build(IEnumerable<Article> articles, string outputFolder, Func<SiteOptions, SiteOptions>? configure = null, string? templates = null, Publisher.Parsing.Entities.EntityRegistry? registry = null)
    {
        var options = new SiteOptions(templates ?? Templates, outputFolder);
        options = configure?.Invoke(options) ?? options;
        var result = SiteBuilder.Build(LoadedContent.FromCompiled(articles, registry), options);
        return result;
    }

    public static BuildResult BuildOk(IEnumerable<Article> articles, string outputFolder, Func<SiteOptions, SiteOptions>? configure = null, Publisher.Parsing.Entities.EntityRegistry? registry = null)
    {
        var result = Build(articles, outputFolder, configure, registry: registry);
        Assert.True(result.Committed, string.Join("\n", result.TemplateErrors.Select(static e => e.ToString()).Append(result.OutputProblem ?? string.Empty)));
        return result;
    }

    /// <summary>Parses a text as an article file of the given name.</summary>
    public static Article Parse(string fileName, string text) =>
        ArticleParser.Parse(text, "content/articles/" + fileName).Article ?? throw new InvalidOperationException("not an article: " + fileName);

    /// <summary>
    /// A synthetic corpus parsed with the real parser, with entity mentions located where the corpus says its
    /// people, organizations and places are named: entity extraction is another stage's job, and pages must show
    /// whatever mentions records hold.
    /// </summary>
    public static IReadOnlyList<Article> Corpus(int count)
    {
        var articles = new Article[count];
        var generated = CorpusGenerator.Generate(new CorpusOptions(count)).ToArray();
        Parallel.For(0, generated.Length, i =>
        {
            var source = generated[i];
            var article = Parse(source.FileName, source.Text);
            articles[i] = article with { Mentions = MentionsIn(source) };
        });
        return ArticlePlacement.Place(articles);
    }

    private static ImmutableArray<EntityMention> MentionsIn(CorpusArticle source)
    {
        var mentions = ImmutableArray.CreateBuilder<EntityMention>();
        void Add(IEnumerable<string> names, EntityKind kind)
        {
            foreach (var name in names)
            {
                var at = source.Text.IndexOf(name, StringComparison.Ordinal);
                while (at >= 0)
                {
                    mentions.Add(new EntityMention(name, new SourceRange(at, at + name.Length, 1, 1, 1, 1), Slugs.Slugify(name), name, kind));
                    at = source.Text.IndexOf(name, at + name.Length, StringComparison.Ordinal);
                }
            }
        }

        Add(source.People, EntityKind.Person);
        Add(source.Organizations, EntityKind.Organization);
        Add(source.Places, EntityKind.Place);
        return mentions.ToImmutable();
    }

    /// <summary>Copies every file under <paramref name="from"/> to the same place under <paramref name="to"/>.</summary>
    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The same files with the same bytes; a failure names the first files that differ.</summary>
    public static void AssertSameFiles(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual, string? what = null)
    {
        var differing = expected.Keys.Union(actual.Keys)
            .Where(k => !expected.TryGetValue(k, out var e) || !actual.TryGetValue(k, out var a) || !e.AsSpan().SequenceEqual(a))
            .Order(StringComparer.Ordinal)
            .Take(5)
            .ToList();
        Assert.True(differing.Count == 0, $"{what ?? "the sites"} differ in {string.Join(", ", differing)}");
    }

    /// <summary>Every file under a folder with its bytes, by relative path, for byte-for-byte comparisons.</summary>
    public static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
}
