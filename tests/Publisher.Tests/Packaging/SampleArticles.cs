namespace Publisher.Tests.Packaging;

/// <summary>Articles written for the packaging tests: nothing here comes from the repository's content.</summary>
public static class SampleArticles
{
    public const string FerryFile = "harbour-ferry.txt";

    public const string FerryTitle = "Harbour ferry returns after winter repairs";

    public const string FerrySlug = "harbour-ferry-returns-after-winter-repairs";

    public const string Ferry = """
        ---
        date: 2019-03-14
        publisher: The Harbour Gazette
        ---
        Harbour ferry returns after winter repairs

        The town's only ferry returned to service on Thursday after three months of repairs to its hull.

        "We are glad to have her back," said Maria Lopez, the harbour master.

        """;

    public const string LighthouseFile = "lighthouse.md";

    public const string LighthouseSlug = "lighthouse-keeper-retires-after-forty-years";

    public const string Lighthouse = """
        ---
        title: Lighthouse keeper retires after forty years
        date: 2018-06-01
        publisher: The Harbour Gazette
        ---
        The keeper of the north light climbed its stairs for the last time on Friday.

        He will stay in the keeper's cottage, which the council has agreed to let to him.

        """;

    public const string Registry = """
        - name: Maria Lopez
          kind: person
          description: Harbour master.

        """;

    /// <summary>An impossible date on line 3, column 7: error PUB010.</summary>
    public const string BadDateFile = "bad-date.txt";

    public const string BadDate = """
        ---
        title: Council meets on Monday
        date: 2016-02-30
        ---
        The council met on Monday to discuss the harbour.

        """;

    /// <summary>No date anywhere: warning PUB002 on line 1, column 1.</summary>
    public const string UndatedFile = "undated.txt";

    public const string Undated = """
        Fishing fleet sets out

        The fleet left the harbour before dawn.

        """;
}
