using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Publisher.Site.Pages;
using Publisher.Site.Rendering;
using Publisher.Site.Views;

namespace Publisher.Site.Building;

/// <summary>
/// A hash of everything a page's template can read that is particular to the page: its path, kind, template and
/// view values. With the same templates, options, tool and site-wide view (checked separately, see
/// <see cref="PageSignatureStore"/>), pages with equal signatures render to equal bytes, so a rebuild skips them.
/// </summary>
/// <remarks>
/// Every view type is written field by field. A value of a type this class does not know gives no signature, and
/// the page is always rendered: an unknown value can only cost time, never a stale page. Values stream into a
/// 128-bit XxHash through a small buffer: a signature costs a pass over the view, not a copy of it (a StringBuilder
/// copy hashed with SHA-256 cost 8 s of CPU at 100,000 articles). The hash guards against accidents, not attackers:
/// whoever can change a view's values can change the page itself.
/// </remarks>
public static class PageSignature
{
    [ThreadStatic]
    private static SignatureSink? scratch;

    public static string? Of(PageJob job, PageContent content)
    {
        var text = scratch ??= new SignatureSink();
        text.Reset();
        var writer = new SignatureWriter(text);
        writer.Add(job.Path).Add(job.Kind).Add(job.Template).Add(job.RootedLinks);
        writer.Add(content.Title).Add(content.Description).Add(content.OgType).Add(content.JsonLd.Html);
        foreach (var (key, value) in content.Values.OrderBy(static v => v.Key, StringComparer.Ordinal))
        {
            writer.Add(key);
            if (!writer.Value(value))
            {
                return null;
            }
        }

        return text.Finish();
    }

    /// <summary>The site-wide view every page reads (navigation, archive years, article count).</summary>
    public static string Of(SiteView site)
    {
        var text = new SignatureSink();
        var writer = new SignatureWriter(text);
        writer.Add(site.Title).Add(site.Description).Add(site.Language).Add(site.ArticleCount).Add(site.AbsoluteUrls);
        writer.List(site.Nav, static (w, n) => w.Add(n.Label).Add(n.Url));
        writer.List(site.Years, static (w, y) => w.Year(y));
        return text.Finish();
    }

    /// <summary>Characters gathered in a buffer and hashed a buffer at a time.</summary>
    private sealed class SignatureSink
    {
        private readonly XxHash128 hash = new();
        private readonly char[] buffer = new char[4096];
        private int used;

        public void Reset()
        {
            hash.Reset();
            used = 0;
        }

        public SignatureSink Append(char value)
        {
            if (used == buffer.Length)
            {
                Flush();
            }

            buffer[used++] = value;
            return this;
        }

        public SignatureSink Append(int value)
        {
            if (buffer.Length - used < 11)
            {
                Flush();
            }

            value.TryFormat(buffer.AsSpan(used), out var written, provider: CultureInfo.InvariantCulture);
            used += written;
            return this;
        }

        public SignatureSink Append(string value)
        {
            var rest = value.AsSpan();
            while (!rest.IsEmpty)
            {
                if (used == buffer.Length)
                {
                    Flush();
                }

                var take = Math.Min(rest.Length, buffer.Length - used);
                rest[..take].CopyTo(buffer.AsSpan(used));
                used += take;
                rest = rest[take..];
            }

            return this;
        }

        public string Finish()
        {
            Flush();
            return Convert.ToHexStringLower(hash.GetCurrentHash());
        }

        private void Flush()
        {
            hash.Append(MemoryMarshal.AsBytes(buffer.AsSpan(0, used)));
            used = 0;
        }
    }

