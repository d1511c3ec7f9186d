using Publisher.Tests.Support;

namespace Publisher.Tests.Site;

/// <summary>The `publisher` command: exit codes 0 built, 1 content or template errors, 2 bad usage.</summary>
public sealed class CliTests
{
    private static readonly string Content = Path.Combine(RepoPaths.Root, "content");

    [Fact]
    public void Build_from_a_content_folder_prints_a_summary_and_exits_0()
    {
        using var folder = new TempFolder();
        var (code, output) = Run("build", "--content", Content, "--templates", TestSites.Templates, "--out", folder.Combine("site"));

        Assert.Equal(0, code);
        Assert.Contains("Articles published", output, StringComparison.Ordinal);
        Assert.Contains("Pages: article", output, StringComparison.Ordinal);
        Assert.Contains("Site built.", output, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.Combine("site", "index.html")));
    }

    [Fact]
    public void Build_of_the_compiled_catalog_exits_0()
    {
        using var folder = new TempFolder();
        var (code, _) = Run("build", "--templates", TestSites.Templates, "--out", folder.Combine("site"));

        Assert.Equal(0, code);
        Assert.True(File.Exists(folder.Combine("site", "archives", "index.html")));
    }

    [Fact]
    public void Content_errors_are_listed_with_file_and_line_the_rest_is_built_and_the_exit_code_is_1()
    {
        using var folder = new TempFolder();
        var articles = Directory.CreateDirectory(folder.Combine("content", "articles")).FullName;
        File.WriteAllText(Path.Combine(articles, "good.txt"), "---\ndate: 2020-01-02\n---\nA perfectly good headline here\n\nThe body of the good article, long enough to be a paragraph of news.\n");
        File.WriteAllText(Path.Combine(articles, "bad.txt"), "---\npublisher: AFP\ndate: 2016-02-30\n---\nA headline with a bad date\n\nThe body of the bad article, long enough to be a paragraph of news.\n");

        var (code, output) = Run("build", "--content", folder.Combine("content"), "--templates", TestSites.Templates, "--out", folder.Combine("site"));

        Assert.Equal(1, code);
        Assert.Contains("content/articles/bad.txt(3,", output, StringComparison.Ordinal);
        Assert.Contains("error PUB010", output, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.Combine("site", "2020", "01", "a-perfectly-good-headline-here", "index.html")));
    }

    [Fact]
    public async Task Problems_written_to_a_file_or_pipe_stay_one_line_each_however_long()
    {
        using var folder = new TempFolder();
        var articles = Directory.CreateDirectory(folder.Combine("content", "articles", new string('a', 60), new string('b', 60))).FullName;
        File.WriteAllText(Path.Combine(articles, "bad.txt"), "---\npublisher: AFP\ndate: 2016-02-30\n---\nA headline with a bad date\n\nThe body of the bad article, long enough to be a paragraph of news.\n");

        var result = await ProcessRunner.RunAsync(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "publisher.dll"), "build", "--content", "content", "--templates", TestSites.Templates, "--out", "site"],
            folder.Path,
            new Dictionary<string, string?>(),
            TimeSpan.FromMinutes(2));

        var line = Assert.Single(result.Output.Split('\n'), static l => l.Contains("error PUB010", StringComparison.Ordinal));
        Assert.StartsWith($"content/articles/{new string('a', 60)}/{new string('b', 60)}/bad.txt(3,", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("build", "--base-url", "news")]
    [InlineData("build", "--page-size", "0")]
    [InlineData("build", "--content", "/no/such/folder")]
    [InlineData("check", "--site", "/no/such/folder")]
    [InlineData("frobnicate")]
    public void Bad_usage_exits_2(params string[] args)
    {
        var (code, output) = Run(args);

        Assert.Equal(2, code);
        Assert.Contains("error", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_error_exits_1_and_is_located()
    {
        using var folder = new TempFolder();
        var templates = OutputSafetyTests.CopyTemplates(folder);
        File.WriteAllText(Path.Combine(templates, "home.html"), "{{ if }}");

        var (code, output) = Run("build", "--templates", templates, "--out", folder.Combine("site"));

        Assert.Equal(1, code);
        Assert.Contains("home.html(1,", output, StringComparison.Ordinal);
        Assert.Contains("Build failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_lists_each_problem_as_page_colon_problem_and_exits_1()
    {
        using var folder = new TempFolder();
        Run("build", "--templates", TestSites.Templates, "--out", folder.Combine("site"));
        Assert.Equal(0, Run("check", "--site", folder.Combine("site")).Code);
        File.Delete(folder.Combine("site", "archives", "index.html"));

        var (code, output) = Run("check", "--site", folder.Combine("site"));

        Assert.Equal(1, code);
        Assert.Contains("index.html: broken link to \"archives/\"", output, StringComparison.Ordinal);
    }

    private static (int Code, string Output) Run(params string[] args) => CliRunner.Run(args);
}
