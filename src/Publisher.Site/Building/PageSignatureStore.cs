using System.Security.Cryptography;
using System.Text;
using Publisher.Site.Rendering;
using Publisher.Site.Views;

namespace Publisher.Site.Building;

/// <summary>
/// The signatures of the pages the last build rendered, kept beside the output, valid only under the same render
/// key: the same tool, options, templates and site-wide view. A page whose signature is unchanged is not rendered
/// again; its file from the last build is kept.
/// </summary>
public sealed class PageSignatureStore
{
    private const string Header = "# publisher page signatures v1";
    private readonly Dictionary<string, string> signatures;

    private PageSignatureStore(Dictionary<string, string> signatures) => this.signatures = signatures;

    public static PageSignatureStore Empty => new(new Dictionary<string, string>(StringComparer.Ordinal));

    public static string PathFor(string outputFolder) => BuildState.PathFor(outputFolder, "publisher-pages");

    /// <summary>What every page's bytes depend on besides its own values.</summary>
    public static string RenderKey(TemplateSet templates, SiteOptions options, SiteView site)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string value) => hash.AppendData(Encoding.UTF8.GetBytes(value + "\n"));
        Add(typeof(PageSignatureStore).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(typeof(Scriban.Template).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(options.ToString());
        Add(PageSignature.Of(site));
        foreach (var file in Directory.EnumerateFiles(templates.Folder, "*", new EnumerationOptions { RecurseSubdirectories = true }).Order(StringComparer.Ordinal))
        {
            Add(Path.GetRelativePath(templates.Folder, file));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static PageSignatureStore Load(string path, string renderKey)
    {
        try
        {
            if (!File.Exists(path))
            {
                return Empty;
            }

            using var reader = new StreamReader(path, Encoding.UTF8);
            if (reader.ReadLine() != Header || reader.ReadLine() != renderKey)
            {
                return Empty;
            }

            var signatures = new Dictionary<string, string>(StringComparer.Ordinal);
            while (reader.ReadLine() is { } line)
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab >= 0)
                {
                    signatures[line[..tab]] = line[(tab + 1)..];
                }
            }

            return new PageSignatureStore(signatures);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Empty;
        }
    }

    /// <summary>Every page's signature, by page path.</summary>
    public IReadOnlyDictionary<string, string> Entries => signatures;

    public bool Matches(string pagePath, string signature) =>
        signatures.TryGetValue(pagePath, out var previous) && previous == signature;

    /// <summary>
    /// Removes the store before a build changes the output: a store left beside output it no longer describes could
    /// keep a stale page. Only our own file is removed.
    /// </summary>
    public static void Forget(string path)
    {
        try
        {
            if (File.Exists(path) && File.ReadLines(path).FirstOrDefault() == Header)
            {
                File.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A store that cannot be removed cannot be rewritten either; Save below will fail the same way.
        }
    }

    public static void Save(string path, string renderKey, IEnumerable<KeyValuePair<string, string>> pages)
    {
        var text = new StringBuilder(Header).Append('\n').Append(renderKey).Append('\n');
        foreach (var (page, signature) in pages.OrderBy(static p => p.Key, StringComparer.Ordinal))
        {
            text.Append(page).Append('\t').Append(signature).Append('\n');
        }

        try
        {
            if (File.Exists(path) && File.ReadLines(path).FirstOrDefault() != Header)
            {
                // Someone else's file of that name is left alone.
                return;
            }

            File.WriteAllText(path + ".new", text.ToString());
            File.Move(path + ".new", path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without a store the next build renders every page: slower, never wrong.
        }
    }
}
