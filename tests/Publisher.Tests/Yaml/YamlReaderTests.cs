using System.Diagnostics;
using System.Text;
using Publisher.Parsing.Yaml;

namespace Publisher.Tests.Yaml;

public sealed class YamlReaderTests
{
    private const int MaxDepth = 64;

    // ---- Block mappings -------------------------------------------------------------------------------------

    [Fact]
    public void Reads_a_flat_mapping_with_file_positions()
    {
        var mapping = Assert.IsType<YamlMapping>(Read("title: Hello\ndate: 2024-01-02\n"));

        Assert.Equal((1, 1), (mapping.Line, mapping.Column));
        Assert.Equal(2, mapping.Entries.Length);
        Assert.Equal("title", mapping.Entries[0].Key.Value);
        Assert.Equal((1, 1), (mapping.Entries[0].Key.Line, mapping.Entries[0].Key.Column));
        var title = Assert.IsType<YamlScalar>(mapping["title"]);
        Assert.Equal(("Hello", YamlScalarStyle.Plain, 1, 8), (title.Value, title.Style, title.Line, title.Column));
        var date = Assert.IsType<YamlScalar>(mapping["date"]);
        Assert.Equal(("2024-01-02", 2, 7), (date.Value, date.Line, date.Column));
    }

    [Fact]
    public void Indexer_finds_keys_by_ordinal_comparison_and_returns_null_when_missing()
    {
        var mapping = Assert.IsType<YamlMapping>(Read("Title: a\ntitle: b\n"));

        Assert.Equal("a", Text(mapping["Title"]));
        Assert.Equal("b", Text(mapping["title"]));
        Assert.Null(mapping["TITLE"]);
        Assert.Null(new YamlMapping(default, 1, 1)["x"]);
    }

    [Fact]
    public void Nests_mappings_by_indentation()
    {
        var root = Read("a: 1\nb:\n  c: 2\n  d:\n    e: 3\nf: 4\n");

        Assert.Equal("{a: 1, b: {c: 2, d: {e: 3}}, f: 4}", Dump(root));
        var b = Assert.IsType<YamlMapping>(((YamlMapping)root)["b"]);
        Assert.Equal((3, 3), (b.Line, b.Column));
    }

    [Fact]
    public void Accepts_a_mapping_indented_as_a_whole()
    {
        Assert.Equal("{a: 1, b: 2}", Dump(Read("  a: 1\n  b: 2\n")));
    }

    [Fact]
    public void Reads_quoted_keys()
    {
        var mapping = Assert.IsType<YamlMapping>(Read("\"quoted key\": v\n'single': w\n\"\": empty key\n"));

        Assert.Equal(YamlScalarStyle.DoubleQuoted, mapping.Entries[0].Key.Style);
        Assert.Equal("quoted key", mapping.Entries[0].Key.Value);
        Assert.Equal(YamlScalarStyle.SingleQuoted, mapping.Entries[1].Key.Style);
        Assert.Equal("empty key", Text(mapping[string.Empty]));
    }

    [Fact]
    public void An_empty_value_is_an_empty_plain_scalar_just_after_the_colon()
    {
        var mapping = Assert.IsType<YamlMapping>(Read("empty:\nspaces:   \ncomment: # nothing\n  # still nothing\nnext: 1\nlast:"));

        foreach (var key in new[] { "empty", "spaces", "comment", "last" })
        {
            var value = Assert.IsType<YamlScalar>(mapping[key]);
            Assert.Equal((string.Empty, YamlScalarStyle.Plain), (value.Value, value.Style));
        }

        var empty = (YamlScalar)mapping["empty"]!;
        Assert.Equal((1, 7), (empty.Line, empty.Column));
        Assert.Equal("1", Text(mapping["next"]));
    }

    [Fact]
    public void Keeps_every_value_as_text_with_its_style()
    {
        var mapping = Assert.IsType<YamlMapping>(Read("a: ~\nb: null\nc: \"null\"\nd: true\ne: 1.50\nf: 2024-01-31\n"));

        Assert.Equal(("~", YamlScalarStyle.Plain), Styled(mapping["a"]));
        Assert.Equal(("null", YamlScalarStyle.Plain), Styled(mapping["b"]));
        Assert.Equal(("null", YamlScalarStyle.DoubleQuoted), Styled(mapping["c"]));
        Assert.Equal(("true", YamlScalarStyle.Plain), Styled(mapping["d"]));
        Assert.Equal(("1.50", YamlScalarStyle.Plain), Styled(mapping["e"]));
        Assert.Equal(("2024-01-31", YamlScalarStyle.Plain), Styled(mapping["f"]));
    }

