using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Publisher.Corpus;

namespace Publisher.Tests.Corpus;

public sealed class CorpusGeneratorTests
{
    // The SHA-256 of the 50-article corpus with the default seed. It pins the generator's output byte for byte, so
    // benchmark corpora stay comparable across commits and .NET versions. Changing the word lists, templates or
    // random draws changes it on purpose: update it then, and say so in the commit. It is the SHA-256 of, for each
    // article in order, its file name, "\n", its UTF-8 bytes and a NUL byte, so it can be checked from files on disk.
    private const string PinnedHash50 = "07c02b6e81a0fc22f2d6ed8785b3cfc620dc1fe8aab03797615115876fcce11e";

    private static readonly DateOnly FirstDate = new(2000, 1, 1);
    private static readonly DateOnly LastDate = new(2025, 12, 31);

    [Fact]
    public void SameOptions_GiveTheSameBytes()
    {
        string first = CorpusHash(new CorpusOptions(50));
        string second = CorpusHash(new CorpusOptions(50));

        Assert.Equal(first, second);
        Assert.Equal(PinnedHash50, first);
    }

    [Fact]
    public void DifferentSeeds_GiveDifferentCorpora()
    {
        Assert.NotEqual(CorpusHash(new CorpusOptions(50, Seed: 723)), CorpusHash(new CorpusOptions(50, Seed: 724)));

        var a = CorpusGenerator.Generate(new CorpusOptions(20, Seed: 1)).ToList();
        var b = CorpusGenerator.Generate(new CorpusOptions(20, Seed: 2)).ToList();
        int same = a.Zip(b).Count(pair => pair.First.Text == pair.Second.Text);
        Assert.Equal(0, same);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(137)]
    public void Generate_YieldsTheRequestedNumberOfArticles(int count)
    {
        Assert.Equal(count, CorpusGenerator.Generate(new CorpusOptions(count)).Count());
    }

