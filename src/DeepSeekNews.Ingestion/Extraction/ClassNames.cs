using AngleSharp.Dom;

namespace DeepSeekNews.Ingestion.Extraction;

/// <summary>
/// What an element's class and id say about it. Names are cut into words ("shareBar", "share-bar"
/// and "share_bar" all give "share"), so a word list decides instead of substrings that would also
/// hit "shared-story" or "leaderboard-article".
/// </summary>
internal static class ClassNames
{
    /// <summary>Words naming page furniture: navigation, sharing, related links, comments, ads, newsletters, tickers.</summary>
    private static readonly HashSet<string> Boilerplate = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "masthead", "footer", "foot",
        "sidebar", "aside", "widget", "widgets", "rail", "share", "shares", "sharing", "sharebar", "sharetools",
        "social", "socials", "sociallinks", "related", "recommended", "recommendations", "recirc", "recirculation",
        "newsletter", "newsletters", "subscribe", "subscription", "signup", "promo", "promos", "promotion",
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "dfp", "gpt",
        "sponsor", "sponsored", "ticker", "comment", "comments", "disqus", "popup", "modal", "overlay", "cookie",
        "cookies", "consent", "gdpr", "tags", "tagline", "taglist", "pagination", "pager", "toolbar", "outbrain",
        "taboola", "trending", "popular", "mostread", "mostpopular", "skip", "login", "paywall", "banner",
        "byline", "bio", "author", "authors", "dateline", "timestamp", "meta", "print", "email", "follow",
        "hidden", "hide", "visually-hidden", "sr", "screen-reader", "offscreen", "jump", "toc", "headline",
        "caption", "credit", "credits", "copyright", "disclaimer", "teaser", "teasers", "carousel", "slideshow",
        "gallery", "video", "player", "podcast", "audio", "rating", "reactions", "feedback", "more", "next", "prev",
        "previous", "see", "also", "read", "latest", "breaking", "alert", "alerts", "topics", "keywords",
    };

    /// <summary>Words naming the article itself; they outweigh a furniture word on the same element.</summary>
    private static readonly HashSet<string> Content = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "articlebody", "body", "content", "entry", "main", "post", "story", "storybody", "text",
        "prose", "richtext", "blog", "page", "column", "detail", "details", "news", "paragraph", "copy",
    };

    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "hidden", "hide", "visually-hidden", "sr", "offscreen", "screen-reader",
    };

    /// <summary>+25 for article words, -25 for furniture words, 0 when neither or both.</summary>
    public static int Weight(IElement element)
    {
        var (bad, good) = Classify(element);
        return (good ? 25 : 0) - (bad ? 25 : 0);
    }

    public static bool IsBoilerplate(IElement element)
    {
        var (bad, good) = Classify(element);
        return bad && !good;
    }

    public static (bool Boilerplate, bool Content) Classify(IElement element)
    {
        var bad = false;
        var good = false;
        Scan(element.Id, ref bad, ref good);
        Scan(element.GetAttribute("class"), ref bad, ref good);
        return (bad, good);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BoilerplateLookup = Boilerplate.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ContentLookup = Content.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The words looked up as spans: every element with a class is classified, and cutting its names
    /// into new strings made the allocation the main cost of pruning.
    /// </summary>
    private static void Scan(string? source, ref bool bad, ref bool good)
    {
        foreach (var range in WordRanges(source))
        {
            var word = source.AsSpan()[range];
            if (BoilerplateLookup.Contains(word))
                bad = true;
            else if (ContentLookup.Contains(word))
                good = true;
        }
    }

    public static bool SaysHidden(IElement element) => Words(element).Any(Hidden.Contains);

    internal static IEnumerable<string> Words(IElement element)
    {
        var id = element.Id;
        var cls = element.GetAttribute("class");
        var words = new List<string>();
        Split(id, words);
        Split(cls, words);
        return words;
    }

    private static void Split(string? source, List<string> words)
    {
        foreach (var range in WordRanges(source))
            words.Add(source![range].ToLowerInvariant());
    }

    /// <summary>Cuts at every non-letter and at a lower-to-upper change ("shareBar" → share, bar).</summary>
    private static IEnumerable<Range> WordRanges(string? source)
    {
        if (string.IsNullOrEmpty(source))
            yield break;
        var start = -1;
        for (var i = 0; i <= source.Length; i++)
        {
            var c = i < source.Length ? source[i] : ' ';
            var letter = char.IsAsciiLetter(c);
            var boundary = !letter || (start >= 0 && char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(source[i - 1]));
            if (boundary && start >= 0)
            {
                yield return start..i;
                start = -1;
            }
            if (letter && start < 0)
                start = i;
        }
    }
}
