using CsCheck;

namespace Publisher.Tests.Hostile;

/// <summary>
/// Generators of hostile article text for the parser's property tests: random text built from the pieces the parser
/// reacts to (fences, keys, furniture, datelines, Markdown marks, odd characters and line ends), and real articles
/// mutated by cutting, repeating and splicing.
/// </summary>
public static class ArticleTextGen
{
    /// <summary>Pieces that steer the parser's rules, and characters that break naive text handling.</summary>
    private static readonly string[] Pieces =
    [
        "---", "...", "date: 2016-02-05", "date: yesterday", "date: 2016-02-30", "title: \"open", "title: 'x'", "slug: ../up",
        "slug: /abs", "tags: [a, b", "authors:\n  - A\n  - B", "publisher: {a: b}", "key: value: more", "- item", "? complex",
        "&anchor", "*alias", "!tag", "|\n  block", ">-\n  folded", "Share", "Advertisement", "Leave a Reply", "Read more:",
        "Photo: Jane Doe/AFP", "(Reuters)", "BRUSSELS, April 23, 2013 (Reuters) - ", "Published: March 3, 2019",
        "# Heading", "## Sub", "######", "> quote", ">>>>>>>>", "1. ", "* ", "```", "~~~", "[link](javascript:x)",
        "![alt](x.png \"title\")", "<script>alert(1)</script>", "<div>", "</p>", "**bold", "__", "`code", "\"", "\u201C", "\u201D",
        "'", "\u2018", ": ", "{", "}", "[", "]", "(", ")", "|", "&amp;", "\t", "\u00A0", "\u200B", "\uFEFF", "\uFFFD", "\u0301",
        "\u202E", "\u0645\u062C\u0644\u0633", "\U0001F6A2", "\uD800", "\uDC00", "\0", "\u0007", "\r\n", "\r", "\n", "\n\n", " ",
        "The minister said on Monday that the talks would go on.", "\"We will not give up,\" she said.", "NATO", "Jens Stoltenberg",
    ];

    private static readonly Gen<string> Piece = Gen.Int[0, Pieces.Length - 1].Select(static i => Pieces[i]);

    private static readonly Gen<string> Noise = Gen.String[Gen.Char, 0, 12];

    /// <summary>Text made of 0–80 pieces and random characters.</summary>
    public static readonly Gen<string> Random =
        Gen.Frequency((4, Piece), (1, Noise)).Array[0, 80].Select(static parts => string.Concat(parts));

    /// <summary>The repository's own articles, the material the mutations start from.</summary>
    public static readonly IReadOnlyList<string> Seeds =
        Directory.GetFiles(Support.RepoPaths.Content).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();

    private static readonly Gen<Mutation> OneMutation =
        Gen.Select(Gen.Int[0, 4], Gen.Double[0, 1], Gen.Int[0, 400], Piece, static (kind, at, length, piece) => new Mutation(kind, at, length, piece));

    /// <summary>A real article cut, repeated and spliced with pieces, one to eight times.</summary>
    public static readonly Gen<string> Mutated =
        Gen.Select(Gen.Int[0, Seeds.Count - 1], OneMutation.Array[1, 8], static (seed, mutations) => mutations.Aggregate(Seeds[seed], static (text, m) => m.Apply(text)));

    /// <summary>A file name: the extension decides between the text and the Markdown reader.</summary>
    public static readonly Gen<string> FileName = Gen.Bool.Select(static markdown => markdown ? "content/articles/fuzz.md" : "content/articles/fuzz.txt");

    private sealed record Mutation(int Kind, double At, int Length, string Piece)
    {
        public string Apply(string text)
        {
            var at = (int)(At * text.Length);
            var length = Math.Min(Length, text.Length - at);
            return Kind switch
            {
                0 => text.Remove(at, length),
                1 => text.Insert(at, Piece),
                2 => text.Insert(at, text.Substring(at, length)),
                3 => text.Substring(0, at),
                _ => text.Replace("\n", Piece.Length > 0 && Piece.Length < 3 ? Piece : "\r", StringComparison.Ordinal),
            };
        }
    }
}
