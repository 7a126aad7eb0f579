using System.Text;

namespace DeepSeekNews.Ingestion.Text;

/// <summary>
/// One spelling per article address, so a story reached through a tracking link and through its
/// plain URL is stored once: lower-case scheme and host, no default port, no fragment, no
/// tracking parameters (utm_*, fbclid, gclid …), and no trailing slash except on the root.
/// </summary>
public static class UrlCanonicalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id",
        "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_enc_id", "oly_anon_id",
        "vero_id", "wickedid", "rb_clickid", "s_cid", "ncid", "cmpid", "ito", "at_medium", "at_campaign",
    };

    public static Uri Canonicalize(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
            throw new ArgumentException("Only absolute URLs have a canonical form.", nameof(url));

        var builder = new StringBuilder();
        builder.Append(url.Scheme.ToLowerInvariant()).Append("://");
        builder.Append(url.IdnHost.ToLowerInvariant().TrimEnd('.'));
        if (!url.IsDefaultPort)
            builder.Append(':').Append(url.Port);

        var path = url.AbsolutePath;
        if (path.Length > 1 && path.EndsWith('/'))
            path = path.TrimEnd('/');
        if (path.Length == 0)
            path = "/";
        builder.Append(path);

        var query = CleanQuery(url.Query);
        if (query.Length > 0)
            builder.Append('?').Append(query);
        return new Uri(builder.ToString());
    }

    public static string Canonicalize(string url) => Canonicalize(new Uri(url, UriKind.Absolute)).AbsoluteUri;

    /// <summary>The canonical form of <paramref name="url"/>, or null when it is not an absolute http(s) URL.</summary>
    public static string? TryCanonicalize(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? Canonicalize(uri).AbsoluteUri
            : null;

    private static string CleanQuery(string query)
    {
        if (query.Length <= 1)
            return "";
        var kept = query[1..]
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair =>
            {
                var name = Uri.UnescapeDataString(pair.Split('=', 2)[0]);
                return !name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !TrackingParameters.Contains(name);
            });
        return string.Join('&', kept);
    }
}
