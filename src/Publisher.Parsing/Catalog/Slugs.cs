using System.Globalization;
using System.Text;
using Publisher.Parsing.Text;

namespace Publisher.Parsing.Catalog;

/// <summary>URL slugs: lower case letters and digits of any script joined by hyphens; Latin accents dropped.</summary>
public static class Slugs
{
    public const int MaxLength = 80;

    public static string Slugify(string text) => Truncate(Untruncated(text));

    /// <summary>
    /// Whether <paramref name="value"/> is already a slug: what <see cref="Slugify"/> makes, or that with a "-2"
    /// suffix a placement added, which may take it past <see cref="MaxLength"/>.
    /// </summary>
    public static bool IsSlug(string value) => value.Length > 0 && Unsafe(value) is null && Untruncated(value) == value;

    private static string Untruncated(string text)
    {
        var decomposed = TextCleaner.Normalize(text, NormalizationForm.FormD);
        var builder = new StringBuilder(Math.Min(decomposed.Length, MaxLength + 16));
        var pendingHyphen = false;
        var previousBase = '\0';
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                // "Erdoğan" → "erdogan"; marks on other scripts carry meaning and stay.
                if (previousBase >= '\u0250' && builder.Length > 0)
                {
                    builder.Append(c);
                }

                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
                previousBase = c;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return TextCleaner.Normalize(builder.ToString(), NormalizationForm.FormC);
    }

    /// <summary>Why a slug an author wrote cannot be a folder name, or null when it can.</summary>
    public static string? Unsafe(string slug)
    {
        if (slug.Trim().Length == 0)
        {
            return "it is empty";
        }

        if (slug.Contains("..") || slug.IndexOf('/') >= 0 || slug.IndexOf('\\') >= 0)
        {
            return "a slug is one folder name and may not contain '/', '\\' or '..'";
        }

        if (slug.Length >= 2 && slug[1] == ':')
        {
            return "it looks like an absolute path";
        }

        return Slugify(slug).Length == 0 ? "it has no letters or digits" : null;
    }

    private static string Truncate(string slug)
    {
        if (slug.Length <= MaxLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', MaxLength);
        return cut > MaxLength / 2 ? slug.Substring(0, cut) : slug.Substring(0, MaxLength).TrimEnd('-');
    }
}
