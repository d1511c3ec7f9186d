using System.Collections.Immutable;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Publisher.Parsing.Entities;
using Publisher.Parsing.Model;
using Publisher.Tests.Support;

namespace Publisher.Tests.Generator;

/// <summary>content/entities.yml compiled into <c>Entities</c>: typed members, All, FindById, and a class even without a registry.</summary>
public sealed class RegistryCatalogTests
{
    private const string Registry = """
        - name: Jens Stoltenberg
          kind: person
          aliases: Stoltenberg
          description: Norwegian politician; NATO Secretary General 2014–2024.
          roles: [NATO Secretary General 2014–2024]
        - name: North Atlantic Treaty Organization
          kind: organization
          aliases: [NATO, Nato]
        - name: Sergei Lavrov
          kind: person
          roles:
            - title: Russian Foreign Minister
              from: 2004
        - name: Brussels
          kind: place
        """;

    [Fact]
    public void Registered_entities_are_typed_members_and_a_mistyped_one_does_not_compile()
    {
        const string Code = """
            class Editor
            {
                object Right => Sample.Content.Entities.People.JensStoltenberg;
                object Typo => Sample.Content.Entities.People.JensStoltenbreg;
                object Organization => Sample.Content.Entities.Organizations.NorthAtlanticTreatyOrganization;
                object Place => Sample.Content.Entities.Places.Brussels;
                int Count => Sample.Content.Entities.All.Length;
            }
            """;
        var harness = new GeneratorHarness([GeneratorHarness.Registry(Registry)], userCode: Code);
        harness.Run();

        var error = Assert.Single(harness.CompileErrors());
        Assert.Equal("CS0117", error.Id);
        Assert.Equal(3, error.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Generated_records_equal_the_registry_as_read_at_run_time()
    {
        var harness = new GeneratorHarness([GeneratorHarness.Registry(Registry)]);
        harness.Run();
        var entities = Load(harness);

        var expected = RegistryReader.Read(Registry, "content/entities.yml").Registry.Entities;
        Assert.Equal(expected.ToArray(), ((ImmutableArray<RegistryEntity>)entities.GetProperty("All")!.GetValue(null)!).ToArray());
        Assert.Equal(new EntityRegistry(expected), entities.GetProperty("Registry")!.GetValue(null));

        var find = entities.GetMethod("FindById")!;
        Assert.Equal(expected[2], find.Invoke(null, ["sergei-lavrov"]));
        Assert.Null(find.Invoke(null, ["nobody"]));
        Assert.Same(find.Invoke(null, ["jens-stoltenberg"]), entities.GetNestedType("People")!.GetField("JensStoltenberg")!.GetValue(null));
    }

    [Fact]
    public void Without_a_registry_the_class_still_compiles_and_is_empty()
    {
        const string Code = """
            class Editor
            {
                int Count => Sample.Content.Entities.All.Length;
                object? Missing => Sample.Content.Entities.FindById("jens-stoltenberg");
                System.Type People => typeof(Sample.Content.Entities.People);
            }
            """;
        var harness = new GeneratorHarness([GeneratorHarness.Article("a.txt", "A headline here\n\nSome body text of the story.\n")], userCode: Code);
        var result = harness.Run();

        Assert.Empty(harness.CompileErrors());
        Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith("Entities.g.cs", StringComparison.Ordinal));
        Assert.Empty(((ImmutableArray<RegistryEntity>)Load(harness).GetProperty("All")!.GetValue(null)!));
    }

    [Fact]
    public void Member_names_that_collide_get_a_suffix_in_file_order()
    {
        const string Text = """
            - name: X 1 A
              kind: person
            - name: X1A
              kind: person
            - name: People
              kind: person
            - name: X1A
              kind: place
              id: x1a-place
            """;
        const string Code = """
            class Editor
            {
                object First => Sample.Content.Entities.People.X1A;
                object Second => Sample.Content.Entities.People.X1A_2;
                object Class => Sample.Content.Entities.People.People_2;
                object Place => Sample.Content.Entities.Places.X1APlace;
            }
            """;
        var harness = new GeneratorHarness([GeneratorHarness.Registry(Text)], userCode: Code);
        harness.Run();

        Assert.Empty(harness.CompileErrors());
        var people = Load(harness).GetNestedType("People")!;
        Assert.Equal("x-1-a", ((RegistryEntity)people.GetField("X1A")!.GetValue(null)!).Id);
        Assert.Equal("x1a", ((RegistryEntity)people.GetField("X1A_2")!.GetValue(null)!).Id);
    }

    [Fact]
    public void A_registry_with_errors_keeps_its_good_entries_and_still_compiles()
    {
        var harness = new GeneratorHarness([GeneratorHarness.Registry("- name: Brussels\n  kind: place\n- name: Acme\n  kind: company\n")]);
        var result = harness.Run();

        Assert.Single(result.Diagnostics, d => d.Id == "PUB017");
        Assert.DoesNotContain(harness.CompileErrors(), e => !e.Id.StartsWith("PUB", StringComparison.Ordinal));
        Assert.Equal("Brussels", Assert.Single((ImmutableArray<RegistryEntity>)Load(harness).GetProperty("All")!.GetValue(null)!).Name);
    }

    /// <summary>Compiles the generated code and returns its <c>Entities</c> type, loaded in a context of its own.</summary>
    private static Type Load(GeneratorHarness harness)
    {
        using var stream = new MemoryStream();
        var emitted = harness.LastOutput!.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        stream.Position = 0;
        var assembly = new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);
        return assembly.GetType("Sample.Content.Entities", throwOnError: true)!;
    }
}
