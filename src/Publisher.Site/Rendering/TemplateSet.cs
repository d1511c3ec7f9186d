using System.Collections.Immutable;
using Scriban;

namespace Publisher.Site.Rendering;

/// <summary>
/// The templates folder, parsed once: page templates at the top, <c>layouts/</c>, <c>partials/</c>, and
/// <c>assets/</c> (copied to the site as they are). Every syntax error is collected with its position; a build
/// stops before writing anything when there is one.
/// </summary>
public sealed class TemplateSet
{
    /// <summary>The page templates a site needs; a missing one is an error, not a silently missing section.</summary>
    public static readonly ImmutableArray<string> Required =
    [
        "layouts/default.html", "home.html", "archives.html", "archive-year.html", "archive-month.html", "article.html",
        "entity.html", "entity-index.html", "entity-index-a-z.html", "search.html", "404.html",
    ];

    private readonly Dictionary<string, Template> templates;

    private TemplateSet(string folder, Dictionary<string, Template> templates, ImmutableArray<string> assets, ImmutableArray<TemplateError> errors)
    {
        Folder = folder;
        this.templates = templates;
        Assets = assets;
        Errors = errors;
    }

    public string Folder { get; }

    /// <summary>Asset files relative to <c>assets/</c>, ordinal order.</summary>
    public ImmutableArray<string> Assets { get; }

    public ImmutableArray<TemplateError> Errors { get; }

    public static TemplateSet Load(string folder)
    {
        var errors = new List<TemplateError>();
        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        var display = DisplayPath(folder);
        if (!Directory.Exists(folder))
        {
            errors.Add(new TemplateError(display, 1, 1, "the templates folder does not exist"));
            return new TemplateSet(folder, parsed, [], [.. errors]);
        }

        var files = Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(static f => !f.StartsWith("assets/", StringComparison.Ordinal))
            .OrderBy(static f => f, StringComparer.Ordinal);
        foreach (var name in files)
        {
            var shown = display + "/" + name;
            var template = Template.Parse(File.ReadAllText(Path.Combine(folder, name)), shown);
            foreach (var message in template.Messages.Where(static m => m.Type == Scriban.Parsing.ParserMessageType.Error))
            {
                errors.Add(new TemplateError(shown, message.Span.Start.Line + 1, message.Span.Start.Column + 1, message.Message));
            }

            parsed[name] = template;
        }

        foreach (var required in Required.Where(r => !parsed.ContainsKey(r)))
        {
            errors.Add(new TemplateError(display + "/" + required, 1, 1, "template is missing; every site needs it (copy it from the default templates)"));
        }

        var assetFolder = Path.Combine(folder, "assets");
        var assets = Directory.Exists(assetFolder)
            ? Directory.EnumerateFiles(assetFolder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(assetFolder, f).Replace('\\', '/'))
                .Where(static f => !Path.GetFileName(f).StartsWith('.'))
                .OrderBy(static f => f, StringComparer.Ordinal)
                .ToImmutableArray()
            : [];
        return new TemplateSet(folder, parsed, assets, [.. errors]);
    }

    public Template Get(string name) =>
        templates.TryGetValue(name, out var template)
            ? template
            : throw new TemplateException(new TemplateError(DisplayPath(Folder) + "/" + name, 1, 1, "template not found"));

    public bool Has(string name) => templates.ContainsKey(name);

    /// <summary>Every parsed template by its path in the folder.</summary>
    internal IEnumerable<KeyValuePair<string, Template>> All => templates;

    /// <summary>Template paths as messages show them: relative to the working folder when inside it.</summary>
    private static string DisplayPath(string folder)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(folder));
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(folder) : relative).Replace('\\', '/').TrimEnd('/');
    }
}
