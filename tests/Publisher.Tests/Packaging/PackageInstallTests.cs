using System.IO.Compression;
using System.Xml.Linq;
using Publisher.Tests.Support;

namespace Publisher.Tests.Packaging;

/// <summary>
/// The two packages as a user meets them: packed into a folder feed, the generator referenced by one
/// PackageReference from a fresh project outside the repository, the tool installed with `dotnet tool install`.
/// Slow (packing, restores, builds), so it packs once for the class; tagged Packaging so it can be run alone.
/// </summary>
[Trait("Category", "Packaging")]
public sealed class PackageInstallTests(PackedFeed feed) : IClassFixture<PackedFeed>
{
    [Fact]
    public void Generator_package_holds_the_analyzer_with_its_parser_the_record_types_and_the_build_conventions()
    {
        using var package = ZipFile.OpenRead(feed.GeneratorPackage);
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("analyzers/dotnet/cs/Publisher.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Publisher.Parsing.dll", entries);
        Assert.Contains("lib/netstandard2.0/Publisher.Parsing.dll", entries);
        Assert.Contains("build/Publisher.Generator.props", entries);
        Assert.Contains("build/Publisher.Generator.targets", entries);
        Assert.Contains("README.md", entries);
        // The compiler provides Roslyn; a copy in the package would be loaded beside it.
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.DoesNotContain("lib/netstandard2.0/Publisher.Generator.dll", entries);

        var nuspec = Nuspec(package);
        var dependencies = nuspec.Descendants(nuspec.Root!.Name.Namespace + "dependency").Select(d => (string)d.Attribute("id")!).ToList();
        Assert.Equal(["System.Collections.Immutable"], dependencies);
    }

    [Fact]
    public void Tool_package_holds_the_command_and_its_default_templates_only_once()
    {
        using var package = ZipFile.OpenRead(feed.ToolPackage);
        var entries = package.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("tools/net10.0/any/publisher.dll", entries);
        Assert.Contains("tools/net10.0/any/DotnetToolSettings.xml", entries);
        Assert.Contains("tools/net10.0/any/templates/layouts/default.html", entries);
        Assert.Contains("tools/net10.0/any/templates/404.html", entries);
        Assert.Contains("tools/net10.0/any/templates/assets/site.css", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("content/", StringComparison.Ordinal) || e.StartsWith("contentFiles/", StringComparison.Ordinal));
        Assert.Contains("DotnetTool", Nuspec(package).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fresh_project_gets_a_typed_catalog_from_one_package_reference()
    {
        var sample = SampleProject.Create(Path.Combine(feed.Root, "typed"), feed.Feed, PackedFeed.Version, $$"""
            using {{SampleProject.RootNamespace}};

            // Compiles only if the generator made these members from content/articles and content/entities.yml.
            var ferry = Articles.HarbourFerryReturnsAfterWinterRepairs;
            Console.WriteLine($"count={Articles.All.Length}");
            Console.WriteLine($"oldest={Articles.All[0].Slug}");
            Console.WriteLine($"title={ferry.Title}");
            Console.WriteLine($"published={ferry.Published?.IsoDate}");
            Console.WriteLine($"publisher={ferry.Publisher}");
            Console.WriteLine($"source={ferry.SourcePath}");
            Console.WriteLine($"person={Entities.People.MariaLopez.Name}: {Entities.People.MariaLopez.Description}");
            """);
        sample.AddArticle(SampleArticles.FerryFile, SampleArticles.Ferry);
        sample.AddArticle(SampleArticles.LighthouseFile, SampleArticles.Lighthouse);
        sample.AddRegistry(SampleArticles.Registry);

        var build = await DotnetCommand.RunAsync(sample.Folder, feed.NuGetPackages, "build");
        Assert.True(build.ExitCode == 0, build.ToString());
        var run = await DotnetCommand.RunAsync(sample.Folder, feed.NuGetPackages, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.ToString());

        var lines = run.Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "count=2",
                $"oldest={SampleArticles.LighthouseSlug}",
                $"title={SampleArticles.FerryTitle}",
                "published=2019-03-14",
                "publisher=The Harbour Gazette",
                $"source=content/articles/{SampleArticles.FerryFile}",
                "person=Maria Lopez: Harbour master.",
            ],
            lines);
    }

    [Fact]
    public async Task Content_problems_in_the_fresh_project_are_build_diagnostics_with_file_and_line()
    {
        var sample = SampleProject.Create(Path.Combine(feed.Root, "diagnostics"), feed.Feed, PackedFeed.Version, $$"""
            Console.WriteLine({{SampleProject.RootNamespace}}.Articles.Count);
            """);
        sample.AddArticle(SampleArticles.FerryFile, SampleArticles.Ferry);
        var bad = sample.AddArticle(SampleArticles.BadDateFile, SampleArticles.BadDate);
        var undated = sample.AddArticle(SampleArticles.UndatedFile, SampleArticles.Undated);

        var build = await DotnetCommand.RunAsync(sample.Folder, feed.NuGetPackages, "build");

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Contains($"{bad}(3,7): error PUB010", build.Output, StringComparison.Ordinal);
        // A content warning stays a warning although the project treats warnings as errors (build/*.targets).
        Assert.Contains($"{undated}(1,1): warning PUB002", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("error PUB002", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_installed_tool_builds_a_site_with_the_templates_it_ships()
    {
        var content = Directory.CreateDirectory(Path.Combine(feed.Root, "tool-content", "articles")).Parent!.FullName;
        File.WriteAllText(Path.Combine(content, "articles", SampleArticles.FerryFile), SampleArticles.Ferry);
        File.WriteAllText(Path.Combine(content, "articles", SampleArticles.LighthouseFile), SampleArticles.Lighthouse);
        var tools = Path.Combine(feed.Root, "tools");
        var site = Path.Combine(feed.Root, "tool-site");

        var install = await DotnetCommand.RunAsync(
            feed.Root, feed.NuGetPackages, "tool", "install", "Publisher.Tool", "--tool-path", tools, "--add-source", feed.Feed, "--version", PackedFeed.Version);
        Assert.True(install.ExitCode == 0, install.ToString());
        // Run from a folder with no templates/ of its own, so the templates come from the package.
        var build = await DotnetCommand.RunProgramAsync(Path.Combine(tools, "publisher"), feed.Root, feed.NuGetPackages, "build", "--content", content, "--out", site);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(Path.Combine(site, "index.html")), build.ToString());
        Assert.True(File.Exists(Path.Combine(site, "404.html")));
        Assert.True(File.Exists(Path.Combine(site, "assets", "site.css")));
        var page = File.ReadAllText(Path.Combine(site, "2019", "03", SampleArticles.FerrySlug, "index.html"));
        Assert.Contains(SampleArticles.FerryTitle, page, StringComparison.Ordinal);
        Assert.Contains(SampleArticles.LighthouseSlug, File.ReadAllText(Path.Combine(site, "index.html")), StringComparison.Ordinal);
    }

    private static XDocument Nuspec(ZipArchive package)
    {
        using var stream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }
}