    /// <summary>Writes values with their lengths and null marks, so different values never write the same text.</summary>
    private readonly struct SignatureWriter(SignatureSink text)
    {
        public SignatureWriter Add(string? value)
        {
            if (value is null)
            {
                text.Append('\u0001');
            }
            else
            {
                text.Append(value.Length).Append(':').Append(value);
            }

            return this;
        }

        public SignatureWriter Add(int value)
        {
            text.Append(value).Append(',');
            return this;
        }

        public SignatureWriter Add(bool value)
        {
            text.Append(value ? 'T' : 'F');
            return this;
        }

        public void List<T>(IReadOnlyList<T>? items, Action<SignatureWriter, T> item)
        {
            if (items is null)
            {
                text.Append('\u0001');
                return;
            }

            Add(items.Count);
            foreach (var value in items)
            {
                item(this, value);
            }
        }

        public bool Value(object? value)
        {
            switch (value)
            {
                case null:
                    text.Append('\u0001');
                    return true;
                case string s:
                    text.Append('s');
                    Add(s);
                    return true;
                case ArticleView article:
                    text.Append('a');
                    Article(article);
                    return true;
                case EntityView entity:
                    text.Append('e');
                    Entity(entity);
                    return true;
                case ListingView listing:
                    text.Append('l');
                    Add(listing.Heading);
                    List(listing.Articles, static (w, a) => w.Summary(a));
                    Pagination(listing.Pagination);
                    List(listing.Months, static (w, m) => w.Month(m));
                    return true;
                case PaginationView pagination:
                    text.Append('p');
                    Pagination(pagination);
                    return true;
                case MonthGroupView month:
                    text.Append('m');
                    Month(month);
                    return true;
                case YearGroupView year:
                    text.Append('y');
                    Year(year);
                    return true;
                case EntityIndexView index:
                    text.Append('i');
                    Add(index.Kind).Add(index.Label).Add(index.Plural).Add(index.Url).Add(index.AlphabeticalUrl);
                    List(index.Entities, static (w, e) => w.Link(e));
                    List(index.Letters, static (w, l) =>
                    {
                        w.Add(l.Letter).Add(l.Anchor);
                        w.List(l.Entities, static (w2, e) => w2.Link(e));
                    });
                    return true;
                default:
                    return false;
            }
        }

        public void Year(YearGroupView year)
        {
            Add(year.Year).Add(year.Url).Add(year.Count);
            List(year.Months, static (w, m) => w.Month(m));
        }

        private void Month(MonthGroupView month)
        {
            Add(month.Title).Add(month.Url).Add(month.Count);
            List(month.Articles, static (w, a) => w.Summary(a));
        }

        private void Pagination(PaginationView? pagination)
        {
            if (pagination is null)
            {
                text.Append('\u0001');
                return;
            }

            Add(pagination.Page).Add(pagination.Pages).Add(pagination.Previous).Add(pagination.Next).Add(pagination.First).Add(pagination.Last);
        }

        private void Summary(ArticleSummaryView? summary)
        {
            if (summary is null)
            {
                text.Append('\u0001');
                return;
            }

            Add(summary.Title).Add(summary.Url).Add(summary.Date).Add(summary.IsoDate).Add(summary.Source).Add(summary.Standfirst);
        }

        private void Link(EntityLinkView link) => Add(link.Name).Add(link.Kind).Add(link.KindLabel).Add(link.Url).Add(link.Count);

        private void Quote(QuoteView quote)
        {
            Add(quote.Text).Add(quote.Speaker).Add(quote.SpeakerUrl);
            Summary(quote.Article);
        }

        private void Article(ArticleView a)
        {
            Summary(a.Summary);
            Add(a.ArchiveUrl).Add(a.ArchiveTitle).Add(a.DateProvenance).Add(a.DatelinePlace).Add(a.DatelineAgency);
            List(a.Authors, static (w, s) => w.Add(s));
            List(a.Tags, static (w, s) => w.Add(s));
            List(a.Captions, static (w, c) => w.Add(c.Text).Add(c.Credit));
            List(a.Blocks, static (w, b) =>
            {
                w.Add(b.IsHeading).Add(b.Anchor).Add(b.Html?.Html);
                w.List(b.Segments, static (w2, s) => w2.Add(s.Text).Add(s.Url).Add(s.Kind));
            });
            List(a.EntityGroups, static (w, g) =>
            {
                w.Add(g.Kind).Add(g.Label);
                w.List(g.Entities, static (w2, e) => w2.Link(e));
            });
            List(a.Quotes, static (w, q) => w.Quote(q));
            List(a.Related, static (w, r) => w.Summary(r));
            Summary(a.Newer);
            Summary(a.Older);
            List(a.Attributions, static (w, s) => w.Add(s));
        }

        private void Entity(EntityView e)
        {
            Link(e.Link);
            Add(e.IndexUrl);
            List(e.Aliases, static (w, s) => w.Add(s));
            Add(e.MentionCount);
            List(e.Articles, static (w, a) => w.Summary(a));
            List(e.Quotes, static (w, q) => w.Quote(q));
            List(e.CoMentioned, static (w, l) => w.Link(l));
            var t = e.Timeline;
            Add(t.Width).Add(t.Height).Add(t.First).Add(t.Last).Add(t.Max);
            List(t.Bars, static (w, b) => w.Add(b.X).Add(b.Y).Add(b.Width).Add(b.Height).Add(b.Label));
            Add(e.Description);
            List(e.Roles, static (w, s) => w.Add(s));
        }
    }
}
