namespace Publisher.Parsing.Diagnostics;

/// <summary>
/// Every content diagnostic the parser, the generator and the publisher report. Ids are stable: add new ones at
/// the end, never renumber. docs/diagnostics.md documents each with an example.
/// </summary>
public static class DiagnosticCatalog
{
    public const string Category = "Publisher.Content";

    public static readonly DiagnosticDescriptorInfo NoTitle = new(
        "PUB001",
        "No title found",
        "No headline was found in this article; the file name '{0}' is used as its title. Put the headline on the first line or add 'title:' to the front matter.",
        DiagnosticLevel.Warning,
        "The first real line of a scraped article (not furniture such as 'Share' or a photo credit) is its headline.");

    public static readonly DiagnosticDescriptorInfo NoPublicationDate = new(
        "PUB002",
        "No publication date",
        "This article has no publication date: add 'date: YYYY-MM-DD' to its front matter. It is listed after all dated articles.",
        DiagnosticLevel.Warning,
        "Dates come from the front matter, then from a dateline such as 'BRUSSELS, April 23, 2013 (Reuters) -', then from a full date in the lead.");

    public static readonly DiagnosticDescriptorInfo DateInferred = new(
        "PUB003",
        "Publication date inferred from the text",
        "The publication date {0} was inferred from the text \"{1}\"; confirm it with 'date: {0}' in the front matter",
        DiagnosticLevel.Warning,
        "A guessed date can be wrong (the text may mention an earlier event); a front-matter date is a fact.");

    public static readonly DiagnosticDescriptorInfo MalformedFrontMatter = new(
        "PUB004",
        "Malformed front matter",
        "The front matter is not valid: {0}",
        DiagnosticLevel.Error,
        "Front matter is a YAML mapping between two '---' lines at the very top of the file.");

    public static readonly DiagnosticDescriptorInfo UnknownFrontMatterKey = new(
        "PUB005",
        "Unknown front-matter key",
        "Unknown front-matter key '{0}'{1}; it is ignored. Known keys: {2}.",
        DiagnosticLevel.Warning,
        "A misspelt key would otherwise be silently ignored.");

    public static readonly DiagnosticDescriptorInfo DuplicateSlug = new(
        "PUB006",
        "Duplicate slug",
        "The slug '{0}' is already used by '{1}'; this article gets the slug '{2}'. Set 'slug:' in the front matter to choose one.",
        DiagnosticLevel.Warning,
        "Two articles with the same slug would share a URL and a catalog member.");

    public static readonly DiagnosticDescriptorInfo EmptyFile = new(
        "PUB007",
        "Empty article file",
        "This article file is empty and was skipped",
        DiagnosticLevel.Warning,
        "An empty file is usually a failed scrape or an accidental save.");

    public static readonly DiagnosticDescriptorInfo InvalidUtf8 = new(
        "PUB008",
        "Not valid UTF-8",
        "This file is not valid UTF-8{0}; unreadable bytes are shown as U+FFFD. Save it as UTF-8.",
        DiagnosticLevel.Warning,
        "Article files are read as UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark.");

    public static readonly DiagnosticDescriptorInfo FileTooLarge = new(
        "PUB009",
        "Article file too large",
        "This file is {0:N0} bytes, over the limit of {1:N0} bytes, and was skipped. If it is really one article, raise the limit (MSBuild property PublisherMaxArticleBytes; publisher build --max-article-bytes).",
        DiagnosticLevel.Error,
        "A very large file is almost always a scraping accident; the limit keeps builds fast and the catalog small.");

    public static readonly DiagnosticDescriptorInfo InvalidFrontMatterValue = new(
        "PUB010",
        "Invalid front-matter value",
        "The front-matter value of '{0}' is not valid: {1}",
        DiagnosticLevel.Error,
        "For example 'date: yesterday' or 'date: 2016-02-30'.");

    public static readonly DiagnosticDescriptorInfo UnsafeSlug = new(
        "PUB011",
        "Unsafe or empty slug",
        "The slug '{0}' cannot be used: {1}. The slug '{2}' is used instead.",
        DiagnosticLevel.Error,
        "A slug becomes a folder name in the site; it must not climb out of the site folder.");

    public static readonly DiagnosticDescriptorInfo NoBody = new(
        "PUB012",
        "No body text",
        "No body text was found in this article: every line is a headline, furniture, a caption or a credit",
        DiagnosticLevel.Warning,
        "An article made only of site furniture is usually a failed scrape.");

