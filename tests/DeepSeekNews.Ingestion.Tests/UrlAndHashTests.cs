using DeepSeekNews.Ingestion.Text;

namespace DeepSeekNews.Ingestion.Tests;

public sealed class UrlAndHashTests
{
    [Theory]
    [InlineData("HTTPS://News.Example.COM/Tech/Story-1/?utm_source=twitter&utm_medium=social#comments", "https://news.example.com/Tech/Story-1")]
    [InlineData("https://news.example.com:443/a/b/", "https://news.example.com/a/b")]
    [InlineData("http://news.example.com:80/", "http://news.example.com/")]
    [InlineData("http://news.example.com:8080/a", "http://news.example.com:8080/a")]
    [InlineData("https://news.example.com/a?id=7&fbclid=xyz&gclid=abc", "https://news.example.com/a?id=7")]
    [InlineData("https://news.example.com/a?page=2&UTM_Campaign=x", "https://news.example.com/a?page=2")]
    [InlineData("https://news.example.com", "https://news.example.com/")]
    public void CanonicalUrlsDropTrackingAndCosmeticDifferences(string url, string expected)
    {
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(url));
    }

    [Fact]
    public void TwoSpellingsOfOneArticleShareACanonicalUrl()
    {
        var fromFeed = UrlCanonicalizer.Canonicalize("https://www.alarabiya.example/ar/tech/2025/01/28/deepseek/?utm_source=rss#top");
        var fromShare = UrlCanonicalizer.Canonicalize("https://WWW.ALARABIYA.EXAMPLE/ar/tech/2025/01/28/deepseek?fbclid=IwAR0");

        Assert.Equal(fromFeed, fromShare);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/news/1")]
    [InlineData("ftp://news.example.com/a")]
    [InlineData("file:///etc/passwd")]
    public void OnlyAbsoluteHttpUrlsHaveACanonicalForm(string? url)
    {
        Assert.Null(UrlCanonicalizer.TryCanonicalize(url));
    }
}
