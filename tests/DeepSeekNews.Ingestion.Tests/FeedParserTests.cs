using System.Text;
using DeepSeekNews.Ingestion.Feeds;
using DeepSeekNews.Ingestion.Text;

namespace DeepSeekNews.Ingestion.Tests;

public sealed class FeedParserTests
{
    [Fact]
    public void ReadsRss2ItemsWithTheirDates()
    {
        const string Rss = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>اقتصاد وتقنية</title><link>https://news.example/</link>
                <lastBuildDate>Tue, 28 Jan 2025 12:00:00 GMT</lastBuildDate>
                <item>
                  <title>شركة ناشئة صينية تهز أسواق الرقائق</title>
                  <link>https://news.example/tech/chips?utm_source=rss</link>
                  <guid isPermaLink="false">story-101</guid>
                  <pubDate>Tue, 28 Jan 2025 09:30:00 +0300</pubDate>
                  <description><![CDATA[<p>تراجعت أسهم شركات <b>الرقائق</b> بعد الإعلان.</p>]]></description>
                </item>
                <item>
                  <title>Second</title><link>/tech/second</link><pubDate>Mon, 27 Jan 2025 18:05:00 EST</pubDate>
                </item>
              </channel>
            </rss>
            """;

        var feed = FeedParser.Parse(Rss, new Uri("https://news.example/feed.xml"));

        Assert.Equal("اقتصاد وتقنية", feed.Title);
        Assert.Equal(new DateTimeOffset(2025, 1, 28, 12, 0, 0, TimeSpan.Zero), feed.Updated);
        Assert.Equal(2, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal("story-101", first.Guid);
        Assert.Equal(new DateTimeOffset(2025, 1, 28, 9, 30, 0, TimeSpan.FromHours(3)), first.Published);
        Assert.Equal("تراجعت أسهم شركات الرقائق بعد الإعلان.", first.Summary);
        Assert.Equal(new Uri("https://news.example/tech/second"), feed.Items[1].Link);
        Assert.Equal(new DateTimeOffset(2025, 1, 27, 18, 5, 0, TimeSpan.FromHours(-5)), feed.Items[1].Published);
    }

    [Fact]
    public void ReadsRss1RdfFeeds()
    {
        const string Rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://news.example/"><title>Old school</title><link>https://news.example/</link></channel>
              <item rdf:about="https://news.example/a">
                <title>Markets slide on AI news</title><link>https://news.example/a</link>
                <dc:date>2025-01-27T15:00:00+02:00</dc:date><description>Chip makers fell.</description>
              </item>
            </rdf:RDF>
            """;

        var feed = FeedParser.Parse(Rdf);

        var item = Assert.Single(feed.Items);
        Assert.Equal("Markets slide on AI news", item.Title);
        Assert.Equal(new Uri("https://news.example/a"), item.Link);
        Assert.Equal(new DateTimeOffset(2025, 1, 27, 15, 0, 0, TimeSpan.FromHours(2)), item.Published);
        Assert.Equal("Old school", feed.Title);
    }

    [Fact]
    public void ReadsAtomEntriesAndTheirAlternateLinks()
    {
        const string Atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/">
              <title>مدونة الذكاء الاصطناعي</title><updated>2025-01-28T10:00:00Z</updated>
              <link rel="self" href="https://blog.example/atom.xml"/>
              <entry>
                <title>نموذج مفتوح المصدر يتحدى المنافسين</title>
                <id>tag:blog.example,2025:1</id>
                <link rel="alternate" type="text/html" href="posts/open-model"/>
                <link rel="enclosure" href="media/a.mp3"/>
                <updated>2025-01-28T09:00:00Z</updated><published>2025-01-27T20:00:00+03:00</published>
                <summary>ملخص قصير.</summary>
              </entry>
            </feed>
            """;

        var feed = FeedParser.Parse(Atom);

        var entry = Assert.Single(feed.Items);
        Assert.Equal(new Uri("https://blog.example/posts/open-model"), entry.Link);
        Assert.Equal("tag:blog.example,2025:1", entry.Guid);
        Assert.Equal(new DateTimeOffset(2025, 1, 27, 20, 0, 0, TimeSpan.FromHours(3)), entry.Published);
        Assert.Equal("ملخص قصير.", entry.Summary);
    }

    [Fact]
    public void ItemsRepeatedByGuidOrByLinkAreKeptOnce()
    {
        const string Rss = """
            <rss version="2.0"><channel><title>t</title>
              <item><title>A</title><link>https://news.example/a</link><guid>1</guid></item>
              <item><title>A again</title><link>https://news.example/a-other</link><guid>1</guid></item>
              <item><title>A via tracker</title><link>https://news.example/a?utm_campaign=x#top</link><guid>2</guid></item>
              <item><title>B</title><link>https://news.example/b</link><guid>3</guid></item>
            </channel></rss>
            """;

        var feed = FeedParser.Parse(Rss);

        Assert.Equal(["A", "B"], feed.Items.Select(i => i.Title));
    }

    [Fact]
    public void HtmlEntitiesThatXmlDoesNotKnowDoNotBreakTheFeed()
    {
        const string Rss = "<rss version=\"2.0\"><channel><title>Caf&eacute; news</title><item><title>Prices&nbsp;rise &amp; fall</title><link>https://news.example/x</link></item></channel></rss>";

        var feed = FeedParser.Parse(Rss);

        Assert.Equal("Café news", feed.Title);
        Assert.Equal("Prices rise & fall", feed.Items[0].Title);
    }

    [Fact]
    public void AWindows1256FeedDecodesByItsXmlDeclaration()
    {
        CharsetDecoder.EnsureCodePages();
        var xml = "<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss version=\"2.0\"><channel><title>أخبار</title><item><title>ارتفاع أسعار النفط</title><link>https://news.example/oil</link></item></channel></rss>";

        var feed = FeedParser.Parse(Encoding.GetEncoding("windows-1256").GetBytes(xml));

        Assert.Equal("ارتفاع أسعار النفط", feed.Items[0].Title);
    }

    [Fact]
    public void ADocumentTypeDeclarationIsNotFollowed()
    {
        const string Rss = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
            <rss version="2.0"><channel><title>t</title><item><title>safe</title><link>https://news.example/s</link></item></channel></rss>
            """;

        var feed = FeedParser.Parse(Rss);

        Assert.Equal("safe", feed.Items[0].Title);
    }

    [Fact]
    public void SomethingElseIsNotAFeed()
    {
        Assert.False(FeedParser.LooksLikeFeed("<html><body>hi</body></html>"u8));
        Assert.True(FeedParser.LooksLikeFeed("<?xml version=\"1.0\"?><rss version=\"2.0\">"u8));
        Assert.Throws<FeedFormatException>(() => FeedParser.Parse("<html><body/></html>"));
        Assert.Throws<FeedFormatException>(() => FeedParser.Parse("<rss><channel><title>broken"));
    }
}
