using System.Collections.Immutable;
using System.Text;

namespace Publisher.Tests.Hostile;

/// <summary>A file a bad-input case writes into the content folder: its path under the folder and its exact bytes.</summary>
public sealed record ContentFile(string RelativePath, byte[] Bytes)
{
    public static ContentFile Article(string name, string text) => new("articles/" + name, Encoding.UTF8.GetBytes(text));

    public static ContentFile Registry(string text) => new("entities.yml", Encoding.UTF8.GetBytes(text));
}

/// <summary>
/// One hostile input, written into a content folder beside a good article: what the build must report (id, file and
/// line; none when <see cref="Id"/> is null) and what else must hold of the site it builds.
/// </summary>
public sealed record BadInputCase(string Name, ImmutableArray<ContentFile> Files, string? Id, string File, int Line)
{
    /// <summary>Extra command-line arguments for the build.</summary>
    public ImmutableArray<string> Arguments { get; init; } = [];

    /// <summary>Further checks of the built site folder and the command's output.</summary>
    public Action<string, string>? Check { get; init; }

    /// <summary>Whether the compiler sees the same text, so the source generator must report the same id and line.</summary>
    public bool Compiled { get; init; }

    /// <summary>An article that carries the bad input, as a file the compiler and the publisher both read.</summary>
    public static BadInputCase Text(string name, string file, string text, string? id, int line) =>
        new(name, [ContentFile.Article(file, text)], id, "content/articles/" + file, line) { Compiled = true };

    /// <summary>An article file given as raw bytes (encodings, binary data): the publisher decodes it itself.</summary>
    public static BadInputCase Bytes(string name, string file, byte[] bytes, string? id, int line) =>
        new(name, [new ContentFile("articles/" + file, bytes)], id, "content/articles/" + file, line);

    /// <summary>An entity registry (content/entities.yml) with the bad input.</summary>
    public static BadInputCase Registry(string name, string yaml, string? id, int line) =>
        new(name, [ContentFile.Registry(yaml)], id, "content/entities.yml", line);

    public override string ToString() => Name;
}