    [Theory]
    [InlineData("url: http://x.org/a:b", "url", "http://x.org/a:b")]
    [InlineData("time: 10:30", "time", "10:30")]
    [InlineData("path: C:\\temp", "path", "C:\\temp")]
    [InlineData("a::b: c", "a::b", "c")]
    [InlineData("http://x: y", "http://x", "y")]
    public void Allows_colons_not_followed_by_a_space(string yaml, string key, string value)
    {
        Assert.Equal(value, Text(Assert.IsType<YamlMapping>(Read(yaml))[key]));
    }

    [Fact]
    public void A_key_that_ends_in_a_colon_is_read_up_to_the_colon_and_space()
    {
        Assert.Equal("{a:: b}", Dump(Read("a:: b")));
    }

    // ---- Block sequences ------------------------------------------------------------------------------------

    [Fact]
    public void Reads_a_block_sequence_with_positions()
    {
        var sequence = Assert.IsType<YamlSequence>(Read("- one\n- two # comment\n-   three\n"));

        Assert.Equal("[one, two, three]", Dump(sequence));
        Assert.Equal((1, 1), (sequence.Line, sequence.Column));
        var third = Assert.IsType<YamlScalar>(sequence.Items[2]);
        Assert.Equal((3, 5), (third.Line, third.Column));
    }

    [Fact]
    public void Reads_mappings_inside_a_sequence()
    {
        var root = Read("people:\n  - name: X\n    kind: person\n  - name: Y\n    kind: org\n");

        Assert.Equal("{people: [{name: X, kind: person}, {name: Y, kind: org}]}", Dump(root));
        var people = Assert.IsType<YamlSequence>(((YamlMapping)root)["people"]);
        var first = Assert.IsType<YamlMapping>(people.Items[0]);
        Assert.Equal((2, 5), (first.Line, first.Column));
    }

    [Fact]
    public void Reads_a_sequence_at_the_same_indentation_as_its_key()
    {
        Assert.Equal("{aliases: [A, B], next: 1}", Dump(Read("aliases:\n- A\n- B\nnext: 1\n")));
        Assert.Equal("[{a: [x], c: 3}]", Dump(Read("- a:\n  - x\n  c: 3\n")));
    }

    [Fact]
    public void Reads_nested_sequences()
    {
        Assert.Equal("[[a, b], [c]]", Dump(Read("- - a\n  - b\n- - c\n")));
        Assert.Equal("{a: [x, [y]]}", Dump(Read("a:\n  - x\n  -\n    - y\n")));
    }

    [Fact]
    public void Reads_empty_items_and_items_on_the_next_line()
    {
        var sequence = Assert.IsType<YamlSequence>(Read("- a\n-\n- # comment\n-\n  k: v\n"));

        Assert.Equal("[a, , , {k: v}]", Dump(sequence));
        var empty = Assert.IsType<YamlScalar>(sequence.Items[1]);
        Assert.Equal((string.Empty, 2, 2), (empty.Value, empty.Line, empty.Column));
    }

    [Fact]
    public void Reads_an_entity_registry()
    {
        const string yaml = """
            # Entities mentioned in articles.
            entities:
              - name: Vladimir Putin
                kind: person
                aliases: [Putin, "President Putin"]
              - name: Kremlin
                kind: place
                aliases:
                - The Kremlin
                - 'Moscow''s Kremlin'
                note: >-
                  Seat of the
                  Russian government.
            """;

        Assert.Equal(
            "{entities: [{name: Vladimir Putin, kind: person, aliases: [Putin, President Putin]}, "
            + "{name: Kremlin, kind: place, aliases: [The Kremlin, Moscow's Kremlin], note: Seat of the Russian government.}]}",
            Dump(Read(yaml)));
    }

    // ---- Flow collections -----------------------------------------------------------------------------------

    [Fact]
    public void Reads_a_flow_sequence_with_quoted_items()
    {
        var mapping = Assert.IsType<YamlMapping>(Read("tags: [a, \"b, c\", 'd']"));
        var tags = Assert.IsType<YamlSequence>(mapping["tags"]);

        Assert.Equal((1, 7), (tags.Line, tags.Column));
        Assert.Equal(
            new[] { ("a", YamlScalarStyle.Plain), ("b, c", YamlScalarStyle.DoubleQuoted), ("d", YamlScalarStyle.SingleQuoted) },
            tags.Items.Select(Styled).ToArray());
        var second = Assert.IsType<YamlScalar>(tags.Items[1]);
        Assert.Equal((1, 11), (second.Line, second.Column));
    }

    [Fact]
    public void Reads_a_flow_mapping()
    {
        var root = Read("m: {a: 1, b: two, url: http://x/y}");

        Assert.Equal("{m: {a: 1, b: two, url: http://x/y}}", Dump(root));
        var inner = Assert.IsType<YamlMapping>(((YamlMapping)root)["m"]);
        Assert.Equal((1, 4), (inner.Line, inner.Column));
    }

