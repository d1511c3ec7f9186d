using System.Text;

namespace Publisher.Tests.Support;

/// <summary>A named-entity span of a rebuilt CoNLL text: UTF-16 offsets (end exclusive) and PER, ORG or LOC.</summary>
public sealed record GoldMention(int Start, int End, string Kind);

/// <summary>One token of a rebuilt CoNLL text, where it landed in the text, and its IOB tag.</summary>
public sealed record ConllToken(string Text, int Start, int End, string Tag);

/// <summary>
/// One CoNLL document rebuilt as plain text: one sentence per line, <see cref="Sentences"/> being each line's
/// offsets (newline excluded). <see cref="Mentions"/> holds only PER, ORG and LOC; MISC is dropped.
/// </summary>
public sealed record ConllDocument(string Text, IReadOnlyList<(int Start, int End)> Sentences, IReadOnlyList<GoldMention> Mentions)
{
    public IReadOnlyList<ConllToken> Tokens { get; init; } = [];
}

/// <summary>
/// Reads a CoNLL NER file (one <c>token TAG</c> per line, IOB1 tags, blank lines between sentences,
/// <c>-DOCSTART-</c> lines between documents) into texts a writer could have typed, with the gold mentions
/// placed on them, so an extractor that reads prose can be scored on it.
/// </summary>
public static class ConllDocuments
{
    public static readonly IReadOnlyList<string> ScoredKinds = ["PER", "ORG", "LOC"];

    private static readonly HashSet<string> AllKinds = ["PER", "ORG", "LOC", "MISC"];

    private static readonly HashSet<string> NoSpaceBefore = [",", ".", ";", ":", "!", "?", ")", "]", "}", "%"];

    private static readonly HashSet<string> NoSpaceAfter = ["(", "[", "{"];

    // "n't" and "'s" as the brief names them, plus the other clitics the tokenizer splits off the same way:
    // a writer types "they're", never "they 're".
    private static readonly HashSet<string> Clitics = new(["'s", "n't", "'re", "'ve", "'d", "'ll", "'m"], StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<IReadOnlyList<ConllDocument>> LazyWikiGold = new(() =>
        Load(Path.Combine(AppContext.BaseDirectory, "Data", "wikigold", "wikigold.conll.txt")));

    /// <summary>The WikiGold copy the test project ships in its output folder (never the shared original).</summary>
    public static IReadOnlyList<ConllDocument> WikiGold => LazyWikiGold.Value;

    public static IReadOnlyList<ConllDocument> Load(string path) => Parse(File.ReadAllText(path));

    public static IReadOnlyList<ConllDocument> Parse(string conll)
    {
        var documents = new List<ConllDocument>();
        var builder = new DocumentBuilder();
        var sentence = new List<(string Token, string Tag)>();
        var lineNumber = 0;
        foreach (var rawLine in conll.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                builder.AddSentence(sentence);
                continue;
            }

            var (token, tag) = Split(line, lineNumber);
            if (token == "-DOCSTART-")
            {
                // WikiGold's copy puts the marker after each document rather than before it, so treat it as a
                // boundary either way and drop the empty documents that produces.
                builder.AddSentence(sentence);
                builder.Flush(documents);
                continue;
            }

            sentence.Add((token, tag));
        }

        builder.AddSentence(sentence);
        builder.Flush(documents);
        return documents;
    }

    private static (string Token, string Tag) Split(string line, int lineNumber)
    {
        var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            throw new FormatException($"Line {lineNumber}: expected 'token TAG', got '{line}'.");
        }

        var tag = parts[1];
        var valid = tag == "O" || (tag.Length > 2 && (tag[0] == 'I' || tag[0] == 'B') && tag[1] == '-' && AllKinds.Contains(tag[2..]));
        return valid ? (parts[0], tag) : throw new FormatException($"Line {lineNumber}: unknown tag '{tag}'.");
    }

    /// <summary>Accumulates one document's text, sentence ranges, tokens and mentions.</summary>
    private sealed class DocumentBuilder
    {
        private readonly StringBuilder text = new();
        private readonly List<(int Start, int End)> sentences = [];
        private readonly List<GoldMention> mentions = [];
        private readonly List<ConllToken> tokens = [];

        // Straight double quotes carry no direction, so alternate; kept per document because quoted speech in
        // WikiGold often runs over a sentence break.
        private bool insideDoubleQuote;

        public void AddSentence(List<(string Token, string Tag)> sentence)
        {
            if (sentence.Count == 0)
            {
                return;
            }

            if (text.Length > 0)
            {
                text.Append('\n');
            }

            var sentenceStart = text.Length;
            var firstToken = tokens.Count;
            var glueNext = true;
            foreach (var (token, tag) in sentence)
            {
                var (attachesLeft, attachesRight) = Attachment(token);
                if (!glueNext && !attachesLeft)
                {
                    text.Append(' ');
                }

                tokens.Add(new ConllToken(token, text.Length, text.Length + token.Length, tag));
                text.Append(token);
                glueNext = attachesRight;
            }

            sentences.Add((sentenceStart, text.Length));
            AddMentions(firstToken);
            sentence.Clear();
        }

        public void Flush(List<ConllDocument> documents)
        {
            if (sentences.Count > 0)
            {
                documents.Add(new ConllDocument(text.ToString(), [.. sentences], [.. mentions]) { Tokens = [.. tokens] });
            }

            text.Clear();
            sentences.Clear();
            mentions.Clear();
            tokens.Clear();
            insideDoubleQuote = false;
        }

        private (bool Left, bool Right) Attachment(string token)
        {
            if (token == "\"")
            {
                insideDoubleQuote = !insideDoubleQuote;
                return insideDoubleQuote ? (false, true) : (true, false);
            }

            if (token is "``" or "`")
            {
                return (false, true);
            }

            if (token == "''")
            {
                return (true, false);
            }

            return (NoSpaceBefore.Contains(token) || Clitics.Contains(token), NoSpaceAfter.Contains(token));
        }

        // IOB1: a run of I-X tokens is one entity; B-X starts a new one where two entities of a type touch.
        private void AddMentions(int firstToken)
        {
            string? kind = null;
            var start = 0;
            for (var i = firstToken; i <= tokens.Count; i++)
            {
                var tag = i < tokens.Count ? tokens[i].Tag : "O";
                var tagKind = tag == "O" ? null : tag[2..];
                if (kind is not null && (tagKind != kind || tag[0] == 'B'))
                {
                    Close(kind, start, i - 1);
                    kind = null;
                }

                if (tagKind is not null && kind is null)
                {
                    kind = tagKind;
                    start = i;
                }
            }
        }

        private void Close(string kind, int first, int last)
        {
            if (ScoredKinds.Contains(kind))
            {
                mentions.Add(new GoldMention(tokens[first].Start, tokens[last].End, kind));
            }
        }
    }
}
