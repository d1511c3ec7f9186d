namespace Publisher.Tests.Browser;

/// <summary>
/// Scripts that record, inside the page, which links keyboard focus lands on, so a test can press Tab many times and
/// read the result once.
/// </summary>
public static class KeyboardProbe
{
    /// <summary>Numbers every visible link, starts recording focus, and returns how many links there are.</summary>
    public const string Install = """
        () => {
          const links = [...document.querySelectorAll('a[href]')]
            .filter(a => a.getClientRects().length > 0 && getComputedStyle(a).visibility !== 'hidden');
          links.forEach((a, i) => a.dataset.probe = String(i));
          window.__focused = new Set();
          document.addEventListener('focusin', e => { if (e.target.dataset && e.target.dataset.probe) window.__focused.add(e.target.dataset.probe); }, true);
          return links.length;
        }
        """;

    /// <summary>The links focus never reached, by their href.</summary>
    public const string Missed = """
        () => [...document.querySelectorAll('a[data-probe]')].filter(a => !window.__focused.has(a.dataset.probe)).map(a => a.getAttribute('href'))
        """;
}