    [Fact]
    public void Generate_IsLazy()
    {
        // A corpus of int.MaxValue articles could never be held in memory: only what is taken is made.
        var three = CorpusGenerator.Generate(new CorpusOptions(int.MaxValue, People: 100, Organizations: 40)).Take(3).ToList();

        Assert.Equal(3, three.Count);
        Assert.StartsWith("000002-", three[2].FileName, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_ChecksOptionsAtOnce()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CorpusGenerator.Generate(new CorpusOptions(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => CorpusGenerator.Generate(new CorpusOptions(10, People: 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => CorpusGenerator.Generate(new CorpusOptions(10, Organizations: 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => CorpusGenerator.Generate(new CorpusOptions(10, NoFrontMatterShare: 1.5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => CorpusGenerator.Generate(new CorpusOptions(10, NoFrontMatterShare: double.NaN)));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.2)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public void NoFrontMatterShare_IsRoughlyRespected(double share)
    {
        var articles = CorpusGenerator.Generate(new CorpusOptions(1000, NoFrontMatterShare: share)).ToList();
        int without = articles.Count(a => !a.Text.StartsWith("---\n", StringComparison.Ordinal));

        Assert.InRange(without / 1000.0, share - 0.05, share + 0.05);
        if (share is 0.0 or 1.0)
        {
            Assert.Equal((int)(share * 1000), without);
        }
    }

    [Fact]
    public void NoFrontMatterShare_OnlyAddsOrRemovesFrontMatter()
    {
        var all = CorpusGenerator.Generate(new CorpusOptions(100)).ToList();
        var some = CorpusGenerator.Generate(new CorpusOptions(100, NoFrontMatterShare: 0.5)).ToList();

        Assert.Equal(all.Select(a => Body(a.Text)), some.Select(a => Body(a.Text)));
        Assert.Equal(all.Select(a => a.FileName), some.Select(a => a.FileName));
    }

    [Fact]
    public void EveryArticle_HasTheNewsShape()
    {
        var articles = CorpusGenerator.Generate(new CorpusOptions(300, Seed: 99, NoFrontMatterShare: 0.3)).ToList();
        int withPhoto = 0;
        var curly = 0;
        var straight = 0;

        for (int i = 0; i < articles.Count; i++)
        {
            CorpusArticle article = articles[i];
            string text = article.Text;
            Assert.DoesNotContain('\r', text);
            Assert.EndsWith(" and agencies\n", text, StringComparison.Ordinal);
            Assert.InRange(article.Date, FirstDate, LastDate);

            string date = article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (text.StartsWith("---\n", StringComparison.Ordinal))
            {
                Assert.StartsWith($"---\ndate: {date}\npublisher: {article.Publisher}\n---\n", text, StringComparison.Ordinal);
            }

            string[] paragraphs = Body(text).TrimEnd('\n').Split("\n\n");
            Assert.All(paragraphs, p => Assert.False(string.IsNullOrWhiteSpace(p)));
            Assert.Equal(article.Title, paragraphs[0]);
            Assert.DoesNotContain('\n', article.Title);
            Assert.EndsWith($" ({i})", article.Title, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', paragraphs[1]);
            Assert.False(paragraphs[1].EndsWith('.'), "the standfirst has no final period");

            int lead = 2;
            if (paragraphs[2].StartsWith("Photo by: ", StringComparison.Ordinal))
            {
                withPhoto++;
                string month = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(article.Date.Month);
                Assert.Matches(@"^\S.* speaks to the press in [^,]+, [^,]+, on ", paragraphs[3]);
                Assert.EndsWith($", on {month} {article.Date.Day}, {article.Date.Year}.", paragraphs[3], StringComparison.Ordinal);
                lead = 4;
            }

            Assert.Contains($" said on {article.Date.DayOfWeek} that ", paragraphs[lead], StringComparison.Ordinal);
            int bodyParagraphs = paragraphs.Length - lead - 2;
            Assert.InRange(bodyParagraphs, 6, 16);
            curly += paragraphs.Count(p => p.StartsWith('\u201c'));
            straight += paragraphs.Count(p => p.StartsWith('"'));

            Assert.NotEmpty(article.People);
            Assert.NotEmpty(article.Places);
            foreach (string entity in article.People.Concat(article.Organizations).Concat(article.Places))
            {
                Assert.Contains(entity, text, StringComparison.Ordinal);
            }

            Assert.Equal(article.People.Order(StringComparer.Ordinal).Distinct(), article.People);
            Assert.Equal(article.Places.Order(StringComparer.Ordinal).Distinct(), article.Places);
        }

        Assert.InRange(withPhoto, 100, 200);
        Assert.True(curly > 100, $"curly quotes: {curly}");
        Assert.True(straight > 50, $"straight quotes: {straight}");
    }

    [Fact]
    public void Dates_SpreadOverTheWholeRange()
    {
        var years = CorpusGenerator.Generate(new CorpusOptions(2000)).Select(a => a.Date.Year).ToList();

        Assert.InRange(years.Min(), 2000, 2001);
        Assert.InRange(years.Max(), 2024, 2025);
        Assert.Equal(26, years.Distinct().Count());
    }

    [Fact]
    public void FileNamesAndTitles_AreUniqueAndWellFormed()
    {
        var articles = CorpusGenerator.Generate(new CorpusOptions(1000)).ToList();

        Assert.Equal(articles.Count, articles.Select(a => a.FileName).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(articles.Count, articles.Select(a => a.Title).Distinct(StringComparer.Ordinal).Count());
        for (int i = 0; i < articles.Count; i++)
        {
            string name = articles[i].FileName;
            Assert.Matches(@"^[0-9]{6}-[a-z0-9]+(-[a-z0-9]+)*\.txt$", name);
            Assert.StartsWith(i.ToString("D6", CultureInfo.InvariantCulture) + "-", name, StringComparison.Ordinal);
            Assert.InRange(name.Length - "000000-".Length - ".txt".Length, 1, 80);
        }
    }

    [Theory]
    [InlineData("Zürich: Envoy Dvořák warns (12)", "zurich-envoy-dvorak-warns-12")]
    [InlineData("  N'Djamena -- talks; (3)  ", "n-djamena-talks-3")]
    [InlineData("Straße & Œuvre", "strasse-oeuvre")]
    [InlineData("???", "")]
    public void Slug_IsLowercaseAscii(string title, string slug)
    {
        Assert.Equal(slug, Slug.Make(title));
    }

    [Fact]
    public void Slug_IsAtMost80CharactersWithoutATrailingDash()
    {
        string slug = Slug.Make(string.Join(' ', Enumerable.Repeat("abcdefghi", 20)));

        Assert.True(slug.Length <= 80);
        Assert.False(slug.EndsWith('-'));
        Assert.StartsWith("abcdefghi-abcdefghi", slug, StringComparison.Ordinal);
    }

    [Fact]
    public void People_FollowAZipfLikeDistribution()
    {
        var articles = CorpusGenerator.Generate(new CorpusOptions(2000)).ToList();
        var perPerson = articles.SelectMany(a => a.People).CountBy(p => p, StringComparer.Ordinal).Select(kv => kv.Value).Order().ToList();
        int median = perPerson[perPerson.Count / 2];
        int most = perPerson[^1];

        Assert.True(perPerson.Count > 200, $"distinct people: {perPerson.Count}");
        Assert.True(most >= 10 * median, $"most frequent person in {most} articles, median {median}");
        Assert.True(most >= 200, $"most frequent person in {most} articles");

        var perOrganization = articles.SelectMany(a => a.Organizations).CountBy(o => o, StringComparer.Ordinal).Select(kv => kv.Value).Order().ToList();
        Assert.True(perOrganization[^1] >= 5 * perOrganization[perOrganization.Count / 2]);
    }

    [Fact]
    public void WorldSize_FollowsTheOptionsAndDefaults()
    {
        Assert.Equal((50, 30), Size(new CorpusOptions(10)));
        Assert.Equal((2500, 500), Size(new CorpusOptions(10_000)));
        Assert.Equal((7, 3), Size(new CorpusOptions(10, People: 7, Organizations: 3)));

        // Asking for more than the name space holds is capped, not an endless loop.
        var (people, organizations, _) = CorpusGenerator.WorldSize(new CorpusOptions(1, People: int.MaxValue, Organizations: int.MaxValue));
        Assert.InRange(people, 50_000, int.MaxValue - 1);
        Assert.InRange(organizations, 5_000, int.MaxValue - 1);

        static (int, int) Size(CorpusOptions options)
        {
            var (p, o, _) = CorpusGenerator.WorldSize(options);
            return (p, o);
        }
    }

    [Fact]
    public void WriteArticles_WritesEachArticleVerbatim()
    {
        using var temp = new TempDirectory();
        var articles = CorpusGenerator.Generate(new CorpusOptions(40, NoFrontMatterShare: 0.25)).ToList();

        int written = CorpusWriter.WriteArticles(articles, temp.Path);

        Assert.Equal(40, written);
        string dir = System.IO.Path.Combine(temp.Path, "articles");
        Assert.Equal(40, Directory.GetFiles(dir, "*.txt").Length);
        foreach (CorpusArticle article in articles)
        {
            byte[] bytes = File.ReadAllBytes(System.IO.Path.Combine(dir, article.FileName));
            Assert.Equal(Encoding.UTF8.GetBytes(article.Text), bytes);
        }
    }

    [Fact]
    public void WriteHugoSite_WritesConfigLayoutsAndContentWithValidFrontMatter()
    {
        using var temp = new TempDirectory();
        var articles = CorpusGenerator.Generate(new CorpusOptions(60, NoFrontMatterShare: 0.5)).ToList();

        CorpusWriter.WriteHugoSite(articles, temp.Path);

        string config = File.ReadAllText(System.IO.Path.Combine(temp.Path, "hugo.toml"));
        Assert.Contains("baseURL = ", config, StringComparison.Ordinal);
        Assert.Contains("title = ", config, StringComparison.Ordinal);
        Assert.Contains("person = \"people\"", config, StringComparison.Ordinal);
        Assert.Contains("organization = \"organizations\"", config, StringComparison.Ordinal);
        Assert.Contains("place = \"places\"", config, StringComparison.Ordinal);
        Assert.Matches(@"\[pagination\]\s+pagerSize = 50\b", config);
        Assert.Contains("disableKinds = [\"RSS\"]", config, StringComparison.Ordinal);
        foreach (string layout in new[] { "_default/baseof.html", "_default/single.html", "_default/list.html", "_default/terms.html", "index.html" })
        {
            string path = System.IO.Path.Combine(temp.Path, "layouts", layout);
            Assert.True(File.Exists(path), layout);
            Assert.Contains("{{", File.ReadAllText(path), StringComparison.Ordinal);
        }

        Assert.Contains(".Paginate", File.ReadAllText(System.IO.Path.Combine(temp.Path, "layouts", "index.html")), StringComparison.Ordinal);
        Assert.Contains(".Paginate", File.ReadAllText(System.IO.Path.Combine(temp.Path, "layouts", "_default", "list.html")), StringComparison.Ordinal);

        string content = System.IO.Path.Combine(temp.Path, "content", "articles");
        Assert.Equal(articles.Count, Directory.GetFiles(content, "*.md").Length);
        foreach (CorpusArticle article in articles)
        {
            string md = File.ReadAllText(System.IO.Path.Combine(content, System.IO.Path.ChangeExtension(article.FileName, ".md")));
            Assert.StartsWith("---\n", md, StringComparison.Ordinal);
            int end = md.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            Assert.True(end > 0, "front matter is closed");
            var fields = md[4..end].Split('\n').Select(line => line.Split(": ", 2)).ToDictionary(kv => kv[0], kv => kv[1], StringComparer.Ordinal);

            Assert.Equal(new[] { "title", "date", "people", "organizations", "places" }, fields.Keys);
            Assert.Equal(new[] { article.Title }, YamlStrings(fields["title"]));
            Assert.Equal(article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), fields["date"]);
            Assert.Equal(article.People, YamlList(fields["people"]));
            Assert.Equal(article.Organizations, YamlList(fields["organizations"]));
            Assert.Equal(article.Places, YamlList(fields["places"]));

            string body = md[(end + 5)..];
            Assert.StartsWith("\n" + Body(article.Text).Split("\n\n")[1] + "\n\n", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Photo by:", body, StringComparison.Ordinal);
            Assert.DoesNotContain("\n\nAdvertisement\n", body, StringComparison.Ordinal);
            Assert.DoesNotContain(article.Title, body, StringComparison.Ordinal);
            Assert.EndsWith(" and agencies\n", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CommandLine_RejectsBadArgumentsWithExitCode2()
    {
        string[][] bad =
        [
            [],
            ["--articles", "10"],
            ["--out", "/nonexistent-dir-for-test"],
            ["--articles", "ten", "--out", "x"],
            ["--articles", "-1", "--out", "x"],
            ["--articles", "10", "--out", "x", "--no-front-matter-share", "1.5"],
            ["--articles", "10", "--out", "x", "--seed", "-3"],
            ["--articles", "10", "--out", "x", "--people", "0"],
            ["--articles", "10", "--out", "x", "--colour", "red"],
            ["--articles", "10", "--out"],
            ["--articles", "10", "--out", "x", "stray"],
        ];
        foreach (string[] args in bad)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();

            int code = CorpusCommandLine.Run(args, stdout, stderr);

            Assert.Equal(2, code);
            Assert.StartsWith("error: ", stderr.ToString(), StringComparison.Ordinal);
            Assert.Equal("", stdout.ToString());
        }
    }

    [Fact]
    public void CommandLine_HelpExplainsTheOptions()
    {
        var stdout = new StringWriter();

        Assert.Equal(0, CorpusCommandLine.Run(["--help"], stdout, TextWriter.Null));
        foreach (string option in new[] { "--articles", "--out", "--hugo", "--seed", "--people", "--orgs", "--no-front-matter-share", "--force" })
        {
            Assert.Contains(option, stdout.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CommandLine_WritesTheCorpusAndRefusesANonEmptyFolderWithoutForce()
    {
        using var temp = new TempDirectory();
        string outDir = System.IO.Path.Combine(temp.Path, "out");
        string hugoDir = System.IO.Path.Combine(temp.Path, "hugo");
        string[] args = ["--articles", "12", "--out", outDir, "--hugo", hugoDir, "--seed", "5", "--no-front-matter-share=0.5"];
        var stdout = new StringWriter();

        Assert.Equal(0, CorpusCommandLine.Run(args, stdout, TextWriter.Null));
        Assert.StartsWith("wrote 12 articles to ", stdout.ToString(), StringComparison.Ordinal);
        Assert.Single(stdout.ToString().TrimEnd('\n').Split('\n'));
        string articles = System.IO.Path.Combine(outDir, "articles");
        var expected = CorpusGenerator.Generate(new CorpusOptions(12, Seed: 5, NoFrontMatterShare: 0.5)).ToList();
        Assert.Equal(expected.Select(a => a.FileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(articles).Select(f => System.IO.Path.GetFileName(f)).Order(StringComparer.Ordinal));
        Assert.Equal(12, Directory.GetFiles(System.IO.Path.Combine(hugoDir, "content", "articles")).Length);

        var stderr = new StringWriter();
        Assert.Equal(1, CorpusCommandLine.Run(args, TextWriter.Null, stderr));
        Assert.Contains("--force", stderr.ToString(), StringComparison.Ordinal);

        // --force overwrites same-named files and deletes nothing.
        string extra = System.IO.Path.Combine(articles, "keep-me.txt");
        File.WriteAllText(extra, "mine");
        Assert.Equal(0, CorpusCommandLine.Run(["--force", .. args], TextWriter.Null, TextWriter.Null));
        Assert.Equal("mine", File.ReadAllText(extra));
        Assert.Equal(13, Directory.GetFiles(articles).Length);
    }

    private static string CorpusHash(CorpusOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (CorpusArticle article in CorpusGenerator.Generate(options))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(article.FileName + "\n" + article.Text + "\0"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The text after the front matter block, if there is one.</summary>
    private static string Body(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return text;
        }

        int end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return text[(end + 5)..];
    }

    private static List<string> YamlList(string flow)
    {
        Assert.StartsWith("[", flow, StringComparison.Ordinal);
        Assert.EndsWith("]", flow, StringComparison.Ordinal);
        return YamlStrings(flow[1..^1]);
    }

    /// <summary>The double-quoted YAML scalars in <paramref name="text"/>, separated by ", ", unescaped.</summary>
    private static List<string> YamlStrings(string text)
    {
        var values = new List<string>();
        var matches = Regex.Matches(text, @"""((?:[^""\\]|\\.)*)""");
        int expectedAt = 0;
        foreach (Match match in matches)
        {
            Assert.Equal(expectedAt, match.Index);
            values.Add(Regex.Unescape(match.Groups[1].Value));
            expectedAt = match.Index + match.Length + 2;
        }

        Assert.Equal(text.Length == 0 ? 0 : text.Length + 2, expectedAt);
        return values;
    }

    private sealed class TempDirectory : IDisposable
    {
        public TempDirectory()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "publisher-corpus-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
