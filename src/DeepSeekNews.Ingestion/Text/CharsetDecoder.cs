using System.Text;
using System.Text.RegularExpressions;

namespace DeepSeekNews.Ingestion.Text;

/// <summary>Where the character set of a decoded page came from.</summary>
public enum CharsetSource
{
    HttpHeader,
    ByteOrderMark,
    MetaTag,
    Detected,
}

/// <summary>A page's text and how its bytes were read.</summary>
public sealed record DecodedText(string Text, Encoding Encoding, CharsetSource Source)
{
    public string Charset => Encoding.WebName;
}

/// <summary>
/// Turns the bytes of an HTML page into text: the charset from the Content-Type header first,
/// then a byte order mark, then &lt;meta charset&gt; or http-equiv, then detection (valid UTF-8,
/// else windows-1256 when the high bytes look like Arabic words, else windows-1252).
/// </summary>
public static partial class CharsetDecoder
{
    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Makes windows-1256, ISO-8859-6 and the other legacy code pages available to Encoding.GetEncoding.</summary>
    public static void EnsureCodePages() => _ = Utf8Strict;

    private static readonly Encoding Utf8Strict = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>How far into the page the meta prescan looks (the HTML standard says 1024; real pages put it later).</summary>
    private const int MetaScanBytes = 8192;

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? headerCharset)
    {
        if (headerCharset is not null && TryGetEncoding(headerCharset, out var fromHeader))
            return new DecodedText(GetString(fromHeader, StripBom(bytes, fromHeader)), fromHeader, CharsetSource.HttpHeader);

        if (TryBom(bytes, out var fromBom, out var bomLength))
            return new DecodedText(fromBom.GetString(bytes[bomLength..]), fromBom, CharsetSource.ByteOrderMark);

        var declared = FindMetaCharset(bytes);
        if (declared is not null && TryGetEncoding(declared, out var fromMeta))
        {
            // A page that is not ASCII-compatible cannot have been read to find its meta tag;
            // the HTML standard reads UTF-16 declarations as UTF-8 for the same reason.
            if (fromMeta is UnicodeEncoding or UTF32Encoding)
                fromMeta = Encoding.UTF8;
            return new DecodedText(GetString(fromMeta, bytes), fromMeta, CharsetSource.MetaTag);
        }

        var detected = Detect(bytes);
        return new DecodedText(GetString(detected, bytes), detected, CharsetSource.Detected);
    }

    /// <summary>Maps a charset label to an encoding the way browsers do (latin1 and ascii mean windows-1252).</summary>
    public static bool TryGetEncoding(string label, out Encoding encoding)
    {
        EnsureCodePages();
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            "" => "",
            "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "iso_8859-1" or "cp1252" => "windows-1252",
            "utf8" or "unicode-1-1-utf-8" => "utf-8",
            "iso-8859-6" or "iso8859-6" or "iso_8859-6" or "arabic" or "asmo-708" or "csisolatinarabic" or "ecma-114" => "iso-8859-6",
            "cp1256" or "x-cp1256" => "windows-1256",
            "x-sjis" => "shift_jis",
            "gb2312" or "gbk" or "x-gbk" => "gb18030",
            _ => name,
        };
        try
        {
            encoding = name.Length == 0 ? Encoding.UTF8 : Encoding.GetEncoding(name);
            return name.Length > 0;
        }
        catch (ArgumentException)
        {
            encoding = Encoding.UTF8;
            return false;
        }
    }

    /// <summary>Guesses the encoding of bytes that declare none.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> bytes)
    {
        EnsureCodePages();
        if (IsValidUtf8(bytes))
            return Encoding.UTF8;
        return LooksArabic(bytes) ? Encoding.GetEncoding("windows-1256") : Encoding.GetEncoding("windows-1252");
    }

    internal static string? FindMetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, MetaScanBytes)]);
        foreach (Match meta in MetaTag().Matches(head))
        {
            var tag = meta.Value;
            var charset = CharsetAttribute().Match(tag);
            if (charset.Success)
                return charset.Groups[1].Value;
            if (HttpEquivContentType().IsMatch(tag))
            {
                var content = ContentAttribute().Match(tag);
                if (content.Success)
                {
                    var inner = CharsetInContent().Match(content.Groups[1].Value);
                    if (inner.Success)
                        return inner.Groups[1].Value;
                }
            }
        }
        return null;
    }

    private static string GetString(Encoding encoding, ReadOnlySpan<byte> bytes) => encoding.GetString(bytes);

    private static ReadOnlySpan<byte> StripBom(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        var preamble = encoding.GetPreamble();
        return preamble.Length > 0 && bytes.StartsWith(preamble) ? bytes[preamble.Length..] : bytes;
    }

    private static bool TryBom(ReadOnlySpan<byte> bytes, out Encoding encoding, out int length)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            (encoding, length) = (Encoding.UTF8, 3);
            return true;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            (encoding, length) = (Encoding.Unicode, 2);
            return true;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            (encoding, length) = (Encoding.BigEndianUnicode, 2);
            return true;
        }
        (encoding, length) = (Encoding.UTF8, 0);
        return false;
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            Utf8Strict.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>
    /// Arabic in windows-1256 is words made only of bytes 0xC0-0xFF; Western European text in
    /// windows-1252 has single accented letters inside ASCII words. So: most high bytes standing
    /// in runs of three or more means Arabic.
    /// </summary>
    private static bool LooksArabic(ReadOnlySpan<byte> bytes)
    {
        int high = 0, inRuns = 0, run = 0;
        foreach (var b in bytes)
        {
            if (b >= 0xC0)
            {
                high++;
                run++;
                continue;
            }
            if (run >= 3)
                inRuns += run;
            run = 0;
        }
        if (run >= 3)
            inRuns += run;
        return high > 0 && inRuns * 2 > high;
    }

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"\bcharset\s*=\s*[""']?\s*([A-Za-z0-9_.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetAttribute();

    [GeneratedRegex(@"http-equiv\s*=\s*[""']?\s*content-type", RegexOptions.IgnoreCase)]
    private static partial Regex HttpEquivContentType();

    [GeneratedRegex(@"\bcontent\s*=\s*[""']([^""']*)", RegexOptions.IgnoreCase)]
    private static partial Regex ContentAttribute();

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9_.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetInContent();
}
