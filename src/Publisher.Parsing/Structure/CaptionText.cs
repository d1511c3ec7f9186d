using System.Text.RegularExpressions;
using Publisher.Parsing.Cleaning;
using Publisher.Parsing.Dates;
using Publisher.Parsing.Text;

namespace Publisher.Parsing.Structure;

/// <summary>Recognises the shapes of photo captions and separates a caption's text from its credit.</summary>
public sealed class CaptionText
{
    private static readonly AdaptiveRegex WirePhotoId = new(@"^[a-z]{2,5}_?\d{6,}\s+", RegexOptions.CultureInvariant);

    private static readonly AdaptiveRegex EndsWithDate = new(
        @"(?:on|,)?\s*" + DateText.Pattern + @"\s*\.?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        RegexLimits.MatchTimeout);

    private readonly CleaningRules _rules;
    private readonly AdaptiveRegex _photoSubjectAndVerb;

    public CaptionText(CleaningRules rules)
    {
        _rules = rules;

        // A short subject of capitalised words ("US President Barack Obama", "NATO Secretary-General Jens
        // Stoltenberg (right)") followed by a present-tense verb that describes a photograph.
        var verbs = string.Join("|", rules.PhotoVerbs.OrderByDescending(v => v.Length).Select(Regex.Escape));
        const string Word = @"(?:\p{Lu}[\p{L}\p{N}.'’\-]*|\p{N}+|of|the|and|de|del|da|al|el|bin|ibn|von|van|der|la|le|du|\([\p{L} ]{1,20}\))";
        _photoSubjectAndVerb = new AdaptiveRegex(
            @"^" + Word + @"(?:[ ,]+" + Word + @"){0,12}\s+(?:" + verbs + @")\b",
            RegexOptions.CultureInvariant,
            RegexLimits.MatchTimeout);
    }

    public bool HasMarker(string text) => _rules.CaptionMarkers.IsMatch(text);

    public bool LooksLikePhotoDescription(string text) => SafeIsMatch(_photoSubjectAndVerb.Regex, text);

    public bool EndsWithFullDate(string text) => SafeIsMatch(EndsWithDate.Regex, text);

    /// <summary>Splits "… (AP Photo/Francisco Seco)" into caption text and credit; null credit when none.</summary>
    public (string Text, string? Credit) SplitCredit(string text)
    {
        text = WirePhotoId.Regex.Replace(text, string.Empty);
        var match = _rules.CaptionCredits.FirstMatch(text);
        if (match is null || match.Index == 0)
        {
            return (text, null);
        }

        var caption = text.Substring(0, match.Index).TrimEnd();
        return (caption, match.Groups["credit"].Value.Trim());
    }

    public bool HasEmbeddedCredit(string text)
    {
        var match = _rules.CaptionCredits.FirstMatch(text);
        return match is not null && match.Index > 0 && Punctuation.CountWords(text.Substring(0, match.Index)) >= 4;
    }

    private static bool SafeIsMatch(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