    public static readonly DiagnosticDescriptorInfo MissingFrontMatter = new(
        "PUB013",
        "Markdown article without front matter",
        "This Markdown article has no front matter; add a block with at least 'title:' and 'date:' between '---' lines at the top",
        DiagnosticLevel.Warning,
        "Markdown articles carry their facts in front matter; scraped .txt articles may do without.");

    public static readonly DiagnosticDescriptorInfo IdentifierCollision = new(
        "PUB014",
        "Catalog member renamed",
        "The catalog member name '{0}' is already taken by '{1}'; this article's member is '{2}'",
        DiagnosticLevel.Info,
        "Different slugs can make the same C# name ('a-b' and 'a_b'); the later path gets a numeric suffix.");

    public static readonly DiagnosticDescriptorInfo Unreadable = new(
        "PUB015",
        "Article file could not be read",
        "The file could not be read: {0}",
        DiagnosticLevel.Error,
        "Reported by the publisher when it reads a content folder at run time (the compiler reports its own read errors); the other articles still build.");

    public static readonly DiagnosticDescriptorInfo MalformedRegistry = new(
        "PUB016",
        "Malformed entity registry",
        "The entity registry is not valid: {0}",
        DiagnosticLevel.Error,
        "content/entities.yml is a list of entries (or 'entities:' holding that list); each entry is a mapping with at least 'name:' and 'kind:'. An entry with an error is left out; the others are still registered.");

    public static readonly DiagnosticDescriptorInfo UnknownEntityKind = new(
        "PUB017",
        "Unknown entity kind",
        "{0}; write 'kind:' as one of: person, organization (or organisation), place. This entry is left out.",
        DiagnosticLevel.Error,
        "The kind decides where an entity is listed and how its mentions are read; a misspelt kind would file it wrongly.");

    public static readonly DiagnosticDescriptorInfo DuplicateAlias = new(
        "PUB018",
        "Alias claimed by two entities",
        "The alias '{0}' {1}; it is removed from '{2}'. Remove it from one of the two entries.",
        DiagnosticLevel.Warning,
        "A spelling can mean only one registered entity; names win over aliases, and the entry written first keeps an alias.");

    public static readonly DiagnosticDescriptorInfo DuplicateEntityId = new(
        "PUB019",
        "Duplicate entity id",
        "The entity id '{0}' is already used by '{1}' (line {2}); this entry is left out. Give one of them its own 'id:'.",
        DiagnosticLevel.Error,
        "The id is an entity's URL and catalog member; two entities with one id would be merged silently.");

    public static readonly DiagnosticDescriptorInfo UnknownRegistryKey = new(
        "PUB020",
        "Unknown entity registry key",
        "Unknown key '{0}' in the entity registry{1}; it is ignored. Known keys here: {2}.",
        DiagnosticLevel.Warning,
        "A misspelt key would otherwise be silently ignored.");

    public static readonly DiagnosticDescriptorInfo NotText = new(
        "PUB021",
        "Not a text file",
        "This file holds binary data (a NUL character), not article text, and was skipped{0}",
        DiagnosticLevel.Error,
        "A NUL character never occurs in text; an image, archive or document saved under an article's name would otherwise publish as garbage.");

    public static readonly DiagnosticDescriptorInfo LongTitle = new(
        "PUB022",
        "Title too long",
        "The title is {0:N0} characters long, over {1:N0}: a headline that long is usually body text or a whole page scraped into one line. It is kept as written; shorten it or set 'title:' in the front matter.",
        DiagnosticLevel.Warning,
        "Titles appear in every list, feed and browser tab; one of thousands of characters is almost always a scraping accident.");

    public static readonly IReadOnlyList<DiagnosticDescriptorInfo> All =
    [
        NoTitle, NoPublicationDate, DateInferred, MalformedFrontMatter, UnknownFrontMatterKey, DuplicateSlug, EmptyFile,
        InvalidUtf8, FileTooLarge, InvalidFrontMatterValue, UnsafeSlug, NoBody, MissingFrontMatter, IdentifierCollision,
        Unreadable, MalformedRegistry, UnknownEntityKind, DuplicateAlias, DuplicateEntityId, UnknownRegistryKey,
        NotText, LongTitle,
    ];
}
