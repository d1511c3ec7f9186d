using System.Diagnostics;
using Publisher.Cli.Commands;
using Publisher.Content;
using Publisher.Corpus;
using Publisher.Site.Output;
using Publisher.Tests.Support;
using Xunit.Abstractions;

namespace Publisher.Tests.Site;

/// <summary>A build killed while it writes leaves the previous site whole; the next build finishes the job.</summary>
public sealed class KilledBuildTests(ITestOutputHelper output)
{
    private const int Articles = 1_500;

    [Fact]
    public void Killing_the_process_during_a_large_build_leaves_the_previous_site_byte_for_byte()
    {
        var clock = Stopwatch.StartNew();
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        CorpusWriter.WriteArticles(CorpusGenerator.Generate(new CorpusOptions(Articles)), content);
        var site = folder.Combine("site");
        TestSites.BuildOk(Publisher.Content.Articles.All, site);
        var before = TestSites.Files(site);
        var staging = folder.Combine(".site.publisher-staging");

        string[] build = ["build", "--content", content, "--out", site, "--templates", TestSites.Templates];
        output.WriteLine($"corpus and first site: {clock.Elapsed.TotalSeconds:0.0} s");
        var stagedFiles = KillWhileStaging(build, staging);
        output.WriteLine($"killed with {stagedFiles} files staged at {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.True(stagedFiles > 0, "the build was not caught writing");
        var after = TestSites.Files(site);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(after[pair.Key]), pair.Key + " changed"));
        Assert.False(Manifest.Read(site)!.Interrupted);

        // The next build, here of the seed articles to keep the test short, clears the killed build's staging folder.
        var (code, report) = CliRunner.Run("build", "--out", site, "--templates", TestSites.Templates, "--rebuild");
        Assert.True(code == ExitCodes.Success, report);
        output.WriteLine($"rebuilt at {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.False(Directory.Exists(staging), "the killed build's staging folder was left behind");
        var manifest = Manifest.Read(site)!;
        Assert.Equal(manifest.Files.Keys, TestSites.Files(site).Keys.Where(static f => f != Manifest.FileName));
    }

    /// <summary>Runs the real CLI as a child process and kills it once its staging folder holds pages; returns how many.</summary>
    private static int KillWhileStaging(string[] arguments, string staging)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "publisher.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var clock = Stopwatch.StartNew();
        var staged = 0;
        try
        {
            while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                staged = Directory.Exists(staging) ? Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Take(201).Count() : 0;
                if (staged > 200)
                {
                    break;
                }

                Thread.Sleep(20);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        return staged;
    }
}
