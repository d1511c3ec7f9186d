using System.Collections.Immutable;
using System.Globalization;
using Publisher.Parsing.Catalog;
using Publisher.Parsing.Dates;
using Publisher.Parsing.Diagnostics;
using Publisher.Parsing.Model;
using Publisher.Parsing.Text;
using Publisher.Parsing.Yaml;

namespace Publisher.Parsing.FrontMatter;

/// <summary>Reads and checks the YAML of a front-matter block: known keys, value types and real dates.</summary>
public sealed class FrontMatterReader(string path, LineMap lines, List<ContentDiagnostic> diagnostics)
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-ddTHH:mmK", "yyyy-MM-dd HH:mm:ss K",
    ];

    public FrontMatterValues Read(FrontMatterBlock block)
    {
        if (block.Unterminated)
        {
            diagnostics.Add(DiagnosticCatalog.MalformedFrontMatter.Create(
                path, lines.At(1, 1), "the block opened with '---' on line 1 is never closed with a '---' line"));
        }

        var result = YamlReader.Read(block.Yaml, block.YamlFirstLine);
        if (result.Error is { } error)
        {
            diagnostics.Add(DiagnosticCatalog.MalformedFrontMatter.Create(
                path, lines.At(error.Line, error.Column), $"{error.Message} (line {error.Line}, column {error.Column})"));
            return FrontMatterValues.Empty;
        }

        if (result.Root is null)
        {
            return FrontMatterValues.Empty;
        }

        if (result.Root is not YamlMapping mapping)
        {
            diagnostics.Add(DiagnosticCatalog.MalformedFrontMatter.Create(
                path, lines.At(result.Root.Line, result.Root.Column), "it must be a list of 'key: value' lines, not a single value or a list"));
            return FrontMatterValues.Empty;
        }

        return ReadMapping(mapping);
    }

    private FrontMatterValues ReadMapping(YamlMapping mapping)
    {
        var values = FrontMatterValues.Empty;
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            if (!FrontMatterKeys.ByName.TryGetValue(key, out var field))
            {
                var suggestion = FrontMatterKeys.Suggest(key);
                diagnostics.Add(DiagnosticCatalog.UnknownFrontMatterKey.Create(
                    path,
                    lines.At(entry.Key.Line, entry.Key.Column),
                    key,
                    suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)",
                    FrontMatterKeys.KnownList));
                continue;
            }

            values = field switch
            {
                FrontMatterField.Title => values with { Title = Text(key, entry.Value), TitleSource = At(entry.Value) },
                FrontMatterField.Date => Date(key, entry.Value) is { } date
                    ? values with { Date = date }
                    : values with { DateInvalid = true },
                FrontMatterField.Publisher => values with { Publisher = Text(key, entry.Value) },
                FrontMatterField.Slug => values with { Slug = Text(key, entry.Value), SlugSource = At(entry.Value) },
                FrontMatterField.Standfirst => values with { Standfirst = Text(key, entry.Value) },
                FrontMatterField.Dateline => values with { Dateline = Text(key, entry.Value) },
                FrontMatterField.Language => values with { Language = Text(key, entry.Value) },
                FrontMatterField.Authors => values with { Authors = List(key, entry.Value) },
                FrontMatterField.Tags => values with { Tags = List(key, entry.Value) },
                _ => values,
            };
        }

        return values;
    }

    private string? Text(string key, YamlNode node)
    {
        if (node is YamlScalar scalar)
        {
            var value = TextCleaner.Clean(scalar.Value);
            return value.Length == 0 || (scalar.Style == YamlScalarStyle.Plain && IsNull(value)) ? null : value;
        }

        Invalid(key, node, "expected a single text value, not a list or a mapping");
        return null;
    }

    private ImmutableArray<string> List(string key, YamlNode node)
    {
        if (node is YamlScalar)
        {
            var single = Text(key, node);
            return single is null ? ImmutableArray<string>.Empty : ImmutableArray.Create(single);
        }

        if (node is YamlSequence sequence)
        {
            var items = ImmutableArray.CreateBuilder<string>();
            foreach (var item in sequence.Items)
            {
                var text = Text(key, item);
                if (text is not null)
                {
                    items.Add(text);
                }
            }

            return items.ToImmutable();
        }

        Invalid(key, node, "expected a list of text values");
        return ImmutableArray<string>.Empty;
    }

    private PublicationDate? Date(string key, YamlNode node)
    {
        if (node is not YamlScalar scalar)
        {
            Invalid(key, node, "expected a date such as 2016-02-05");
            return null;
        }

        var raw = scalar.Value.Trim();
        if (DateTime.TryParseExact(raw, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            var date = DateTime.SpecifyKind(parsed, DateTimeKind.Unspecified);
            return new PublicationDate(date, DateProvenance.FrontMatter, $"{key}: {raw}", At(node));
        }

        var written = DateText.FindFirst(raw);
        if (written is { } match && match.Index == 0 && match.Length == raw.Length)
        {
            return new PublicationDate(match.Date, DateProvenance.FrontMatter, $"{key}: {raw}", At(node));
        }

        Invalid(key, node, LooksLikeIsoDate(raw)
            ? $"'{raw}' is not a real calendar date"
            : $"'{raw}' is not a date; write it as YYYY-MM-DD, e.g. 2016-02-05");
        return null;
    }

    private static bool LooksLikeIsoDate(string raw) =>
        raw.Length >= 10 && char.IsDigit(raw[0]) && raw[4] == '-' && raw[7] == '-';

    private static bool IsNull(string value) => value is "~" or "null" or "Null" or "NULL";

    private void Invalid(string key, YamlNode node, string why) =>
        diagnostics.Add(DiagnosticCatalog.InvalidFrontMatterValue.Create(path, At(node), key, why));

    private SourceRange At(YamlNode node) => lines.At(node.Line, node.Column);
}
