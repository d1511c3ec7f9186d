using System.Security;

namespace Publisher.Tests.Packaging;

/// <summary>
/// A fresh console project outside the repository that uses Publisher.Generator by one PackageReference, restoring
/// from the local feed and from the machine's configured sources.
/// </summary>
public sealed class SampleProject
{
    public const string RootNamespace = "Sample.News";

    private SampleProject(string folder)
    {
        Folder = folder;
    }

    public string Folder { get; }

    public string Content => Path.Combine(Folder, "content");

    public string Articles => Path.Combine(Content, "articles");

    /// <summary>Writes the project, its nuget.config and Program.cs; articles are added with <see cref="AddArticle"/>.</summary>
    public static SampleProject Create(string folder, string feed, string version, string program)
    {
        var project = new SampleProject(folder);
        Directory.CreateDirectory(project.Articles);

        // Empty Directory.Build.* files stop MSBuild from importing any such file from the folders above.
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Sample.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace>{RootNamespace}</RootNamespace>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Publisher.Generator" Version="{version}" />
              </ItemGroup>
            </Project>
            """);

        // No <clear />: the sources configured for this user and machine (the registry) stay, the feed is added.
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="publisher-test-feed" value="{SecurityElement.Escape(feed)}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), program);
        return project;
    }

    public string AddArticle(string fileName, string text)
    {
        var path = Path.Combine(Articles, fileName);
        File.WriteAllText(path, text);
        return path;
    }

    public void AddRegistry(string yaml) => File.WriteAllText(Path.Combine(Content, "entities.yml"), yaml);
}
