using System.Text;
using DeepSeekNews.Ingestion.Extraction;
using DeepSeekNews.Ingestion.Text;

namespace DeepSeekNews.Ingestion.Tests;

public sealed class ArticleExtractorTests
{
    private static readonly string[] ArabicParagraphs =
    [
        "أعلنت شركة ناشئة مقرها مدينة هانغتشو الصينية، يوم الثلاثاء، عن نموذج جديد للذكاء الاصطناعي قالت إنه ينافس أقوى النماذج الأمريكية بتكلفة أقل بكثير.",
        "وأوضح المدير التنفيذي للشركة في مؤتمر صحفي أن تدريب النموذج استغرق شهرين فقط، وأن الفريق اعتمد على رقائق أقل قدرة من تلك المستخدمة لدى المنافسين.",
        "وتراجعت أسهم شركات الرقائق في الأسواق الأمريكية عقب الإعلان، إذ خسر بعضها أكثر من عشرة في المئة من قيمته السوقية خلال جلسة واحدة.",
        "ويرى محللون أن هذه الخطوة قد تغير حسابات الاستثمار في القطاع، بينما يشكك آخرون في الأرقام المعلنة ويطالبون بمراجعة مستقلة لها.",
    ];

    private static string ArabicNewsPage(string extraHead = "") => $$"""
        <!DOCTYPE html>
        <html lang="ar" dir="rtl">
        <head>
          <meta charset="utf-8">
          <title>نموذج صيني جديد يهز أسواق الرقائق | موقع الأخبار التقنية</title>
          <link rel="canonical" href="/ar/tech/2025/01/28/chinese-model">
          <meta property="og:site_name" content="موقع الأخبار التقنية">
          <meta property="og:image" content="/images/model.jpg">
          <meta name="description" content="{{ArabicParagraphs[0]}}">
          {{extraHead}}
          <script type="application/ld+json">
          {"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"موقع الأخبار التقنية","url":"https://news.example/"},
            {"@type":"NewsArticle","headline":"نموذج صيني جديد يهز أسواق الرقائق",
             "datePublished":"2025-01-28T09:30:00+03:00","dateModified":"2025-01-28T11:00:00+03:00",
             "author":[{"@type":"Person","name":"سارة المنصوري"}],
             "publisher":{"@type":"Organization","name":"موقع الأخبار التقنية"} } ] }
          </script>
          <script>window.dataLayer = [{"page":"article"}];</script>
          <style>.ticker{color:red}</style>
        </head>
        <body>
          <header class="site-header">
            <nav class="main-nav"><ul><li><a href="/">الرئيسية</a></li><li><a href="/tech">تقنية</a></li><li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
            <div class="breaking-ticker"><span>عاجل:</span> <a href="/x">ارتفاع أسعار الذهب إلى مستوى قياسي جديد في التعاملات الآسيوية اليوم</a></div>
          </header>
          <main>
            <article>
              <h1>نموذج صيني جديد يهز أسواق الرقائق</h1>
              <div class="byline">بقلم سارة المنصوري - <time datetime="2025-01-28T09:30:00+03:00">28 يناير 2025</time></div>
              <div class="share-bar"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a> <span>مشاركة</span></div>
              <div class="article-body">
                <p>{{ArabicParagraphs[0]}}</p>
                <p>{{ArabicParagraphs[1]}}</p>
                <div class="related-articles"><h3>اقرأ أيضاً</h3><ul><li><a href="/a">أسهم التقنية تتراجع في بورصة نيويورك وسط مخاوف المستثمرين</a></li><li><a href="/b">كيف تعمل النماذج اللغوية الكبيرة ولماذا تحتاج إلى هذه الطاقة</a></li></ul></div>
                <p>{{ArabicParagraphs[2]}}</p>
                <div class="ad-slot" id="ad-middle">إعلان</div>
                <p>{{ArabicParagraphs[3]}}</p>
              </div>
              <div class="newsletter-box"><h4>اشترك في النشرة البريدية</h4><p>احصل على أهم أخبار التقنية في بريدك كل صباح، مجاناً ودون إزعاج.</p><form><input type="email"><button>اشترك</button></form></div>
              <section id="comments" class="comments"><h3>التعليقات</h3><div class="comment"><p>مقال رائع، شكراً للكاتبة على هذا التحليل المفصل والواضح جداً.</p></div></section>
            </article>
            <aside class="sidebar"><h3>الأكثر قراءة</h3><ol><li><a href="/1">خبر أول من الأكثر قراءة في الموقع هذا الأسبوع</a></li><li><a href="/2">خبر ثان من الأكثر قراءة في الموقع هذا الأسبوع</a></li></ol></aside>
          </main>
          <footer><p>جميع الحقوق محفوظة © 2025 موقع الأخبار التقنية، ولا يجوز النقل دون إذن مكتوب.</p></footer>
          <script>trackPageView();</script>
        </body>
        </html>
        """;

