using Publisher.Cli.Commands;
using Publisher.Site.Output;
using Publisher.Tests.Support;

namespace Publisher.Tests.Site;

/// <summary>
/// `--out` refuses folders where a build would mix pages with the user's own files: the file-system root, the home
/// folder, a repository root, the content and templates folders, and any non-empty folder publisher did not create.
/// </summary>
public sealed class OutputRefusalTests
{
    [Fact]
    public void The_file_system_root_is_refused_even_with_force()
    {
        AssertRefused(["--out", "/"], "it is the root of the file system");
        AssertRefused(["--out", "/", "--force"], "it is the root of the file system");
    }

    [Fact]
    public void The_home_folder_and_the_folders_above_it_are_refused_even_with_force()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        Assert.False(string.IsNullOrEmpty(home), "the test needs a home folder");
        AssertRefused(["--out", home, "--force"], "it is the home folder");
        var above = Path.GetDirectoryName(home.TrimEnd('/'));
        if (above is not null && above != "/")
        {
            AssertRefused(["--out", above, "--force"], "it holds the home folder");
        }
    }

    [Fact]
    public void The_content_folder_and_anything_inside_or_above_it_is_refused_even_with_force()
    {
        using var folder = new TempFolder();
        var content = Directory.CreateDirectory(folder.Combine("content", "articles")).Parent!.FullName;

        AssertRefused(["--content", content, "--out", content, "--force"], "which the site is built from");
        AssertRefused(["--content", content, "--out", Path.Combine(content, "articles", "site"), "--force"], "it is inside");
        AssertRefused(["--content", content, "--out", folder.Path, "--force"], "it holds");
    }

    [Fact]
    public void The_templates_folder_is_refused_even_with_force()
    {
        using var folder = new TempFolder();
        var templates = OutputSafetyTests.CopyTemplates(folder);
        var before = TestSites.Files(templates);

        AssertRefused(["--templates", templates, "--out", templates, "--force"], "which the site is built from");
        AssertRefused(["--templates", templates, "--out", Path.Combine(templates, "layouts"), "--force"], "it is inside");

        Assert.Equal(before.Keys, TestSites.Files(templates).Keys);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_repository_root_is_refused_unless_forced_and_then_nothing_of_it_is_touched(bool gitFolder)
    {
        using var folder = new TempFolder();
        var repository = Directory.CreateDirectory(folder.Combine("repo")).FullName;
        // A clone has a .git folder; a worktree or submodule a .git file.
        if (gitFolder)
        {
            Directory.CreateDirectory(Path.Combine(repository, ".git"));
        }
        else
        {
            File.WriteAllText(Path.Combine(repository, ".git"), "gitdir: /elsewhere\n");
        }

        File.WriteAllText(Path.Combine(repository, "README.md"), "my repository\n");

        AssertRefused(["--out", repository], "it is the root of a git repository");
        Assert.Null(Manifest.Read(repository));

        var (code, output) = CliRunner.Run("build", "--out", repository, "--force");
        Assert.True(code == ExitCodes.Success, output);
        Assert.Equal("my repository\n", File.ReadAllText(Path.Combine(repository, "README.md")));
        Assert.True(File.Exists(Path.Combine(repository, "index.html")));
        Assert.DoesNotContain("README.md", Manifest.Read(repository)!.Files.Keys);
    }

    [Fact]
    public void A_non_empty_folder_the_tool_did_not_create_is_refused_unless_forced()
    {
        using var folder = new TempFolder();
        var mine = Directory.CreateDirectory(folder.Combine("mine")).FullName;
        File.WriteAllText(Path.Combine(mine, "notes.txt"), "my notes\n");

        AssertRefused(["--out", mine], "not created by publisher");

        var (code, output) = CliRunner.Run("build", "--out", mine, "--force");
        Assert.True(code == ExitCodes.Success, output);
        Assert.Equal("my notes\n", File.ReadAllText(Path.Combine(mine, "notes.txt")));

        // The next build, without --force, knows the folder by its manifest and still leaves the notes alone.
        (code, output) = CliRunner.Run("build", "--out", mine, "--rebuild");
        Assert.True(code == ExitCodes.Success, output);
        Assert.Equal("my notes\n", File.ReadAllText(Path.Combine(mine, "notes.txt")));
    }

    private static void AssertRefused(string[] options, string reason)
    {
        var (code, output) = CliRunner.Run(["build", .. options]);
        Assert.True(code == ExitCodes.Failed, $"exit code {code}, expected {ExitCodes.Failed}:\n{output}");
        // The console wraps long lines at word boundaries.
        output = output.ReplaceLineEndings(" ");
        Assert.Contains(reason, output, StringComparison.Ordinal);
        Assert.Contains("Build failed; the previous site is untouched.", output, StringComparison.Ordinal);
    }
}