    [Theory]
    [InlineData("a: {x: [1, 2], y: {z: w}}", "{a: {x: [1, 2], y: {z: w}}}")]
    [InlineData("a: [[1, 2], [3], {k: v}]", "{a: [[1, 2], [3], {k: v}]}")]
    [InlineData("a: [1, 2, ]", "{a: [1, 2]}")]
    [InlineData("a: []\nb: {}", "{a: [], b: {}}")]
    [InlineData("a: {x: , y: 2, z:}", "{a: {x: , y: 2, z: }}")]
    [InlineData("a: {\"q\":1, 'r': 2}", "{a: {q: 1, r: 2}}")]
    [InlineData("[a, b]", "[a, b]")]
    [InlineData("- [a, b]\n- {c: d}", "[[a, b], {c: d}]")]
    [InlineData("a: [x y , -z, a#b]", "{a: [x y, -z, a#b]}")]
    public void Reads_nested_and_edge_case_flow_collections(string yaml, string expected)
    {
        Assert.Equal(expected, Dump(Read(yaml)));
    }

    [Fact]
    public void Reads_a_flow_collection_spread_over_lines_with_comments()
    {
        const string yaml = "tags: [\n  one,  # first\n  \"two\",\n\n  three,\n]\nnext: {\n  a: 1,\n  b: 2 }\n";

        Assert.Equal("{tags: [one, two, three], next: {a: 1, b: 2}}", Dump(Read(yaml)));
    }

    // ---- Scalars --------------------------------------------------------------------------------------------

    [Fact]
    public void Trims_plain_scalars_and_strips_comments()
    {
        var mapping = Assert.IsType<YamlMapping>(Read("a: x y   \nb: value # comment\nc: a#b\nd: 'q' # c\ne: \"q\"\t# c\n"));

        Assert.Equal("x y", Text(mapping["a"]));
        Assert.Equal("value", Text(mapping["b"]));
        Assert.Equal("a#b", Text(mapping["c"]));
        Assert.Equal("q", Text(mapping["d"]));
        Assert.Equal("q", Text(mapping["e"]));
    }

    [Fact]
    public void Folds_multi_line_plain_scalars_with_single_spaces()
    {
        var mapping = Assert.IsType<YamlMapping>(Read("title: a long\n    folded   \n  plain\n\n  with para\nnext: 1\n"));

        Assert.Equal("a long folded plain\nwith para", Text(mapping["title"]));
        Assert.Equal("1", Text(mapping["next"]));
    }

    [Fact]
    public void Folds_a_plain_scalar_that_starts_on_the_line_after_its_key()
    {
        Assert.Equal("{k: some text more text, n: 1}", Dump(Read("k:\n  some text\n  more text\nn: 1\n")));
        Assert.Equal("[a b]", Dump(Read("- a\n  b\n")));
    }

    [Fact]
    public void A_plain_scalar_alone_is_the_whole_document()
    {
        var scalar = Assert.IsType<YamlScalar>(Read("hello world\n"));

        Assert.Equal(("hello world", YamlScalarStyle.Plain, 1, 1), (scalar.Value, scalar.Style, scalar.Line, scalar.Column));
        Assert.Equal("key value", Text(Read("key value")));
        Assert.Equal("hello world", Text(Read("hello\nworld")));
    }

    [Fact]
    public void Reads_single_quoted_scalars()
    {
        var mapping = Assert.IsType<YamlMapping>(Read("a: 'it''s'\nb: 'no \\n escapes'\nc: ''\nd: 'multi\n  line\n\n  para'\n"));

        Assert.Equal("it's", Text(mapping["a"]));
        Assert.Equal("no \\n escapes", Text(mapping["b"]));
        Assert.Equal(string.Empty, Text(mapping["c"]));
        Assert.Equal("multi line\npara", Text(mapping["d"]));
    }

    [Theory]
    [InlineData("\\\"", "\"")]
    [InlineData("\\\\", "\\")]
    [InlineData("\\/", "/")]
    [InlineData("\\n", "\n")]
    [InlineData("\\t", "\t")]
    [InlineData("\\r", "\r")]
    [InlineData("\\0", "\0")]
    [InlineData("\\ ", " ")]
    [InlineData("\\e", "\u001B")]
    [InlineData("\\_", "\u00A0")]
    [InlineData("\\N", "\u0085")]
    [InlineData("\\L", "\u2028")]
    [InlineData("\\P", "\u2029")]
    [InlineData("\\x41", "A")]
    [InlineData("\\u00e9", "é")]
    [InlineData("\\u4E2D", "中")]
    [InlineData("\\U0001F600", "😀")]
    [InlineData("a\\tb\\\\c\\\"d", "a\tb\\c\"d")]
    public void Decodes_double_quoted_escapes(string escaped, string expected)
    {
        var scalar = Assert.IsType<YamlScalar>(Assert.IsType<YamlMapping>(Read("k: \"" + escaped + "\""))["k"]);

        Assert.Equal((expected, YamlScalarStyle.DoubleQuoted), (scalar.Value, scalar.Style));
    }

