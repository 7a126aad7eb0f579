using DeepSeekNews.Ingestion.Robots;

namespace DeepSeekNews.Ingestion.Tests;

public sealed class RobotsRulesTests
{
    [Fact]
    public void LongestMatchingRuleDecides()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /news/\nAllow: /news/public/\n", "DeepSeekNews");

        Assert.False(rules.IsAllowed("/news/2025/story"));
        Assert.True(rules.IsAllowed("/news/public/story"));
        Assert.True(rules.IsAllowed("/sport/"));
    }

    [Fact]
    public void AllowWinsATieBetweenEquallyLongRules()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /page\nAllow: /page\n", "DeepSeekNews");

        Assert.True(rules.IsAllowed("/page"));
    }

    [Fact]
    public void WildcardsAndEndAnchorsMatch()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\n", "DeepSeekNews");

        Assert.False(rules.IsAllowed("/files/report.pdf"));
        Assert.True(rules.IsAllowed("/files/report.pdf?download=1"));
        Assert.False(rules.IsAllowed("/search?lang=ar&q=ديب سيك"));
        Assert.True(rules.IsAllowed("/search?lang=ar"));
    }

    [Fact]
    public void AGroupNamingUsReplacesTheStarGroup()
    {
        const string Robots = """
            User-agent: *
            Disallow: /

            # our group
            User-agent: OtherBot
            User-agent: deepseeknews
            Disallow: /drafts/
            """;
        var rules = RobotsRules.Parse(Robots, "DeepSeekNews");

        Assert.True(rules.IsAllowed("/news/story"));
        Assert.False(rules.IsAllowed("/drafts/story"));
    }

    [Fact]
    public void OtherCrawlersGroupsDoNotApply()
    {
        var rules = RobotsRules.Parse("User-agent: Googlebot\nDisallow: /\n", "DeepSeekNews");

        Assert.True(rules.IsAllowed("/anything"));
    }

    [Fact]
    public void AnEmptyDisallowForbidsNothing()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow:\n", "DeepSeekNews");

        Assert.True(rules.IsAllowed("/news"));
        Assert.Equal(0, rules.RuleCount);
    }

    [Fact]
    public void EscapedAndRawPathsCompareEqual()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/\n", "DeepSeekNews");

        Assert.False(rules.IsAllowed(new Uri("https://news.example/أخبار/اليوم")));
        Assert.True(rules.IsAllowed(new Uri("https://news.example/رياضة/")));
    }

    [Fact]
    public void RobotsTxtItselfIsAlwaysAllowed()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /\n", "DeepSeekNews");

        Assert.True(rules.IsAllowed(new Uri("https://news.example/robots.txt")));
        Assert.False(rules.IsAllowed(new Uri("https://news.example/")));
    }

    [Fact]
    public void CommentsAndUnknownLinesAreIgnored()
    {
        var rules = RobotsRules.Parse("# hello\nSitemap: https://news.example/sitemap.xml\nUser-agent: * # everyone\nCrawl-delay: 10\nDisallow: /tmp # scratch\n", "DeepSeekNews");

        Assert.False(rules.IsAllowed("/tmp/x"));
        Assert.True(rules.IsAllowed("/news"));
    }
}
