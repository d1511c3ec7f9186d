namespace Publisher.Parsing.Model;

public enum DateProvenance
{
    /// <summary>The author wrote it in the front matter: a fact.</summary>
    FrontMatter,

    /// <summary>Read from the article's dateline ("BRUSSELS, April 23, 2013 (Reuters) -").</summary>
    Dateline,

    /// <summary>Guessed from a full date in the lead; <see cref="PublicationDate.Evidence"/> quotes it.</summary>
    InferredFromText,
}

/// <summary>The publication date of an article, where it came from, and the text that shows it.</summary>
public sealed record PublicationDate(DateTime Date, DateProvenance Provenance, string Evidence, SourceRange Source)
{
    public string IsoDate => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
