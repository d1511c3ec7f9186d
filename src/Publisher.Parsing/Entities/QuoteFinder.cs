using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Publisher.Parsing.Model;
using Publisher.Parsing.Text;

namespace Publisher.Parsing.Entities;

/// <summary>
/// Finds direct quotes in body paragraphs (straight or curly double quotes, curly single quotes; a quote left
/// open runs to the paragraph's end, as news style continues it in the next paragraph) and their speakers: a
/// person named with a speech verb right after the quote ("," Stoltenberg said / said Lavrov) or before it
/// (Lavrov said: "…"), a pronoun or a role ("he added", "the Nato head added") standing for the last speaker or the
/// last person named. A quote with no such attribution keeps a null speaker.
/// </summary>
public static class QuoteFinder
{
    private const int MinimumWords = 2;
    private static readonly Regex Pronoun = new(@"^(?:he|she)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static ImmutableArray<Quote> Find(string text, ImmutableArray<BodyBlock> body, ImmutableArray<EntityMention> mentions, LineMap lines)
    {
        var knowledge = EntityKnowledge.Default;
        var people = new PeopleIndex(mentions.Where(static m => m.Kind == EntityKind.Person && m.Form == MentionForm.Name).OrderBy(static m => m.Source.Start).ToList());
        var quotes = ImmutableArray.CreateBuilder<Quote>();
        EntityMention? lastSpeaker = null;
        foreach (var block in body)
        {
            if (block.Kind != BodyBlockKind.Paragraph)
            {
                continue;
            }

            foreach (var (start, end) in QuoteSpans(text, block.Source.Start, block.Source.End))
            {
                var quoted = text.Substring(start, end - start).Trim();
                if (quoted.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length < MinimumWords)
                {
                    continue;
                }

                var speaker = SpeakerAfter(text, end, block.Source.End, people, lastSpeaker, knowledge)
                    ?? SpeakerBefore(text, block.Source.Start, start, people, knowledge);
                if (speaker is not null)
                {
                    lastSpeaker = speaker;
                }

                quotes.Add(new Quote(quoted, lines.Range(start, end), speaker?.Name, speaker?.EntityId));
            }
        }

        return quotes.ToImmutable();
    }

    /// <summary>The spans inside quotation marks in [from, to): offsets just inside the marks.</summary>
    private static IEnumerable<(int Start, int End)> QuoteSpans(string text, int from, int to)
    {
        var i = from;
        while (i < to)
        {
            var c = text[i];
            char close;
            if (c == '“')
            {
                close = '”';
            }
            else if (c == '"' || (c == '‘' && (i == from || !char.IsLetterOrDigit(text[i - 1]))))
            {
                close = c == '"' ? '"' : '’';
            }
            else
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < to && !(text[end] == close && (close != '’' || end + 1 >= to || !char.IsLetter(text[end + 1]))))
            {
                end++;
            }

            yield return (i + 1, end);
            i = end + 1;
        }
    }

    /// <summary>`," Stoltenberg told reporters` / `," said Lavrov` / `," he added` / `," the Nato head added`.</summary>
    private static EntityMention? SpeakerAfter(string text, int quoteEnd, int blockEnd, PeopleIndex people, EntityMention? lastSpeaker, EntityKnowledge knowledge)
    {
        var tail = Tokenizer.Enumerate(text, Math.Min(quoteEnd + 1, blockEnd), blockEnd);
        var words = new List<Token>();
        foreach (var token in tail)
        {
            if (token.Text is "." or "!" or "?" or ";" || token.Text.Length == 1 && Tokenizer.IsQuote(token.Text[0]))
            {
                break;
            }

            if (token.IsWord)
            {
                words.Add(token);
            }

            if (words.Count > 12)
            {
                break;
            }
        }

        var verbAt = words.FindIndex(w => knowledge.SpeechVerbs.Contains(w.Text));
        if (verbAt < 0)
        {
            return null;
        }

        // A person named next to the verb, on either side.
        var near = people.FirstStartingFrom(quoteEnd);
        if (near is not null && near.Source.Start <= (verbAt + 4 < words.Count ? words[Math.Min(words.Count - 1, verbAt + 4)].End : blockEnd)
            && (words.Count == 0 || near.Source.Start <= words[words.Count - 1].End))
        {
            return people.Fullest(near);
        }

        var subject = words.Take(verbAt).ToList();
        // "he said" stands for the person last named before the quote; "the Nato head added" for the last speaker.
        if (subject.Count == 1 && Pronoun.IsMatch(subject[0].Text))
        {
            var named = people.LastEndingBy(quoteEnd, from: 0);
            return named is null ? lastSpeaker : people.Fullest(named);
        }

        if (subject.Count >= 1 && subject[0].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return lastSpeaker ?? people.LastEndingBy(quoteEnd, from: 0);
        }

        return null;
    }

    /// <summary>`Lavrov said: "…"`, `Stoltenberg told reporters that "…"`: a person and a speech verb earlier in the sentence.</summary>
    private static EntityMention? SpeakerBefore(string text, int blockStart, int quoteStart, PeopleIndex people, EntityKnowledge knowledge)
    {
        var sentenceStart = quoteStart - 1;
        while (sentenceStart > blockStart && !(text[sentenceStart - 1] is '.' or '!' or '?' && char.IsWhiteSpace(text[sentenceStart])))
        {
            sentenceStart--;
        }

        var head = Tokenizer.Split(text, sentenceStart, Math.Max(sentenceStart, quoteStart - 1));
        if (!head.Any(t => knowledge.SpeechVerbs.Contains(t.Text)) && !head.Any(static t => t.Text.Equals("according", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var speaker = people.LastEndingBy(quoteStart, from: sentenceStart);
        return speaker is null ? null : people.Fullest(speaker);
    }
}
