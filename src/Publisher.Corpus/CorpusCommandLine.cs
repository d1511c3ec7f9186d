using System.Diagnostics;
using System.Globalization;

namespace Publisher.Corpus;

/// <summary>The <c>Publisher.Corpus</c> command line, hand-parsed (no packages).</summary>
public static class CorpusCommandLine
{
    public const int ExitOk = 0;
    public const int ExitRefused = 1;
    public const int ExitUsage = 2;

    public const string Usage = """
        Publisher.Corpus: writes a deterministic synthetic news corpus for scale tests and benchmarks.

        Usage:
          dotnet run --project src/Publisher.Corpus -c Release -- --articles N --out DIR [options]

        Required:
          --articles N                  number of articles (0 or more)
          --out DIR                     writes DIR/articles/NNNNNN-<slug>.txt

        Options:
          --hugo DIR                    also writes the same corpus as a Hugo site in DIR (hugo.toml, layouts,
                                        content/articles/*.md with people/organizations/places taxonomies)
          --seed S                      seed, an unsigned 64-bit integer (default 723); same arguments, same bytes
          --people N                    distinct people (default max(50, articles/4))
          --orgs N                      distinct organizations (default max(30, articles/20))
          --no-front-matter-share X     share of articles without front matter, 0 to 1 (default 0)
          --force                       write even if DIR/articles (or DIR/content/articles for --hugo) already
                                        holds files; same-named files are overwritten, nothing is deleted
          -h, --help                    shows this text

        Each article: optional front matter (date, publisher), a headline, a standfirst, often a photo credit and
        caption, 6 to 16 paragraphs of quotes and prose naming Zipf-distributed people, organizations and places,
        and an agency trailer. Dates fall between 2000-01-01 and 2025-12-31.

        Exit codes: 0 written, 1 refused (target not empty) or failed to write, 2 bad arguments.
        Options may also be written --name=value.
        """;

    /// <summary>Runs the command line; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        if (!TryParse(args, out Arguments? parsed, out string? error))
        {
            stderr.WriteLine($"error: {error}");
            stderr.WriteLine("Run with --help for usage.");
            return ExitUsage;
        }

        if (parsed is null)
        {
            stdout.Write(Usage);
            return ExitOk;
        }

        if (!parsed.Force)
        {
            foreach (string dir in Targets(parsed))
            {
                if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any())
                {
                    stderr.WriteLine($"error: {dir} is not empty; choose another folder or pass --force (files are overwritten, none deleted).");
                    return ExitRefused;
                }
            }
        }

        try
        {
            var options = parsed.Options;
            var (people, organizations, places) = CorpusGenerator.WorldSize(options);
            var clock = Stopwatch.StartNew();
            int written = CorpusWriter.Write(CorpusGenerator.Generate(options), parsed.Out, parsed.Hugo);
            clock.Stop();
            string hugo = parsed.Hugo is null ? "" : $" and a Hugo site to {parsed.Hugo}";
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {written} articles to {CorpusWriter.ArticlesDirectory(parsed.Out)}{hugo} in {clock.Elapsed.TotalSeconds:0.00} s (seed {options.Seed}, {people} people, {organizations} organizations, {places} places)"));
            return ExitOk;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitRefused;
        }
    }

    private static IEnumerable<string> Targets(Arguments parsed)
    {
        yield return CorpusWriter.ArticlesDirectory(parsed.Out);
        if (parsed.Hugo is not null)
        {
            yield return CorpusWriter.HugoContentDirectory(parsed.Hugo);
        }
    }

    private sealed record Arguments(CorpusOptions Options, string Out, string? Hugo, bool Force);

    /// <summary>Parses the arguments; <paramref name="parsed"/> is null (and the result true) when help was asked for.</summary>
    private static bool TryParse(IReadOnlyList<string> args, out Arguments? parsed, out string? error)
    {
        parsed = null;
        error = null;
        int? articles = null;
        string? outDir = null;
        string? hugo = null;
        ulong seed = 723;
        int? people = null;
        int? orgs = null;
        double share = 0.0;
        bool force = false;

        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg is "-h" or "--help" or "-?")
            {
                return true;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                error = $"unexpected argument '{arg}'";
                return false;
            }

            string name = arg;
            string? inline = null;
            int eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                name = arg[..eq];
                inline = arg[(eq + 1)..];
            }

            if (name == "--force")
            {
                if (inline is not null)
                {
                    error = "--force takes no value";
                    return false;
                }

                force = true;
                continue;
            }

            if (name is not ("--articles" or "--out" or "--hugo" or "--seed" or "--people" or "--orgs" or "--no-front-matter-share"))
            {
                error = $"unknown option '{name}'";
                return false;
            }

            string? value = inline;
            if (value is null)
            {
                if (i + 1 >= args.Count)
                {
                    error = $"{name} needs a value";
                    return false;
                }

                value = args[++i];
            }

            switch (name)
            {
                case "--articles":
                    if (!TryInt(value, 0, out int a))
                    {
                        error = $"--articles must be a whole number from 0 to {int.MaxValue}, not '{value}'";
                        return false;
                    }

                    articles = a;
                    break;
                case "--out":
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        error = "--out needs a folder";
                        return false;
                    }

                    outDir = value;
                    break;
                case "--hugo":
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        error = "--hugo needs a folder";
                        return false;
                    }

                    hugo = value;
                    break;
                case "--seed":
                    if (!ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
                    {
                        error = $"--seed must be a whole number from 0 to {ulong.MaxValue}, not '{value}'";
                        return false;
                    }

                    break;
                case "--people":
                    if (!TryInt(value, 1, out int p))
                    {
                        error = $"--people must be a whole number of at least 1, not '{value}'";
                        return false;
                    }

                    people = p;
                    break;
                case "--orgs":
                    if (!TryInt(value, 1, out int o))
                    {
                        error = $"--orgs must be a whole number of at least 1, not '{value}'";
                        return false;
                    }

                    orgs = o;
                    break;
                default: // --no-front-matter-share
                    if (!double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out share)
                        || share is < 0.0 or > 1.0)
                    {
                        error = $"--no-front-matter-share must be a number from 0 to 1, not '{value}'";
                        return false;
                    }

                    break;
            }
        }

        if (articles is null)
        {
            error = "--articles is required";
            return false;
        }

        if (outDir is null)
        {
            error = "--out is required";
            return false;
        }

        parsed = new Arguments(new CorpusOptions(articles.Value, seed, people, orgs, share), outDir, hugo, force);
        return true;
    }

    private static bool TryInt(string value, int min, out int result) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result) && result >= min;
}