    private readonly ArticleExtractor _extractor = new();

    [Fact]
    public void TakesTheArticleParagraphsAndLeavesThePageFurniture()
    {
        var article = _extractor.Extract(ArabicNewsPage(), new Uri("https://news.example/ar/tech/2025/01/28/chinese-model?utm_source=x"));

        Assert.Equal(string.Join('\n', ArabicParagraphs), article.Text);
        Assert.Equal("dom", article.BodySource);
    }

    [Fact]
    public void ReadsMetadataFromJsonLdGraphOpenGraphAndLinks()
    {
        var article = _extractor.Extract(ArabicNewsPage(), new Uri("https://news.example/ar/tech/2025/01/28/chinese-model?utm_source=x"));

        Assert.Equal("نموذج صيني جديد يهز أسواق الرقائق", article.Title);
        Assert.Equal(new DateTimeOffset(2025, 1, 28, 9, 30, 0, TimeSpan.FromHours(3)), article.Published);
        Assert.Equal(TimeSpan.FromHours(3), article.Published!.Value.Offset);
        Assert.Equal("json-ld", article.PublishedSource);
        Assert.Equal(new DateTimeOffset(2025, 1, 28, 11, 0, 0, TimeSpan.FromHours(3)), article.Modified);
        Assert.Equal("سارة المنصوري", article.Author);
        Assert.Equal("موقع الأخبار التقنية", article.SiteName);
        Assert.Equal("https://news.example/ar/tech/2025/01/28/chinese-model", article.CanonicalUrl);
        Assert.Equal("https://news.example/images/model.jpg", article.Image);
        Assert.Equal(ArabicParagraphs[0], article.Description);
        Assert.Equal("ar", article.Language);
    }

