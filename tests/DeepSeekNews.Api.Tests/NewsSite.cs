using System.Net;
using System.Text;
using DeepSeekNews.Ingestion.Tests;
using Microsoft.AspNetCore.Http;

namespace DeepSeekNews.Api.Tests;

/// <summary>
/// A small news site on 127.0.0.1 for ingestion tests: article pages with the usual clutter around them, an RSS
/// feed of them (with an ETag for conditional GET), and pages that fail in the ways real sites do.
/// </summary>
internal static class NewsSite
{
    public static string ArticlePage(string title, string published, string author, params string[] paragraphs) => $$"""
        <!DOCTYPE html>
        <html lang="ar" dir="rtl">
        <head>
          <meta charset="utf-8">
          <title>{{title}} | أخبار التقنية</title>
          <meta property="og:title" content="{{title}}">
          <meta property="og:site_name" content="أخبار التقنية">
          <meta property="article:published_time" content="{{published}}">
          <meta name="author" content="{{author}}">
        </head>
        <body>
          <nav><a href="/">الرئيسية</a> <a href="/tech">تقنية</a> <a href="/markets">أسواق</a></nav>
          <div class="share-bar">شارك على فيسبوك | شارك على إكس</div>
          <article>
            <h1>{{title}}</h1>
            {{string.Concat(paragraphs.Select(p => $"<p>{p}</p>\n"))}}
          </article>
          <aside class="related"><h3>اقرأ أيضاً</h3><ul><li><a href="/x">أسهم التكنولوجيا تتراجع</a></li></ul></aside>
          <footer>جميع الحقوق محفوظة © 2025</footer>
        </body>
        </html>
        """;

    public static string Rss(Uri baseUrl, params (string Path, string Title, string Published)[] items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel>
          <title>أخبار التقنية</title><link>{baseUrl}</link><description>تقنية</description>
          {string.Concat(items.Select(i => $"<item><title>{i.Title}</title><link>{new Uri(baseUrl, i.Path)}</link><guid>{new Uri(baseUrl, i.Path)}</guid><pubDate>{i.Published}</pubDate></item>"))}
        </channel></rss>
        """;

    public const string NvidiaStory = "/tech/nvidia-shares";
    public const string DeepSeekStory = "/tech/deepseek-r1";

    /// <summary>Starts the site with two stories and a feed at /feed.xml (ETag "v1").</summary>
    public static async Task<TestWebServer> StartAsync()
    {
        var server = new TestWebServer();
        server.MapText(NvidiaStory, "text/html; charset=utf-8", ArticlePage(
            "أسهم إنفيديا تهبط بعد إطلاق ديب سيك", "2025-01-27T18:00:00+03:00", "سارة أحمد",
            "تراجعت أسهم شركة إنفيديا بنحو 17 في المئة في تعاملات الاثنين، بعد أن أطلقت شركة ديب سيك الصينية نموذجها الجديد.",
            "وقال محللون إن المستثمرين يعيدون تقييم الإنفاق على رقائق الذكاء الاصطناعي بعد هذا الإعلان المفاجئ.",
            "وخسرت الشركة الأميركية ما يقرب من 600 مليار دولار من قيمتها السوقية في يوم واحد، وهو أكبر تراجع في تاريخ السوق."));
        server.MapText(DeepSeekStory, "text/html; charset=utf-8", ArticlePage(
            "ديب سيك تطلق نموذج R1", "2025-01-20T10:00:00+03:00", "محمد علي",
            "أطلقت شركة ديب سيك الصينية نموذج R1 للتفكير المنطقي، وقالت إنه ينافس نماذج شركة OpenAI الأميركية.",
            "وأكدت الشركة أن تدريب النموذج تم باستخدام رقائق متوافقة مع قيود التصدير الأميركية المفروضة على الصين."));
        server.Map("/feed.xml", async context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            context.Response.Headers.ETag = "\"v1\"";
            await context.Response.WriteAsync(Rss(server.BaseUrl,
                (DeepSeekStory.TrimStart('/'), "ديب سيك تطلق نموذج R1", "Mon, 20 Jan 2025 07:00:00 GMT"),
                (NvidiaStory.TrimStart('/') + "?utm_source=rss", "أسهم إنفيديا تهبط", "Mon, 27 Jan 2025 15:00:00 GMT")));
        });
        server.MapText("/broken-feed.xml", "text/plain", "service unavailable", status: 503);
        server.MapText("/data.json", "application/json", "{\"not\": \"html\"}");
        server.MapText("/empty", "text/html", "<html><body><nav><a href='/'>الرئيسية</a></nav></body></html>");
        server.MapBytes("/huge", "text/html", Encoding.UTF8.GetBytes("<html><body><p>" + new string('ن', 200_000) + "</p></body></html>"));
        server.MapText("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        server.MapText("/private/story", "text/html", ArticlePage("سري", "2025-01-01T00:00:00Z", "x", "نص سري عن شركة إنفيديا."));
        return await server.StartAsync();
    }

    /// <summary>A port on 127.0.0.1 where nothing listens.</summary>
    public static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
