using System.Text;
using DeepSeekNews.Ingestion.Text;

namespace DeepSeekNews.Ingestion.Tests;

public sealed class CharsetDecoderTests
{
    private const string Sentence = "قالت الحكومة إن الميزانية الجديدة تتضمن دعماً للشركات الناشئة في مجال التقنية.";

    static CharsetDecoderTests() => CharsetDecoder.EnsureCodePages();

    private static byte[] Page(string encoding, string head = "") =>
        Encoding.GetEncoding(encoding).GetBytes($"<html><head>{head}<title>خبر</title></head><body><p>{Sentence}</p></body></html>");

    [Fact]
    public void TheHeaderCharsetComesFirst()
    {
        var decoded = CharsetDecoder.Decode(Page("windows-1256", "<meta charset=\"utf-8\">"), "windows-1256");

        Assert.Contains(Sentence, decoded.Text);
        Assert.Equal(CharsetSource.HttpHeader, decoded.Source);
    }

    [Fact]
    public void AByteOrderMarkComesBeforeTheMetaTag()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Page("utf-8", "<meta charset=\"windows-1256\">")).ToArray();

        var decoded = CharsetDecoder.Decode(bytes, null);

        Assert.Contains(Sentence, decoded.Text);
        Assert.Equal(CharsetSource.ByteOrderMark, decoded.Source);
        Assert.DoesNotContain('\uFEFF', decoded.Text);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1256\">")]
    [InlineData("<meta charset=windows-1256>")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">")]
    [InlineData("<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=Windows-1256'>")]
    public void TheMetaTagNamesTheCharsetWhenTheHeaderDoesNot(string meta)
    {
        var decoded = CharsetDecoder.Decode(Page("windows-1256", meta), null);

        Assert.Contains(Sentence, decoded.Text);
        Assert.Equal(CharsetSource.MetaTag, decoded.Source);
    }

    [Fact]
    public void Iso88596ArabicDecodes()
    {
        var decoded = CharsetDecoder.Decode(Page("iso-8859-6", "<meta charset=\"ISO-8859-6\">"), null);

        Assert.Contains("قالت الحكومة", decoded.Text);
        Assert.Equal("iso-8859-6", decoded.Charset);
    }

    [Fact]
    public void UndeclaredUtf8IsRecognised()
    {
        var decoded = CharsetDecoder.Decode(Page("utf-8"), null);

        Assert.Contains(Sentence, decoded.Text);
        Assert.Equal(CharsetSource.Detected, decoded.Source);
        Assert.Equal("utf-8", decoded.Charset);
    }

    [Fact]
    public void UndeclaredArabicBytesAreReadAsWindows1256()
    {
        var decoded = CharsetDecoder.Decode(Page("windows-1256"), null);

        Assert.Contains(Sentence, decoded.Text);
        Assert.Equal("windows-1256", decoded.Charset);
    }

    [Fact]
    public void UndeclaredWesternBytesAreReadAsWindows1252()
    {
        var bytes = Encoding.GetEncoding("windows-1252").GetBytes("<p>Le président a annoncé une réforme près de Genève.</p>");

        var decoded = CharsetDecoder.Decode(bytes, null);

        Assert.Contains("président a annoncé une réforme près de Genève", decoded.Text);
        Assert.Equal("windows-1252", decoded.Charset);
    }

    [Fact]
    public void AnUnknownHeaderLabelFallsThroughToTheNextClue()
    {
        var decoded = CharsetDecoder.Decode(Page("windows-1256", "<meta charset=\"windows-1256\">"), "x-no-such-charset");

        Assert.Contains(Sentence, decoded.Text);
        Assert.Equal(CharsetSource.MetaTag, decoded.Source);
    }

    [Fact]
    public void Latin1LabelsMeanWindows1252AsInBrowsers()
    {
        Assert.True(CharsetDecoder.TryGetEncoding("ISO-8859-1", out var encoding));
        Assert.Equal("windows-1252", encoding.WebName);
    }
}
