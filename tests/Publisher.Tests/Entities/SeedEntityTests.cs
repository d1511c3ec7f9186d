using Publisher.Parsing;
using Publisher.Parsing.Model;
using Publisher.Tests.Support;
using Xunit.Abstractions;

namespace Publisher.Tests.Entities;

/// <summary>
/// Entities and quotes of the seed articles against gold, with an empty registry (everything discovered or from
/// the built-in gazetteer): every must entity found, precision at least 0.95 (a found entity matching no gold entry
/// is a false positive; a gold entity split into two records counts one), quote speakers right for 90%.
/// </summary>
public sealed class SeedEntityTests(ITestOutputHelper output)
{
    private const double MinimumPrecision = 0.95;
    private const double MinimumSpeakerAccuracy = 0.90;

    [Theory]
    [MemberData(nameof(SeedEntityGold.Files), MemberType = typeof(SeedEntityGold))]
    public void Every_must_entity_is_found_and_precision_is_at_least_095(string file)
    {
        var score = Score(file);

        Assert.True(score.Missing.Count == 0, $"{file}: must entities not found: {string.Join(", ", score.Missing)}");
        Assert.True(score.Precision >= MinimumPrecision, $"{file}: precision {score.Precision:F2}; false positives: {string.Join(", ", score.FalsePositives)}");
    }

    [Fact]
    public void Over_all_seeds_recall_is_1_and_precision_at_least_095_and_speakers_90_percent_right()
    {
        var scores = SeedEntityGold.All.Select(g => Score(g.File)).ToList();
        foreach (var score in scores)
        {
            output.WriteLine($"{score.File}: found {score.Found}, true {score.True}, precision {score.Precision:F2}, missing [{string.Join(", ", score.Missing)}], false positives [{string.Join(", ", score.FalsePositives)}], speakers {score.SpeakersRight}/{score.Quotes}");
        }

        var truePositives = scores.Sum(static s => s.True);
        var found = scores.Sum(static s => s.Found);
        var precision = found == 0 ? 1.0 : (double)truePositives / found;
        var speakers = (double)scores.Sum(static s => s.SpeakersRight) / scores.Sum(static s => s.Quotes);
        output.WriteLine($"total: precision {precision:F3}, speakers {speakers:F3}");

        Assert.Empty(scores.SelectMany(static s => s.Missing));
        Assert.True(precision >= MinimumPrecision, $"precision {precision:F3}");
        Assert.True(speakers >= MinimumSpeakerAccuracy, $"speaker accuracy {speakers:F3}: {string.Join("; ", scores.SelectMany(static s => s.WrongSpeakers))}");
    }

    private static SeedScore Score(string file)
    {
        var gold = SeedEntityGold.For(file);
        var article = ArticleParser.Parse(File.ReadAllText(Path.Combine(RepoPaths.RawSeeds, file)), "content/articles/" + file).Article!;
        var entities = article.Mentions.GroupBy(static m => (m.Kind, m.EntityId))
            .Select(static g => (Name: g.First().Name, Names: g.Select(static m => m.Text).Append(g.First().Name).Distinct().ToList()))
            .ToList();

        var matched = new HashSet<GoldEntity>();
        var falsePositives = new List<string>();
        var truePositives = 0;
        foreach (var entity in entities)
        {
            var entry = gold.Must.Concat(gold.May).FirstOrDefault(g => g.Matches(entity.Names));
            if (entry is null || !matched.Add(entry))
            {
                falsePositives.Add(entry is null ? entity.Name : entity.Name + " (split)");
                continue;
            }

            truePositives++;
        }

        var missing = gold.Must.Where(g => !matched.Contains(g)).Select(static g => g.ToString()).ToList();
        var right = 0;
        var wrong = new List<string>();
        foreach (var quote in gold.Quotes)
        {
            var found = article.Quotes.FirstOrDefault(q => q.Text.Contains(quote.Contains, StringComparison.Ordinal));
            var speaker = found?.Speaker;
            if (found is not null && (quote.Speaker is null ? speaker is null : speaker is not null && SameName(speaker, quote.Speaker, article)))
            {
                right++;
            }
            else
            {
                wrong.Add($"{file}: \"{quote.Contains}\" by {quote.Speaker ?? "nobody"}, got {(found is null ? "no quote" : speaker ?? "no speaker")}");
            }
        }

        return new SeedScore(file, entities.Count, truePositives, missing, falsePositives, gold.Quotes.Count, right, wrong);
    }

    private static bool SameName(string found, string gold, Article article)
    {
        var names = article.Mentions.Where(m => m.Name == found).Select(static m => m.Text).Append(found);
        return names.Any(n => string.Equals(n, gold, StringComparison.OrdinalIgnoreCase))
            || gold.EndsWith(" " + found, StringComparison.OrdinalIgnoreCase);
    }

    private sealed record SeedScore(
        string File, int Found, int True, IReadOnlyList<string> Missing, IReadOnlyList<string> FalsePositives, int Quotes, int SpeakersRight, IReadOnlyList<string> WrongSpeakers)
    {
        public double Precision => Found == 0 ? 1.0 : (double)True / Found;
    }
}
