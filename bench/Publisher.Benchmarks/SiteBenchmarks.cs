using System.Buffers;
using System.Text;
using BenchmarkDotNet.Attributes;
using Publisher.Corpus;
using Publisher.Parsing;
using Publisher.Parsing.Diagnostics;
using Publisher.Parsing.Entities;
using Publisher.Parsing.Model;
using Publisher.Parsing.Text;
using Publisher.Site.Building;
using Publisher.Site.Indexing;
using Publisher.Site.Pages;
using Publisher.Site.Rendering;
using Publisher.Site.Search;
using Publisher.Site.Sources;
using Publisher.Site.Views;

namespace Publisher.Benchmarks;

/// <summary>
/// The site side, on the index of a synthetic corpus built through the public API exactly as SiteBuilder does
/// (parse, place, index, plan, templates of the repository): rendering one article page, one entity page (the
/// most-mentioned person, the longest entity page, and the median person), building the index itself, and building the search index (SearchIndexBuilder and SearchFiles). The corpus
/// has 1,000 articles unless BENCH_SITE_ARTICLES lists other sizes.
/// Rendering covers making the page's views (the job's Content), both Scriban passes (page, then layout) and the
/// UTF-8 encoding, as a build does; hashing and writing the file are not included.
/// </summary>
[MemoryDiagnoser]
public class SiteBenchmarks
{
    private List<Article> published = null!;
    private SiteIndex index = null!;
    private PageRenderer renderer = null!;
    private PageJob articlePage = null!;
    private PageJob topEntityPage = null!;
    private PageJob medianEntityPage = null!;
    private readonly ArrayBufferWriter<byte> page = new(1 << 16);

    /// <summary>Corpus sizes: 1,000, or the sizes in BENCH_SITE_ARTICLES (such as "1000 10000").</summary>
    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("BENCH_SITE_ARTICLES") is { Length: > 0 } sizes
            ? sizes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(static s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            : [1000];

    [ParamsSource(nameof(Sizes))]
    public int Articles { get; set; } = 1000;

    [GlobalSetup]
    public void Setup()
    {
        var parsed = CorpusGenerator.Generate(new CorpusOptions(Articles))
            .AsParallel().AsOrdered()
            .Select(static a => ArticleParser.Parse(ContentDecoder.Decode("articles/" + a.FileName, Encoding.UTF8.GetBytes(a.Text))).Article)
            .OfType<Article>()
            .ToList();
        published = [.. ArticlePlacement.Place(parsed).Where(static a => !a.Diagnostics.Any(static d => d.Level == DiagnosticLevel.Error))];

        var options = new SiteOptions(RepositoryFiles.Templates, Path.Combine(Path.GetTempPath(), "publisher-benchmarks-unused"));
        index = SiteIndexBuilder.Build(published, EntityRegistry.Empty);
        var views = new ViewFactory(index);
        var jobs = new PagePlanner(index, views, options).Plan();
        var templates = TemplateSet.Load(options.TemplatesFolder);
        if (!templates.Errors.IsEmpty)
        {
            throw new InvalidOperationException("template errors: " + string.Join("; ", templates.Errors));
        }

        renderer = new PageRenderer(templates, views.Site(options), new PageLinker(options.BaseUrl.Path, options.LinkStyle), options.BaseUrl);
        var articles = jobs.Where(static j => j.Kind == "article").ToList();
        articlePage = articles[articles.Count / 2];
        var people = index.EntitiesOf(EntityKind.Person);
        topEntityPage = jobs.Single(j => j.Path == people[0].Path);
        medianEntityPage = jobs.Single(j => j.Path == people[people.Length / 2].Path);
    }

    [Benchmark]
    public int RenderArticlePage() => Render(articlePage);

    [Benchmark]
    public int RenderEntityPageTopPerson() => Render(topEntityPage);

    [Benchmark]
    public int RenderEntityPageMedianPerson() => Render(medianEntityPage);

    /// <summary>As a build renders: into a reused buffer, as UTF-8.</summary>
    private int Render(PageJob job)
    {
        renderer.RenderUtf8(job, page);
        return page.WrittenCount;
    }

    [Benchmark]
    public SiteIndex BuildIndex() => SiteIndexBuilder.Build(published, EntityRegistry.Empty);

    /// <summary>The search stage of a build: tokenising every article and writing the split index, in memory.</summary>
    [Benchmark]
    public int BuildSearchFiles() => SearchFiles.Write(SearchIndexBuilder.Build(index, SearchTokenizer.Default), SearchRules.Default).Count;
}