    [Fact]
    public void Folds_multi_line_double_quoted_scalars()
    {
        var mapping = Assert.IsType<YamlMapping>(Read("a: \"line one   \n    line two\n\n  para\"\nb: \"joined\\\n   here\"\nc: \"kept\\t\n  x\"\n"));

        Assert.Equal("line one line two\npara", Text(mapping["a"]));
        Assert.Equal("joinedhere", Text(mapping["b"]));
        Assert.Equal("kept\t x", Text(mapping["c"]));
    }

    [Fact]
    public void Reads_literal_block_scalars_with_each_chomping()
    {
        var mapping = Assert.IsType<YamlMapping>(Read("clip: |\n  line1\n   indented\n\n  line4\n\nstrip: |-\n  a\n\nkeep: |+\n  a\n\n\nlast: x\n"));

        Assert.Equal(("line1\n indented\n\nline4\n", YamlScalarStyle.Literal), Styled(mapping["clip"]));
        Assert.Equal("a", Text(mapping["strip"]));
        Assert.Equal("a\n\n\n", Text(mapping["keep"]));
        Assert.Equal("x", Text(mapping["last"]));
        var clip = (YamlScalar)mapping["clip"]!;
        Assert.Equal((1, 7), (clip.Line, clip.Column));
    }

    [Fact]
    public void Reads_folded_block_scalars()
    {
        var mapping = Assert.IsType<YamlMapping>(Read("text: >\n  folded\n  text\n\n  para\n    more indented\n  back\nstrip: >-\n  a\n  b\n"));

        Assert.Equal(("folded text\npara\n  more indented\nback\n", YamlScalarStyle.Folded), Styled(mapping["text"]));
        Assert.Equal("a b", Text(mapping["strip"]));
    }

    [Fact]
    public void Block_scalars_keep_comments_and_colons_as_text()
    {
        Assert.Equal("# not a comment\nkey: value\n", Text(((YamlMapping)Read("k: |\n  # not a comment\n  key: value\n"))["k"]));
    }

    [Fact]
    public void Block_scalars_honour_an_explicit_indentation_indicator()
    {
        Assert.Equal(" x\ny\n", Text(((YamlMapping)Read("a: |2\n   x\n  y\n"))["a"]));
        Assert.Equal(" x", Text(((YamlMapping)Read("a: >-1\n  x\n"))["a"]));
    }

    [Fact]
    public void A_block_scalar_does_not_invent_a_final_line_break()
    {
        Assert.Equal("a\nb", Text(((YamlMapping)Read("k: |\n  a\n  b"))["k"]));
        Assert.Equal(string.Empty, Text(((YamlMapping)Read("k: |\nn: 1"))["k"]));
    }

    // ---- Documents ------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("   \n\t\n")]
    [InlineData("# only a comment")]
    [InlineData("# one\n  # two\n\n")]
    [InlineData("---\n# comment\n")]
    public void An_empty_or_comment_only_document_has_neither_root_nor_error(string yaml)
    {
        var result = YamlReader.Read(yaml);

        Assert.Null(result.Root);
        Assert.Null(result.Error);
    }

    [Fact]
    public void Accepts_one_leading_document_start_and_one_trailing_document_end()
    {
        Assert.Equal("{a: 1}", Dump(Read("# c\n--- # start\na: 1\n... # end\n# c\n")));
    }

    [Fact]
    public void First_line_offsets_every_position()
    {
        var mapping = Assert.IsType<YamlMapping>(Read("title: x\ntags:\n  - a\n", firstLine: 2));

        Assert.Equal(2, mapping.Line);
        Assert.Equal(2, mapping.Entries[0].Key.Line);
        var tag = Assert.IsType<YamlScalar>(Assert.IsType<YamlSequence>(mapping["tags"]).Items[0]);
        Assert.Equal((4, 5), (tag.Line, tag.Column));

        AssertError("a: 1\na: 2\n", 6, 1, "duplicate key 'a' (first defined on line 5)", firstLine: 5);
    }

