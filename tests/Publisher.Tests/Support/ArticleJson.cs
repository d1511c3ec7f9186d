using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Publisher.Parsing.Model;

namespace Publisher.Tests.Support;

/// <summary>A stable, readable JSON form of parsed articles for snapshots.</summary>
public static class ArticleJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,

        // Paragraphs and Subheadings are views of Body; writing them again would only double the snapshot.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    // Only Markdown's raw HTML blocks have markup; a null on every other block would be noise.
                    if (info.Type == typeof(BodyBlock) && info.Properties.FirstOrDefault(static p => p.Name == nameof(BodyBlock.Html)) is { } html)
                    {
                        html.ShouldSerialize = static (_, value) => value is not null;
                    }

                    if (info.Type == typeof(Article))
                    {
                        foreach (var property in info.Properties.Where(p => p.Name is "Paragraphs" or "Subheadings").ToList())
                        {
                            info.Properties.Remove(property);
                        }
                    }
                },
            },
        },
    };

    public static string Serialize(Article? article) => JsonSerializer.Serialize(article, Options).Replace("\r\n", "\n") + "\n";
}
