using Publisher.Site.Building;

namespace Publisher.Tests.Support;

/// <summary>Synthetic sites for checks the seed archive is too small for.</summary>
public static class SyntheticSites
{
    /// <summary>
    /// Articles enough for three home pages of ten, so the site has a paged listing (page/2/) with links both ways.
    /// </summary>
    public static void BuildPaged(string outputFolder, BaseUrl baseUrl) =>
        TestSites.BuildOk(TestSites.Corpus(25), outputFolder, options => options with { BaseUrl = baseUrl, PageSize = 10 });
}