    [Fact]
    public void Treats_crlf_and_lone_cr_as_line_ends()
    {
        const string lf = "title: Hello\nbody: |\n  one\n  two\ntags:\n  - a\n  - \"b\"\n";

        Assert.Equal(Dump(Read(lf)), Dump(Read(lf.Replace("\n", "\r\n"))));
        Assert.Equal(Dump(Read(lf)), Dump(Read(lf.Replace("\n", "\r"))));
        Assert.Equal("one\ntwo\n", Text(((YamlMapping)Read(lf.Replace("\n", "\r\n")))["body"]));

        var tags = Assert.IsType<YamlSequence>(((YamlMapping)Read(lf.Replace("\n", "\r\n")))["tags"]);
        var b = Assert.IsType<YamlScalar>(tags.Items[1]);
        Assert.Equal((7, 5), (b.Line, b.Column));

        AssertError("a: 1\r\nb: 2\r\na: 3\r\n", 3, 1, "duplicate key 'a'");
        AssertError("a: 1\rb: 'x\r", 2, 4, "unterminated single-quoted");
    }

    [Fact]
    public void Keeps_non_ascii_text_and_counts_columns_in_utf16_units()
    {
        var mapping = Assert.IsType<YamlMapping>(Read("titre: Café été\n中文: 你好\nemoji: \"😀 ok\"\nmix: [é, 中, 😀]\n"));

        Assert.Equal("Café été", Text(mapping["titre"]));
        Assert.Equal("你好", Text(mapping["中文"]));
        Assert.Equal("😀 ok", Text(mapping["emoji"]));
        Assert.Equal("[é, 中, 😀]", Dump(mapping["mix"]!));
        var chinese = Assert.IsType<YamlScalar>(mapping["中文"]);
        Assert.Equal((2, 5), (chinese.Line, chinese.Column));

        // "title: 中文 😀" is 12 UTF-16 units (the emoji takes two), so the colon after it is column 13.
        AssertError("title: 中文 😀: x\n", 1, 13, "put the whole value in quotes");
    }

    [Fact]
    public void Skips_a_byte_order_mark_without_shifting_columns()
    {
        var mapping = Assert.IsType<YamlMapping>(Read("\uFEFFa: b"));

        Assert.Equal("a", mapping.Entries[0].Key.Value);
        Assert.Equal(1, mapping.Entries[0].Key.Column);
    }

    [Fact]
    public void Reads_a_five_thousand_item_sequence_quickly()
    {
        var builder = new StringBuilder("items:\n");
        for (var i = 0; i < 5000; i++)
        {
            builder.Append("  - item ").Append(i).Append('\n');
        }

        var stopwatch = Stopwatch.StartNew();
        var items = Assert.IsType<YamlSequence>(((YamlMapping)Read(builder.ToString()))["items"]);
        stopwatch.Stop();

        Assert.Equal(5000, items.Items.Length);
        var last = Assert.IsType<YamlScalar>(items.Items[4999]);
        Assert.Equal(("item 4999", 5001, 5), (last.Value, last.Line, last.Column));
        Assert.True(stopwatch.ElapsedMilliseconds < 2000, $"took {stopwatch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Finds_duplicates_in_a_large_mapping()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            builder.Append("key").Append(i).Append(": v\n");
        }

        Assert.Equal(2000, Assert.IsType<YamlMapping>(Read(builder.ToString())).Entries.Length);

        builder.Append("key1234: again\n");
        AssertError(builder.ToString(), 2001, 1, "duplicate key 'key1234' (first defined on line 1235)");
    }

    // ---- Errors ---------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("a: 1\n\tb: 2\n", 2, 1)]
    [InlineData("a:\n\t- x\n", 2, 1)]
    [InlineData("a:\n  \tb: 1\n", 2, 3)]
    [InlineData("\ta: 1\n", 1, 1)]
    [InlineData("- a\n\t- b\n", 2, 1)]
    public void Rejects_tabs_used_for_indentation(string yaml, int line, int column)
    {
        AssertError(yaml, line, column, "tab character used for indentation");
    }

    [Fact]
    public void Allows_tabs_that_are_not_indentation()
    {
        Assert.Equal("{a: x\ty, b: v}", Dump(Read("a: x\ty\t# c\nb:\tv\n\t# tab-indented comment\n")));
    }

    [Theory]
    [InlineData("a: \"x\"\n  b: 2\n", 2, 3, "unexpected indentation")]
    [InlineData("a: 1 # done\n  more\n", 2, 3, "unexpected indentation")]
    [InlineData("- [a]\n  - b\n", 2, 3, "unexpected indentation")]
    [InlineData("a:\n    b: 1\n  c: 2\n", 3, 3, "inconsistent indentation: this line starts at column 3, but the key on line 2 starts at column 5")]
    [InlineData("  a: 1\nb: 2\n", 2, 1, "inconsistent indentation")]
    [InlineData("- a: 1\n b: 2\n", 2, 2, "inconsistent indentation")]
    public void Rejects_unexpected_and_inconsistent_indentation(string yaml, int line, int column, string message)
    {
        AssertError(yaml, line, column, message);
    }

