namespace Publisher.Site.Checking;

/// <summary>One thing wrong with one file of a built site.</summary>
/// <param name="Page">The file's path inside the site folder, with forward slashes (<c>2016/02/some-slug/index.html</c>).</param>
/// <param name="Problem">What is wrong, in words a person can act on.</param>
public sealed record CheckProblem(string Page, string Problem)
{
    public override string ToString() => $"{Page}: {Problem}";
}
