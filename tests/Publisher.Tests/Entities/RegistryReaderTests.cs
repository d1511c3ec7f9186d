using Publisher.Parsing.Diagnostics;
using Publisher.Parsing.Entities;
using Publisher.Parsing.Model;
using Publisher.Tests.Support;

namespace Publisher.Tests.Entities;

/// <summary>The entity registry file: both top-level forms, every value form, and each problem at its line.</summary>
public sealed class RegistryReaderTests
{
    private const string Path = "content/entities.yml";

    private const string Sequence = """
        # comment
        - name: Jens Stoltenberg
          kind: person
          aliases: Stoltenberg
          description: Norwegian politician; NATO Secretary General 2014–2024.
          roles:
            - title: NATO Secretary General
              from: 2014
              to: 2024
        - name: North Atlantic Treaty Organization
          kind: Organisation
          aliases: [NATO, Nato]
          id: nato
        - name: Brussels
          kind: PLACE
        """;

    [Fact]
    public void A_list_of_entries_reads_every_field()
    {
        var result = Read(Sequence);

        Assert.Empty(result.Diagnostics);
        Assert.Collection(
            result.Registry.Entities,
            jens =>
            {
                Assert.Equal("jens-stoltenberg", jens.Id);
                Assert.Equal("Jens Stoltenberg", jens.Name);
                Assert.Equal(EntityKind.Person, jens.Kind);
                Assert.Equal(["Stoltenberg"], jens.Aliases.ToArray());
                Assert.Equal("Norwegian politician; NATO Secretary General 2014–2024.", jens.Description);
                Assert.Equal([new EntityRole("NATO Secretary General", 2014, 2024)], jens.Roles.ToArray());
                Assert.Equal((2, 9), (jens.Source.Line, jens.Source.Column));
            },
            nato =>
            {
                Assert.Equal("nato", nato.Id);
                Assert.Equal(EntityKind.Organization, nato.Kind);
                Assert.Equal(["NATO", "Nato"], nato.Aliases.ToArray());
                Assert.Null(nato.Description);
                Assert.Empty(nato.Roles);
                Assert.Equal((10, 9), (nato.Source.Line, nato.Source.Column));
            },
            brussels =>
            {
                Assert.Equal("brussels", brussels.Id);
                Assert.Equal(EntityKind.Place, brussels.Kind);
                Assert.Empty(brussels.Aliases);
            });
    }

