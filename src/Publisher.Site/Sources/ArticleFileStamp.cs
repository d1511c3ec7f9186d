namespace Publisher.Site.Sources;

/// <summary>An article file with its size in bytes and its last write time (UTC ticks), as a directory walk found them.</summary>
public readonly record struct ArticleFileStamp(string Path, long Length, long LastWriteTicks);
