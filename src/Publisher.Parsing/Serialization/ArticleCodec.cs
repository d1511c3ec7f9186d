using System.Collections.Immutable;
using Publisher.Parsing.Diagnostics;
using Publisher.Parsing.Model;

namespace Publisher.Parsing.Serialization;

/// <summary>
/// One compact text encoding of an article record, shared by the source generator (one literal per article instead
/// of thousands of constructor calls) and the publisher's parse cache (a rebuild decodes unchanged articles instead
/// of parsing them again). Decoding gives a record equal to the one encoded, field for field.
/// </summary>
/// <remarks>
/// The encoding is text so it can live in a C# UTF-8 literal: numbers are decimal and end with ',', strings are their
/// length, ':' and their characters, null is '~'. A version tag leads, so stale data is refused rather than misread.
/// </remarks>
public static class ArticleCodec
{
    /// <summary>Changes whenever the layout below changes.</summary>
    public const string Version = "A2|";

    public static string Encode(Article article)
    {
        var writer = new CodecWriter(Version);
        writer.String(article.Id);
        writer.String(article.Slug);
        writer.String(article.SourcePath);
        writer.Int((int)article.Format);
        writer.String(article.Title);
        writer.String(article.Standfirst);
        WritePublished(writer, article.Published);
        writer.String(article.Publisher);
        WriteDateline(writer, article.Dateline);
        writer.String(article.Language);
        writer.Strings(article.Authors);
        writer.Strings(article.Tags);
        writer.Array(article.Captions, static (w, c) =>
        {
            w.String(c.Text);
            w.String(c.Credit);
            w.Range(c.Source);
        });
        writer.Array(article.Body, static (w, b) =>
        {
            w.Int((int)b.Kind);
            w.String(b.Text);
            w.Range(b.Source);
            w.String(b.Html);
        });
        writer.Strings(article.Attributions);
        writer.Array(article.Quotes, static (w, q) =>
        {
            w.String(q.Text);
            w.Range(q.Source);
            w.String(q.Speaker);
            w.String(q.SpeakerEntityId);
        });
        writer.Array(article.Mentions, static (w, m) =>
        {
            w.String(m.Text);
            w.Range(m.Source);
            w.String(m.EntityId);
            w.String(m.Name);
            w.Int((int)m.Kind);
            w.Int((int)m.Form);
        });
        writer.String(article.MarkdownBody);
        writer.Array(article.Diagnostics, WriteDiagnostic);
        return writer.ToString();
    }

    /// <summary>Decodes what <see cref="Encode"/> wrote; throws <see cref="FormatException"/> on anything else.</summary>
    public static Article Decode(string encoded)
    {
        var reader = new CodecReader(encoded, Version);
        var article = new Article(
            Id: reader.RequiredString(),
            Slug: reader.RequiredString(),
            SourcePath: reader.RequiredString(),
            Format: (ArticleFormat)reader.Int(),
            Title: reader.RequiredString(),
            Standfirst: reader.String(),
            Published: ReadPublished(reader),
            Publisher: reader.String(),
            Dateline: ReadDateline(reader),
            Language: reader.String(),
            Authors: reader.Strings(),
            Tags: reader.Strings(),
            Captions: reader.Array(static r => new Caption(r.RequiredString(), r.String(), r.Range())),
            Body: reader.Array(static r => new BodyBlock((BodyBlockKind)r.Int(), r.RequiredString(), r.Range()) { Html = r.String() }),
            Attributions: reader.Strings(),
            Quotes: reader.Array(static r => new Quote(r.RequiredString(), r.Range(), r.String(), r.String())),
            Mentions: reader.Array(static r => new EntityMention(r.RequiredString(), r.Range(), r.RequiredString(), r.RequiredString(), (EntityKind)r.Int(), (MentionForm)r.Int())),
            MarkdownBody: reader.String(),
            Diagnostics: reader.Array(ReadDiagnostic));
        reader.End();
        return article;
    }

    /// <summary>Diagnostics alone, for files that gave no article (a parse cache keeps those too).</summary>
    public static string EncodeDiagnostics(ImmutableArray<ContentDiagnostic> diagnostics)
    {
        var writer = new CodecWriter(Version);
        writer.Array(diagnostics, WriteDiagnostic);
        return writer.ToString();
    }

    public static ImmutableArray<ContentDiagnostic> DecodeDiagnostics(string encoded)
    {
        var reader = new CodecReader(encoded, Version);
        var diagnostics = reader.Array(ReadDiagnostic);
        reader.End();
        return diagnostics;
    }

    private static void WritePublished(CodecWriter writer, PublicationDate? date)
    {
        writer.Present(date is not null);
        if (date is not null)
        {
            writer.Long(date.Date.Ticks);
            writer.Int((int)date.Date.Kind);
            writer.Int((int)date.Provenance);
            writer.String(date.Evidence);
            writer.Range(date.Source);
        }
    }

    private static PublicationDate? ReadPublished(CodecReader reader) => reader.Present()
        ? new PublicationDate(new DateTime(reader.Long(), (DateTimeKind)reader.Int()), (DateProvenance)reader.Int(), reader.RequiredString(), reader.Range())
        : null;

    private static void WriteDateline(CodecWriter writer, Dateline? dateline)
    {
        writer.Present(dateline is not null);
        if (dateline is not null)
        {
            writer.String(dateline.Place);
            writer.String(dateline.Agency);
            writer.Range(dateline.Source);
        }
    }

    private static Dateline? ReadDateline(CodecReader reader) => reader.Present()
        ? new Dateline(reader.RequiredString(), reader.String(), reader.Range())
        : null;

    private static void WriteDiagnostic(CodecWriter writer, ContentDiagnostic d)
    {
        writer.String(d.Id);
        writer.Int((int)d.Level);
        writer.String(d.Message);
        writer.String(d.Path);
        writer.Range(d.Source);
    }

    private static ContentDiagnostic ReadDiagnostic(CodecReader r) =>
        new(r.RequiredString(), (DiagnosticLevel)r.Int(), r.RequiredString(), r.RequiredString(), r.Range());
}