    [Fact]
    public void The_list_may_sit_under_an_entities_key()
    {
        var nested = "entities:\n" + string.Join("\n", Sequence.Split('\n').Select(l => "  " + l));
        var result = Read(nested);

        Assert.Empty(result.Diagnostics);
        var plain = Read(Sequence).Registry.Entities;
        Assert.Equal(plain.Select(e => e with { Source = default }), result.Registry.Entities.Select(e => e with { Source = default }));
        Assert.Equal((3, 11), (result.Registry.Entities[0].Source.Line, result.Registry.Entities[0].Source.Column));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("entities: []\n")]
    [InlineData("entities:\n")]
    [InlineData("[]\n")]
    public void An_empty_registry_is_valid(string text)
    {
        var result = Read(text);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Registry.Entities);
    }

    [Theory]
    [InlineData("  aliases: Lavrov\n", new[] { "Lavrov" })]
    [InlineData("  aliases: [Sergey Lavrov, \"Lavrov\"]\n", new[] { "Sergey Lavrov", "Lavrov" })]
    [InlineData("  aliases:\n    - Sergey Lavrov\n    - Lavrov\n", new[] { "Sergey Lavrov", "Lavrov" })]
    [InlineData("  aliases:\n  - Sergey Lavrov\n  - Sergey Lavrov\n", new[] { "Sergey Lavrov" })]
    [InlineData("  aliases: ~\n", new string[0])]
    public void Aliases_are_one_text_or_a_list(string aliases, string[] expected)
    {
        var result = Read("- name: Sergei Lavrov\n  kind: person\n" + aliases);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(expected, Assert.Single(result.Registry.Entities).Aliases.ToArray());
    }

    [Theory]
    [InlineData("- NATO Secretary General 2014–2024", "NATO Secretary General", 2014, 2024)]
    [InlineData("- Russian Foreign Minister 2004–", "Russian Foreign Minister", 2004, null)]
    [InlineData("- Prime Minister (2001-2009)", "Prime Minister", 2001, 2009)]
    [InlineData("- Prime Minister, 2001 to present", "Prime Minister", 2001, null)]
    [InlineData("- Class of 2012", "Class of 2012", null, null)]
    [InlineData("- title: Foreign Minister\n      from: 2004", "Foreign Minister", 2004, null)]
    [InlineData("- title: Foreign Minister\n      to: 2004", "Foreign Minister", null, 2004)]
    [InlineData("- {title: Mayor, from: 1990, to: 1994}", "Mayor", 1990, 1994)]
    public void Roles_are_texts_or_mappings(string role, string title, int? from, int? to)
    {
        var result = Read($"- name: Someone Known\n  kind: person\n  roles:\n    {role}\n");
        Assert.Empty(result.Diagnostics);
        Assert.Equal([new EntityRole(title, from, to)], Assert.Single(result.Registry.Entities).Roles.ToArray());
    }

    [Fact]
    public void A_single_role_text_needs_no_list()
    {
        var result = Read("- name: Sergei Lavrov\n  kind: person\n  roles: Russian Foreign Minister 2004–\n");
        Assert.Empty(result.Diagnostics);
        Assert.Equal([new EntityRole("Russian Foreign Minister", 2004, null)], Assert.Single(result.Registry.Entities).Roles.ToArray());
    }

    [Theory]
    [InlineData("- name: A\n  kind: person\n  name: B\n", 3)] // duplicate key: not valid YAML
    [InlineData("name: Jens Stoltenberg\nkind: person\n", 1)] // one entry without '- '
    [InlineData("Jens Stoltenberg\n", 1)] // a single value
    [InlineData("people:\n  - name: A\n", 1)] // an unknown top-level key
    [InlineData("entities: Jens Stoltenberg\n", 1)] // entities: not a list
    public void PUB016_the_file_is_not_a_list_of_entries(string text, int line)
    {
        var result = Read(text);
        var diagnostic = Assert.Single(result.Diagnostics);
        AssertAt(diagnostic, "PUB016", line);
        Assert.Empty(result.Registry.Entities);
    }

    [Fact]
    public void PUB016_gives_the_yaml_column_and_says_how_to_fix_a_single_entry()
    {
        var yaml = Assert.Single(Read("- name: \"unterminated\n  kind: person\n").Diagnostics);
        AssertAt(yaml, "PUB016", 1);
        Assert.Equal(9, yaml.Source.Column);
        Assert.Contains("line 1, column 9", yaml.Message, StringComparison.Ordinal);

        var single = Assert.Single(Read("name: Jens Stoltenberg\nkind: person\n").Diagnostics);
        Assert.Contains("start the entry with '- '", single.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- Jens Stoltenberg\n", 1, 3)] // entry is not a mapping
    [InlineData("- kind: person\n  aliases: Somebody\n", 1, 3)] // no name
    [InlineData("- name: \"\"\n  kind: person\n", 1, 9)] // empty name
    [InlineData("- name: [A, B]\n  kind: person\n", 1, 9)] // name is a list
    [InlineData("- name: \"???\"\n  kind: person\n", 1, 9)] // no letters to make an id from
    [InlineData("- name: Jens Stoltenberg\n  kind: person\n  id: ../etc\n", 3, 7)] // unsafe id
    [InlineData("- name: Jens Stoltenberg\n  kind: person\n  aliases: {a: b}\n", 3, 12)] // aliases a mapping
    [InlineData("- name: Jens Stoltenberg\n  kind: person\n  description: [a]\n", 3, 16)] // description a list
    [InlineData("- name: Jens Stoltenberg\n  kind: person\n  roles:\n    - title: Chief\n      from: soon\n", 5, 13)] // not a year
    [InlineData("- name: Jens Stoltenberg\n  kind: person\n  roles:\n    - Chief 2024–2014\n", 4, 7)] // ends before it starts
    [InlineData("- name: Jens Stoltenberg\n  kind: person\n  roles:\n    - from: 2014\n", 4, 7)] // role without a title
    public void PUB016_an_entry_with_an_error_is_left_out(string entry, int line, int column)
    {
        var result = Read(entry + "- name: Brussels\n  kind: place\n");
        var diagnostic = Assert.Single(result.Diagnostics);
        AssertAt(diagnostic, "PUB016", line);
        Assert.Equal(column, diagnostic.Source.Column);
        Assert.Equal("Brussels", Assert.Single(result.Registry.Entities).Name);
    }

    [Fact]
    public void PUB017_unknown_kind_is_reported_at_the_value_and_lists_the_kinds()
    {
        var result = Read("- name: Brussels\n  kind: place\n- name: Acme Corp\n  kind: company\n- name: Nobody\n");

        Assert.Collection(
            result.Diagnostics,
            unknown =>
            {
                AssertAt(unknown, "PUB017", 4);
                Assert.Equal(9, unknown.Source.Column);
                Assert.Contains("'company'", unknown.Message, StringComparison.Ordinal);
                Assert.Contains("person, organization (or organisation), place", unknown.Message, StringComparison.Ordinal);
            },
            missing =>
            {
                AssertAt(missing, "PUB017", 5);
                Assert.Contains("No 'kind:' for 'Nobody'", missing.Message, StringComparison.Ordinal);
            });
        Assert.Equal("Brussels", Assert.Single(result.Registry.Entities).Name);
    }

    [Fact]
    public void PUB018_the_later_entity_loses_a_contested_alias()
    {
        const string Text = """
            - name: Sergei Lavrov
              kind: person
              aliases: [Lavrov, Sergey Lavrov]
            - name: Sergei Lavrov Junior
              kind: person
              aliases: [LAVRÓV, Junior]
            - name: Lavrov Street
              kind: place
              aliases: sergei lavrov
            """;
        var result = Read(Text);

        Assert.Collection(
            result.Diagnostics,
            alias =>
            {
                AssertAt(alias, "PUB018", 6);
                Assert.Equal(13, alias.Source.Column);
                Assert.Contains("'LAVRÓV' is already an alias of 'Sergei Lavrov' (line 3)", alias.Message, StringComparison.Ordinal);
                Assert.Contains("removed from 'Sergei Lavrov Junior'", alias.Message, StringComparison.Ordinal);
            },
            name =>
            {
                AssertAt(name, "PUB018", 9);
                Assert.Contains("is the name of 'Sergei Lavrov' (line 1)", name.Message, StringComparison.Ordinal);
            });
        Assert.Equal(DiagnosticLevel.Warning, result.Diagnostics[0].Level);
        Assert.Equal(
            [["Lavrov", "Sergey Lavrov"], ["Junior"], []],
            result.Registry.Entities.Select(e => e.Aliases.ToArray()).ToArray());
    }

    [Fact]
    public void PUB018_an_alias_that_is_a_later_entitys_name_is_removed_because_names_win()
    {
        var result = Read("- name: North Atlantic Treaty Organization\n  kind: organization\n  aliases: [NATO, Brussels]\n- name: Brussels\n  kind: place\n");

        AssertAt(Assert.Single(result.Diagnostics), "PUB018", 3);
        Assert.Equal(["NATO"], result.Registry.Entities[0].Aliases.ToArray());
    }

    [Fact]
    public void PUB019_a_second_entry_with_the_same_id_is_left_out()
    {
        var result = Read("- name: Georgia\n  kind: place\n- name: Georgia\n  kind: person\n- name: Tbilisi\n  kind: place\n  id: georgia\n");

        Assert.Collection(
            result.Diagnostics,
            byName =>
            {
                AssertAt(byName, "PUB019", 3);
                Assert.Contains("'georgia' is already used by 'Georgia' (line 1)", byName.Message, StringComparison.Ordinal);
            },
            byId =>
            {
                AssertAt(byId, "PUB019", 7);
                Assert.Equal(7, byId.Source.Column);
            });
        var kept = Assert.Single(result.Registry.Entities);
        Assert.Equal(EntityKind.Place, kept.Kind);
    }

    [Fact]
    public void PUB020_unknown_keys_are_ignored_with_a_suggestion()
    {
        var result = Read("entities:\n  - name: Jens Stoltenberg\n    kind: person\n    alias: Stoltenberg\n    roles:\n      - titel: Chief\n        title: Chief\nversion: 2\n");

        Assert.Collection(
            result.Diagnostics,
            entry =>
            {
                AssertAt(entry, "PUB020", 4);
                Assert.Equal(5, entry.Source.Column);
                Assert.Contains("did you mean 'aliases'?", entry.Message, StringComparison.Ordinal);
            },
            role =>
            {
                AssertAt(role, "PUB020", 6);
                Assert.Contains("did you mean 'title'?", role.Message, StringComparison.Ordinal);
            },
            top => AssertAt(top, "PUB020", 8));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticLevel.Warning, d.Level));
        var kept = Assert.Single(result.Registry.Entities);
        Assert.Empty(kept.Aliases);
        Assert.Equal([new EntityRole("Chief", null, null)], kept.Roles.ToArray());
    }

    [Fact]
    public void Every_problem_of_an_entry_is_reported_and_the_other_entries_are_kept()
    {
        const string Text = """
            - name: Jens Stoltenberg
              kind: person
            - kind: persn
              roles: [{title: Chief, from: later}]
            - 42
            - name: Brussels
              kind: place
            """;
        var result = Read(Text);

        Assert.Equal(
            [("PUB016", 3), ("PUB017", 3), ("PUB016", 4), ("PUB016", 5)],
            result.Diagnostics.Select(d => (d.Id, d.Source.Line)).ToArray());
        Assert.Equal(["Jens Stoltenberg", "Brussels"], result.Registry.Entities.Select(e => e.Name));
    }

    [Theory]
    [InlineData("- name: x\n  kind: person\n  roles: [[1]]\n")]
    [InlineData("- - - a\n")]
    [InlineData("entities:\n  entities: []\n")]
    [InlineData("- {}\n")]
    [InlineData("- name: x\n  kind: [person]\n")]
    [InlineData("- name: x\n  kind: person\n  roles:\n    - title: [a]\n      to: 99999\n")]
    [InlineData("\uFEFF- name: x\r\n  kind: person\r\n")]
    public void Odd_content_never_throws(string text)
    {
        var result = Read(text);
        Assert.All(result.Diagnostics, d => Assert.True(d.Source.Line >= 1, d.ToString()));
    }

    [Fact]
    public void The_repository_registry_reads_cleanly()
    {
        var text = File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "content", "entities.yml"));
        var result = Read(text);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["jens-stoltenberg", "north-atlantic-treaty-organization", "sergei-lavrov"], result.Registry.Entities.Select(e => e.Id));
        Assert.Equal([new EntityRole("Russian Foreign Minister", 2004, null)], result.Registry.Entities[2].Roles.ToArray());
    }

    [Fact]
    public void Reading_twice_gives_equal_results()
    {
        Assert.Equal(Read(Sequence), Read(Sequence));
        Assert.Equal(Read(Sequence).Registry, Read(Sequence).Registry);
    }

    private static RegistryReadResult Read(string text) => RegistryReader.Read(text, Path);

    private static void AssertAt(ContentDiagnostic diagnostic, string id, int line)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(line, diagnostic.Source.Line);
        Assert.Equal(Path, diagnostic.Path);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
    }
}