    [Fact]
    public void ParagraphsMadeOfLineBreaksBecomeLines()
    {
        var html = $"""
            <html><head><meta charset="windows-1256"><title>خبر عاجل</title><meta name="author" content="كتب: محمد العلي"></head>
            <body>
              <div id="menu"><a href="/">الرئيسية</a> | <a href="/news">أخبار</a> | <a href="/contact">اتصل بنا</a></div>
              <div class="news-date">الثلاثاء ٢٨ كانون الثاني ٢٠٢٥</div>
              <div class="story">{ArabicParagraphs[0]}<br><br>{ArabicParagraphs[1]}<br/>
              {ArabicParagraphs[2]}<br><br><br>{ArabicParagraphs[3]}</div>
              <div class="copyright">جميع الحقوق محفوظة</div>
            </body></html>
            """;
        CharsetDecoder.EnsureCodePages();
        var bytes = Encoding.GetEncoding("windows-1256").GetBytes(html);

        var article = _extractor.Extract(bytes);

        Assert.Equal(ArabicParagraphs, article.Paragraphs);
        Assert.Equal(new DateTimeOffset(2025, 1, 28, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("visible", article.PublishedSource);
        Assert.Equal("محمد العلي", article.Author);
        Assert.Equal("ar", article.Language);
    }

    [Fact]
    public void AnOldTableLayoutGivesTheCellOfLineBrokenParagraphsNotTheSideColumns()
    {
        var html = $"""
            <html><head><meta charset="utf-8"><title>{TitleOfTheTablePage} - جريدة المساء</title></head>
            <body><table width="980">
              <tr><td colspan="3"><font size="2">الخميس 13 شباط 2025</font> <a href="/">الرئيسية</a> | <a href="/economy">اقتصاد</a> | <a href="/sport">رياضة</a></td></tr>
              <tr>
                <td class="rightCol"><table><tr><td class="boxTitle">آخر الأخبار</td></tr><tr><td><a href="/1">خبر قصير أول عن الطقس في العاصمة اليوم</a></td></tr></table></td>
                <td class="mainCol"><table>
                  <tr><td class="artTitle"><font size="5"><b>{TitleOfTheTablePage}</b></font></td></tr>
                  <tr><td class="artText"><font size="3">{ArabicParagraphs[0]}<br><br>{ArabicParagraphs[1]}<br><br>{ArabicParagraphs[2]}<br><br>{ArabicParagraphs[3]}</font></td></tr>
                </table></td>
                <td class="leftCol"><table><tr><td class="boxTitle">الأكثر قراءة</td></tr><tr><td><a href="/2">خبر قصير ثان عن أسعار الذهب في السوق المحلية</a></td></tr></table></td>
              </tr>
            </table></body></html>
            """;

        var article = _extractor.Extract(html);

        Assert.Equal(ArabicParagraphs, article.Paragraphs);
        // No site name is declared: the tail the printed headline lacks is the site's name.
        Assert.Equal(TitleOfTheTablePage, article.Title);
    }

    private const string TitleOfTheTablePage = "شركة ناشئة محلية تجمع تمويلا جديدا لتطوير مساعد صوتي";

    [Fact]
    public void CaptionsDatelinesAndABylineOfTheNameAloneAreNotBody()
    {
        var html = $"""
            <html lang="ar"><head><meta charset="utf-8"><title>قواعد جديدة للذكاء الاصطناعي</title></head>
            <body><main><section class="article-section">
              <h1>قواعد جديدة للذكاء الاصطناعي</h1>
              <div class="article-info"><span>الرياض - وكالات</span><span>نشر في: 04 مارس 2025 - 14:20 بتوقيت الرياض</span></div>
              <figure><img src="/a.jpg"><figcaption>مقر الهيئة التنظيمية في العاصمة خلال الإعلان عن القواعد</figcaption></figure>
              <div class="article-part"><p>{ArabicParagraphs[0]}</p><p>{ArabicParagraphs[1]}</p></div>
              <div class="article-part"><p>{ArabicParagraphs[2]}</p><p>{ArabicParagraphs[3]}</p></div>
              <div class="article-author"><span>بقلم ليلى الحسن</span></div>
            </section></main></body></html>
            """;

        var article = _extractor.Extract(html);

        Assert.Equal(ArabicParagraphs, article.Paragraphs);
        Assert.Equal("ليلى الحسن", article.Author);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 14, 20, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void TheVisibleDateAndBylineUnderTheHeadlineWinOverTodaysDateInTheHeader()
    {
        var html = $"""
            <html><head><meta charset="utf-8"><title>خبر</title></head>
            <body>
              <div class="topBar"><span class="todayDate">الجمعة، 31 يناير 2025</span> <a href="/">الرئيسية</a></div>
              <div class="articleHeader">
                <h1>خبراء: فرصة للشركات الناشئة لبناء نماذج بتكلفة أقل</h1>
                <div class="writeBy">كتب يوسف عبد الرحمن</div>
                <div class="newsStoryDate"><span>الأربعاء، 29 يناير 2025 03:20 م</span></div>
              </div>
              <div id="articleBody" class="newsStory">{ArabicParagraphs[0]}<br><br>{ArabicParagraphs[1]}<br><br>{ArabicParagraphs[2]}</div>
            </body></html>
            """;

        var article = _extractor.Extract(html);

        Assert.Equal(new DateTimeOffset(2025, 1, 29, 15, 20, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("visible", article.PublishedSource);
        Assert.Equal("يوسف عبد الرحمن", article.Author);
        Assert.Equal(ArabicParagraphs[..3], article.Paragraphs);
    }

    [Fact]
    public void JsonLdArticleBodyStandsInWhenThePageHoldsOnlyATeaser()
    {
        var body = string.Join("\n", ArabicParagraphs);
        var json = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = "عنوان",
            ["articleBody"] = body,
        });
        var html = $"""
            <html lang="ar"><head><script type="application/ld+json">{json}</script></head>
            <body><div id="app"><p>{ArabicParagraphs[0][..60]}</p><p>يتطلب عرض هذه الصفحة تفعيل جافاسكربت في المتصفح.</p></div></body></html>
            """;

        var article = _extractor.Extract(html);

        Assert.Equal(body, article.Text);
        Assert.Equal("json-ld", article.BodySource);
    }

    [Fact]
    public void ACutOffJsonLdArticleBodyIsNotTrusted()
    {
        var json = "{\"@type\":\"NewsArticle\",\"articleBody\":\"" + string.Join(" ", ArabicParagraphs)[..300] + "...\"}";
        var html = ArabicNewsPage($"<script type=\"application/ld+json\">{json}</script>");

        var article = _extractor.Extract(html);

        Assert.Equal("dom", article.BodySource);
        Assert.Equal(string.Join('\n', ArabicParagraphs), article.Text);
    }

    [Fact]
    public void ReadsAnEnglishPageByOpenGraphAlone()
    {
        const string Html = """
            <!doctype html><html lang="en-US"><head>
              <title>Chip stocks tumble as a cheap AI model spooks investors - The Daily Ledger</title>
              <meta property="og:title" content="Chip stocks tumble as a cheap AI model spooks investors | The Daily Ledger">
              <meta property="og:site_name" content="The Daily Ledger">
              <meta property="og:url" content="https://ledger.example/markets/chips-tumble">
              <meta property="article:published_time" content="2025-01-27T16:45:00-05:00">
              <meta property="article:modified_time" content="2025-01-27T18:00:00-05:00">
              <meta name="author" content="By Jane Porter">
              <meta property="og:description" content="Shares of chip makers fell sharply on Monday.">
            </head><body>
              <div class="site-nav"><a href="/">Home</a><a href="/markets">Markets</a><a href="/tech">Tech</a></div>
              <div class="post-content">
                <p>Shares of the largest chip makers fell sharply on Monday, after a little-known start-up said it had trained a competitive model for a fraction of the usual cost.</p>
                <p class="ad-label">Advertisement</p>
                <p>Investors, who had poured billions into data centres, asked whether the spending would still pay off, and several analysts cut their targets.</p>
                <p>"This changes the arithmetic of the whole industry," said one portfolio manager, who asked not to be named because she was not authorised to speak.</p>
                <div class="social-share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
              </div>
              <div class="more-stories"><h2>More from Markets</h2><a href="/1">Oil slips as supply worries ease and traders look ahead</a><a href="/2">Bond yields climb to a two-month high before the Fed meeting</a></div>
            </body></html>
            """;

        var article = _extractor.Extract(Html);

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.StartsWith("Shares of the largest chip makers", article.Paragraphs[0]);
        Assert.DoesNotContain("Advertisement", article.Text);
        Assert.DoesNotContain("Share on", article.Text);
        Assert.DoesNotContain("Oil slips", article.Text);
        Assert.Equal("Chip stocks tumble as a cheap AI model spooks investors", article.Title);
        Assert.Equal(new DateTimeOffset(2025, 1, 27, 16, 45, 0, TimeSpan.FromHours(-5)), article.Published);
        Assert.Equal("meta", article.PublishedSource);
        Assert.Equal(new DateTimeOffset(2025, 1, 27, 18, 0, 0, TimeSpan.FromHours(-5)), article.Modified);
        Assert.Equal("Jane Porter", article.Author);
        Assert.Equal("The Daily Ledger", article.SiteName);
        Assert.Equal("https://ledger.example/markets/chips-tumble", article.CanonicalUrl);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void TheTextDecidesTheLanguageWhenTheMarkupIsWrong()
    {
        var html = $"<html lang=\"en\"><body><div class=\"content\"><p>{ArabicParagraphs[0]}</p><p>{ArabicParagraphs[1]}</p></div></body></html>";

        Assert.Equal("ar", _extractor.Extract(html).Language);
    }

    [Fact]
    public void TheFeedDateIsTheFallbackWhenThePageHasNone()
    {
        var html = $"<html><body><div class=\"content\"><p>{ArabicParagraphs[0]}</p><p>{ArabicParagraphs[1]}</p></div></body></html>";
        var fromFeed = new DateTimeOffset(2025, 1, 28, 9, 30, 0, TimeSpan.FromHours(3));

        var article = _extractor.Extract(html, fallbackPublished: fromFeed);

        Assert.Equal(fromFeed, article.Published);
        Assert.Equal("feed", article.PublishedSource);
    }

    [Fact]
    public void TheTimeElementGivesTheDateWhenMetadataDoesNot()
    {
        var html = $"<html><body><article><time datetime=\"2025-01-28T07:15:00+02:00\">منذ ساعتين</time><p>{ArabicParagraphs[0]}</p><p>{ArabicParagraphs[1]}</p></article></body></html>";

        var article = _extractor.Extract(html);

        Assert.Equal(new DateTimeOffset(2025, 1, 28, 7, 15, 0, TimeSpan.FromHours(2)), article.Published);
        Assert.Equal("time", article.PublishedSource);
    }

    [Fact]
    public void ExtractsASavedFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"page-{Guid.NewGuid():N}.html");
        File.WriteAllText(path, ArabicNewsPage());
        try
        {
            var article = new ArticleExtractor().ExtractFile(path);

            Assert.Equal(ArabicParagraphs, article.Paragraphs);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
