using Publisher.Site.Building;
using Publisher.Site.Sources;
using Publisher.Tests.Support;

namespace Publisher.Tests.Site;

/// <summary>
/// The walk that stamps article files for the fingerprint reads each file's size and time as it lists the folder; it
/// must list exactly the files a build reads, in the same order, with what the file system says of each.
/// </summary>
public sealed class ContentFolderWalkTests
{
    [Fact]
    public void Stamps_list_the_articles_a_build_reads_in_its_order_with_their_sizes_and_times()
    {
        using var folder = new TempFolder();
        var articles = folder.Combine("content", "articles");
        Directory.CreateDirectory(Path.Combine(articles, "2024", "b"));
        Directory.CreateDirectory(Path.Combine(articles, ".drafts"));
        string[] names = ["z.txt", "a.md", "B.TXT", Path.Combine("2024", "b", "c.markdown"), Path.Combine("2024", "a.txt"), ".hidden.txt", "notes.docx", Path.Combine(".drafts", "d.txt")];
        for (var i = 0; i < names.Length; i++)
        {
            File.WriteAllText(Path.Combine(articles, names[i]), new string('x', 10 + i));
        }

        File.SetLastWriteTimeUtc(Path.Combine(articles, "a.md"), new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc));
        var content = folder.Combine("content");

        var files = ContentFolder.ArticleFiles(content);
        var stamps = ContentFolder.ArticleFileStamps(content);

        Assert.Equal(["2024/a.txt", "2024/b/c.markdown", "B.TXT", "a.md", "z.txt"], files.Select(f => Path.GetRelativePath(articles, f).Replace('\\', '/')).OrderBy(f => f, StringComparer.Ordinal));
        Assert.Equal(files, stamps.Select(static s => s.Path));
        Assert.Equal(files.Order(StringComparer.Ordinal), files);
        foreach (var stamp in stamps)
        {
            var info = new FileInfo(stamp.Path);
            Assert.Equal(info.Length, stamp.Length);
            Assert.Equal(info.LastWriteTimeUtc.Ticks, stamp.LastWriteTicks);
        }
    }

    [Fact]
    public void The_fingerprint_follows_article_sizes_and_times_and_its_structure_follows_the_file_list()
    {
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        var articles = Path.Combine(content, "articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(Path.Combine(articles, "one.txt"), "One\n\nA body.\n");
        File.WriteAllText(Path.Combine(articles, "two.txt"), "Two\n\nA body.\n");
        var options = new SiteOptions(TestSites.Templates, folder.Combine("site"));

        var first = InputFingerprint.Read(content, options);
        Assert.Equal(first, InputFingerprint.Read(content, options) with { Articles = first.Articles });
        Assert.Equal(string.Join("\n", first.Articles), string.Join("\n", InputFingerprint.Read(content, options).Articles));

        File.SetLastWriteTimeUtc(Path.Combine(articles, "two.txt"), new DateTime(2010, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var touched = InputFingerprint.Read(content, options);
        Assert.NotEqual(first.Fingerprint, touched.Fingerprint);
        Assert.Equal(first.Structure, touched.Structure);
        Assert.Equal(first.Articles[0], touched.Articles[0]);
        Assert.NotEqual(first.Articles[1], touched.Articles[1]);

        File.WriteAllText(Path.Combine(articles, "three.txt"), "Three\n\nA body.\n");
        var added = InputFingerprint.Read(content, options);
        Assert.NotEqual(touched.Structure, added.Structure);
        Assert.Equal(3, added.Articles.Length);
    }
}