    [Fact]
    public void Rejects_duplicate_keys_naming_the_first_definition()
    {
        AssertError("a: 1\nb: 2\ndate: x\ndate: y\n", 4, 1, "duplicate key 'date' (first defined on line 3)");
        AssertError("outer:\n  k: 1\n  \"k\": 2\n", 3, 3, "duplicate key 'k' (first defined on line 2)");
        AssertError("m: {a: 1, b: 2, a: 3}\n", 1, 17, "duplicate key 'a' (first defined on line 1)");
        Assert.Equal("{a: {k: 1}, b: {k: 2}}", Dump(Read("a:\n  k: 1\nb:\n  k: 2\n")));
    }

    [Theory]
    [InlineData("t: \"abc\n", 1, 4, "unterminated double-quoted value")]
    [InlineData("t: \"abc\nd: 1\n", 1, 4, "unterminated double-quoted value")]
    [InlineData("t: 'abc\n", 1, 4, "unterminated single-quoted value")]
    [InlineData("a: 1\nt: 'it''s\n", 2, 4, "unterminated single-quoted value")]
    [InlineData("- \"x\\\"", 1, 3, "unterminated double-quoted value")]
    [InlineData("\"abc", 1, 1, "unterminated double-quoted value")]
    public void Rejects_unterminated_quoted_scalars_at_the_opening_quote(string yaml, int line, int column, string message)
    {
        AssertError(yaml, line, column, message);
    }

    [Theory]
    [InlineData("t: [a, b\n", 1, 4, "unterminated list")]
    [InlineData("t: [a, b\nd: 1\n", 1, 4, "unterminated list")]
    [InlineData("t: {a: 1\n", 1, 4, "unterminated mapping")]
    [InlineData("t: [a, {b: 1}\nn: 2", 1, 4, "unterminated list")]
    [InlineData("t: [a, {b: 1\n", 1, 8, "unterminated mapping")]
    [InlineData("[", 1, 1, "unterminated list")]
    public void Rejects_unterminated_flow_collections_at_the_opening_bracket(string yaml, int line, int column, string message)
    {
        AssertError(yaml, line, column, message);
    }

    [Theory]
    [InlineData("a: 1\nhello\n", 2, 1, "expected 'key: value' but found 'hello'")]
    [InlineData("a: 1\nkey value\n", 2, 1, "expected 'key: value' but found 'key value'")]
    [InlineData("title Foo\ndate: 2020\n", 1, 1, "expected 'key: value' but found 'title Foo'")]
    [InlineData("a:\n  b\n  c: d\n", 2, 3, "expected 'key: value' but found 'b'")]
    [InlineData("a:\n  b: 1\n  hello\n", 3, 3, "expected 'key: value' but found 'hello'")]
    [InlineData("a: 1\n- b\n", 2, 1, "expected 'key: value' but found a list item")]
    [InlineData("- a\nb: c\n", 2, 1, "expected a list item '- …'")]
    [InlineData("a:\n  - x\n  y: 1\n", 3, 3, "expected a list item '- …'")]
    [InlineData(": x\n", 1, 1, "missing key before ':'")]
    [InlineData("a: 1\n: x\n", 2, 1, "missing key before ':'")]
    public void Rejects_lines_that_are_not_entries_of_their_collection(string yaml, int line, int column, string message)
    {
        AssertError(yaml, line, column, message);
    }

    [Theory]
    [InlineData("a: &x 1\n", 1, 4, "anchors ('&x') are not supported")]
    [InlineData("&x a: 1\n", 1, 1, "anchors ('&x') are not supported")]
    [InlineData("a: 1\n&x b: 2\n", 2, 1, "anchors ('&x') are not supported")]
    [InlineData("a: *x\n", 1, 4, "aliases ('*x') are not supported")]
    [InlineData("- *x\n", 1, 3, "aliases ('*x') are not supported")]
    [InlineData("a: [*x]\n", 1, 5, "aliases ('*x') are not supported")]
    [InlineData("a: !!str 1\n", 1, 4, "tags ('!!str') are not supported")]
    [InlineData("a: {k: !t v}\n", 1, 8, "tags ('!t') are not supported")]
    [InlineData("a: 1\n---\nb: 2\n", 2, 1, "multiple documents are not supported")]
    [InlineData("---\na: 1\n---\n", 3, 1, "multiple documents are not supported")]
    [InlineData("a: 1\n...\nb: 2\n", 3, 1, "multiple documents are not supported")]
    [InlineData("k: |\n  x\n---\n", 3, 1, "multiple documents are not supported")]
    [InlineData("%YAML 1.2\n---\na: 1\n", 1, 1, "directives such as '%YAML' are not supported")]
    [InlineData("? a\n: b\n", 1, 1, "complex keys ('? key') are not supported")]
    [InlineData("--- a: 1\n", 1, 5, "a value on the same line as '---' is not supported")]
    public void Rejects_unsupported_features_by_name(string yaml, int line, int column, string message)
    {
        AssertError(yaml, line, column, message);
    }

