using Publisher.Parsing.Model;
using Publisher.Site.Indexing;
using Publisher.Site.Rendering;
using Publisher.Site.Views;

namespace Publisher.Site.Pages;

/// <summary>
/// Splits body blocks into text and links so the first mention of each entity links to its page. Mentions are
/// located by their source offsets, then found in the block's cleaned text (cleaning can shift offsets). A raw HTML
/// block is its visible text like any paragraph, unless the site publishes raw HTML: then it is its sanitised markup.
/// </summary>
public static class BodyLinker
{
    public static IReadOnlyList<BlockView> Link(Article article, Func<string, LinkedEntity?> entityOf, RawHtmlSanitizer? rawHtml = null)
    {
        var mentions = article.Mentions.IsDefaultOrEmpty
            ? []
            : article.Mentions.OrderBy(static m => m.Source.Start).ToArray();
        var linked = new HashSet<string>(StringComparer.Ordinal);
        var blocks = new List<BlockView>(article.Body.Length);
        var next = 0;
        var number = 0;
        foreach (var block in article.Body)
        {
            number++;
            var anchor = "p" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (block is { Kind: BodyBlockKind.Html, Html: { } markup } && (rawHtml is not null || block.Text.Length == 0))
            {
                if (rawHtml is not null && rawHtml.Sanitize(markup) is { Length: > 0 } safe)
                {
                    blocks.Add(new BlockView(false, anchor, [], new RawHtml(safe)));
                }

                continue;
            }

            var segments = new List<SegmentView>();
            var cursor = 0;
            while (next < mentions.Length && mentions[next].Source.Start < block.Source.Start)
            {
                next++;
            }

            for (; next < mentions.Length && mentions[next].Source.Start < block.Source.End; next++)
            {
                var mention = mentions[next];
                var key = EntityAccumulator.KeyOf(mention.Kind, mention.EntityId);
                if (linked.Contains(key) || entityOf(key) is not { } entity || mention.Text.Length == 0)
                {
                    continue;
                }

                var at = block.Text.IndexOf(mention.Text, cursor, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                if (at > cursor)
                {
                    segments.Add(new SegmentView(block.Text[cursor..at], null, null));
                }

                segments.Add(new SegmentView(mention.Text, entity.Path, KindNames.Of(entity.Kind)));
                cursor = at + mention.Text.Length;
                linked.Add(key);
            }

            if (cursor < block.Text.Length || segments.Count == 0)
            {
                segments.Add(new SegmentView(block.Text[cursor..], null, null));
            }

            blocks.Add(new BlockView(block.Kind == BodyBlockKind.Subheading, anchor, segments, null));
        }

        return blocks;
    }
}
