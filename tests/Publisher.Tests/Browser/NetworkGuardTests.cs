namespace Publisher.Tests.Browser;

public sealed class NetworkGuardTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000/news/", true)]
    [InlineData("http://localhost/news/", true)]
    [InlineData("http://[::1]:8080/", true)]
    [InlineData("file:///work/site/index.html", true)]
    [InlineData("data:image/png;base64,AAAA", true)]
    [InlineData("https://fonts.example.com/font.woff2", false)]
    [InlineData("http://192.168.1.10/", false)]
    [InlineData("http://127.0.0.1.example.com/", false)]
    [InlineData("wss://example.org/socket", false)]
    public void Only_this_machine_counts_as_local(string url, bool local) =>
        Assert.Equal(local, NetworkGuard.IsLocal(new Uri(url)));
}