    [Theory]
    [InlineData("a: \"\\q\"", 1, 5, "invalid escape '\\q'")]
    [InlineData("a: \"ok\\\n  \\z\"", 2, 3, "invalid escape '\\z'")]
    [InlineData("a: \"\\x4\"", 1, 5, "'\\x' must be followed by 2 hexadecimal digits")]
    [InlineData("a: \"\\u12\"", 1, 5, "'\\u' must be followed by 4 hexadecimal digits")]
    [InlineData("a: \"\\u12G4\"", 1, 5, "'\\u' must be followed by 4 hexadecimal digits")]
    [InlineData("a: \"\\UFFFFFFFF\"", 1, 5, "'\\UFFFFFFFF' is not a Unicode character")]
    [InlineData("a: \"\\", 1, 4, "unterminated double-quoted value")]
    public void Rejects_invalid_escapes_at_the_backslash(string yaml, int line, int column, string message)
    {
        AssertError(yaml, line, column, message);
    }

    [Fact]
    public void Rejects_a_colon_and_space_inside_a_plain_value_and_suggests_quotes()
    {
        var error = AssertError("title: Russia: no basis\n", 1, 14, "put the whole value in quotes");

        Assert.Contains("\"Russia: no basis\"", error.Message, StringComparison.Ordinal);
        AssertError("a: x:\n", 1, 5, "quotes");
        AssertError("- name: A: B # c\n", 1, 10, "\"A: B\"");
        AssertError("a: b\n  c: d\n", 2, 4, "continues the value above");
    }

    [Theory]
    [InlineData("a: - b\n", 1, 4, "a list cannot start on the same line as its key")]
    [InlineData("a: \"x\" y\n", 1, 8, "unexpected text 'y' after the value")]
    [InlineData("a: \"x\"# c\n", 1, 7, "unexpected text '# c' after the value")]
    [InlineData("a: [x] y\n", 1, 8, "unexpected text 'y' after the value")]
    [InlineData("a: 'x': y\n", 1, 7, "unexpected ':' after the closing quote")]
    [InlineData("[a]: b\n", 1, 4, "a list or mapping cannot be used as a key")]
    [InlineData("a: %x\n", 1, 4, "a value cannot start with '%'")]
    [InlineData("a: @x\n", 1, 4, "a value cannot start with '@'")]
    [InlineData("a: ]\n", 1, 4, "a value cannot start with ']'")]
    [InlineData("a: |x\n  t\n", 1, 5, "unexpected text after '|'")]
    [InlineData("a: >0\n  t\n", 1, 5, "unexpected text after '>'")]
    [InlineData("a: |\n    \n  t\n", 2, 1, "this blank line has 4 spaces, more than the 2")]
    [InlineData("\"a\"\nb: c\n", 2, 1, "unexpected text: the document's value on line 1 is already complete")]
    public void Rejects_malformed_block_values(string yaml, int line, int column, string message)
    {
        AssertError(yaml, line, column, message);
    }

    [Theory]
    [InlineData("a: [a,,b]", 1, 7, "unexpected ','")]
    [InlineData("a: [,a]", 1, 5, "unexpected ','")]
    [InlineData("a: [a}", 1, 6, "found '}' but the '[' on line 1, column 4 is still open")]
    [InlineData("a: [a b c d]", 1, 5, null)]
    [InlineData("a: [a\n  b]", 2, 3, "expected ',' or ']'")]
    [InlineData("a: [b: c]", 1, 6, "'key: value' pairs are not supported inside '[ ]'")]
    [InlineData("a: {b: c: d}", 1, 9, "a value inside '{ }' cannot contain ': '")]
    [InlineData("a: {x:1}", 1, 8, "expected ':' after the key 'x:1' (put a space after the colon)")]
    [InlineData("a: {b}", 1, 6, "expected ':' after the key 'b'")]
    [InlineData("a: {[x]: 1}", 1, 5, "a list or mapping cannot be used as a key")]
    [InlineData("a: [- x]", 1, 5, "'-' cannot start a value here")]
    [InlineData("a: [|]", 1, 5, "'|' cannot start a value here")]
    public void Rejects_malformed_flow_collections(string yaml, int line, int column, string? message)
    {
        if (message is null)
        {
            // Spaces inside plain text are fine: this is the single item "a b c d".
            Assert.Equal("{a: [a b c d]}", Dump(Read(yaml)));
            return;
        }

        AssertError(yaml, line, column, message);
    }

    [Fact]
    public void Reports_the_first_error_in_the_document()
    {
        AssertError("a: 1\na: 2\nb: \"unterminated\n\tc: 3\n", 2, 1, "duplicate key 'a'");
        AssertError("a: \"\\q\"\nb: [\n", 1, 5, "invalid escape");
    }

    // ---- Limits and robustness ------------------------------------------------------------------------------

    [Fact]
    public void Accepts_nesting_up_to_the_limit()
    {
        var flow = new string('[', MaxDepth) + "x" + new string(']', MaxDepth);
        var node = Read(flow);
        for (var depth = 1; depth < MaxDepth; depth++)
        {
            node = Assert.Single(Assert.IsType<YamlSequence>(node).Items);
        }

        Assert.Equal("[x]", Dump(node));
    }

    [Fact]
    public void Rejects_deeply_nested_flow_collections_without_overflowing_the_stack()
    {
        var yaml = new string('[', 200) + new string(']', 200);

        AssertError(yaml, 1, 65, "nested too deeply (more than 64 levels");
        
        // The mapping is the first level, so the 64th bracket (column 67) is the 65th level.
        AssertError("k: " + new string('[', 100), 1, 67, "nested too deeply");
        AssertError(new string('[', 1_000_000), 1, 65, "nested too deeply");
    }

    [Fact]
    public void Rejects_deeply_nested_block_collections()
    {
        // Each "- " opens a sequence two columns further right; the 65th starts at column 129.
        AssertError(string.Concat(Enumerable.Repeat("- ", 200)) + "x", 1, 129, "nested too deeply");

        var mapping = new StringBuilder();
        for (var i = 0; i < 100; i++)
        {
            mapping.Append(' ', i).Append('k').Append(i).Append(":\n");
        }

        AssertError(mapping.ToString(), 65, 65, "nested too deeply");

        var allowed = new StringBuilder();
        for (var i = 0; i < MaxDepth; i++)
        {
            allowed.Append(' ', i).Append("k:\n");
        }

        Assert.IsType<YamlMapping>(Read(allowed.ToString()));
    }

    [Fact]
    public void Never_throws_on_random_input()
    {
        const string alphabet = ":-[]{}'\"#|>&*!%@`?,.\\\t\n\r ab中😀";
        var random = new Random(20240131);
        var builder = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            builder.Clear();
            var length = random.Next(0, 48);
            for (var k = 0; k < length; k++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var text = builder.ToString();
            var result = YamlReader.Read(text, firstLine: 3);

            Assert.False(result.Root is not null && result.Error is not null, text);
            if (result.Error is { } error)
            {
                Assert.InRange(error.Line, 3, 3 + text.Length);
                Assert.InRange(error.Column, 1, text.Length + 1);
                Assert.False(string.IsNullOrWhiteSpace(error.Message));
            }
        }
    }

    [Fact]
    public void Never_throws_on_random_yaml_shaped_lines()
    {
        string[] pieces =
        [
            "a:", "b: c", "- ", "-", "  ", "    ", "\t", "'q", "\"d\\", "[x, ", "{k: ", "]", "}", "|", ">-", "|+2",
            "# c", " #", "---", "...", "&a ", "*a", "!t ", "? ", ": ", "\"\\u12", "'it''s'", "key value", "\n", "\n", "\r\n",
        ];
        var random = new Random(7);
        var builder = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            builder.Clear();
            var count = random.Next(0, 16);
            for (var k = 0; k < count; k++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            var result = YamlReader.Read(builder.ToString());

            Assert.False(result.Root is not null && result.Error is not null);
        }
    }

    // ---- Helpers --------------------------------------------------------------------------------------------

    private static YamlNode Read(string yaml, int firstLine = 1)
    {
        var result = YamlReader.Read(yaml, firstLine);
        Assert.True(result.Error is null, $"unexpected error: {result.Error}");
        return Assert.IsAssignableFrom<YamlNode>(result.Root);
    }

    private static YamlError AssertError(string yaml, int line, int column, string messagePart, int firstLine = 1)
    {
        var result = YamlReader.Read(yaml, firstLine);
        Assert.Null(result.Root);
        var error = Assert.IsType<YamlError>(result.Error);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
        return error;
    }

    private static string Text(YamlNode? node) => Assert.IsType<YamlScalar>(node).Value;

    private static (string Value, YamlScalarStyle Style) Styled(YamlNode? node)
    {
        var scalar = Assert.IsType<YamlScalar>(node);
        return (scalar.Value, scalar.Style);
    }

    /// <summary>A compact rendering of a tree, so structure reads at a glance in an assertion.</summary>
    private static string Dump(YamlNode node) => node switch
    {
        YamlScalar scalar => scalar.Value,
        YamlSequence sequence => "[" + string.Join(", ", sequence.Items.Select(Dump)) + "]",
        YamlMapping mapping => "{" + string.Join(", ", mapping.Entries.Select(e => e.Key.Value + ": " + Dump(e.Value))) + "}",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };
}
