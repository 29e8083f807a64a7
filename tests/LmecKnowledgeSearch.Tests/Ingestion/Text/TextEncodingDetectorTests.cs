using System.Text;
using LmecKnowledgeSearch.Ingestion.Text;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Ingestion.Text;

public sealed class TextEncodingDetectorTests
{
    // Our own Traditional Chinese rendering of the seed's opening, since the seed's Simplified characters are not all in Big5.
    private const string TraditionalChinese =
        "瀾滄江－湄公河環境合作中心簡報。聯合國環境規劃署開發實施了瀾滄江－湄公河合作框架下基於可持續生計的生態系統綜合管理項目，" +
        "通過在柬埔寨暹粒國家公園和中國雲南西雙版納州景泰綠色產業橡膠種植園開展環境友好型橡膠林試點，提升跨區域和跨部門的可持續生態系統管理能力。";

    private readonly TextEncodingDetector detector = new();
    private readonly string seed = TestCorpus.ReadSeed();

    static TextEncodingDetectorTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Detects_utf8_without_bom()
    {
        var decoded = detector.Decode(new UTF8Encoding(false).GetBytes(seed));

        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.Equal(seed, decoded.Text);
    }

    [Fact]
    public void Detects_utf8_with_bom_and_drops_the_bom()
    {
        var decoded = detector.Decode(new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(seed)).ToArray());

        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.Equal(seed, decoded.Text);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    [InlineData("utf-32be")]
    public void Detects_unicode_encodings_by_their_bom(string name)
    {
        var encoding = name switch
        {
            "utf-16le" => (Encoding)new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            "utf-32le" => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
            _ => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
        };

        var decoded = detector.Decode(encoding.GetPreamble().Concat(encoding.GetBytes(seed)).ToArray());

        Assert.Equal(name, decoded.EncodingName);
        Assert.Equal(seed, decoded.Text);
    }

    [Fact]
    public void Detects_bomless_utf16_le_in_mostly_latin_text()
    {
        var english = string.Join("\n", seed.Split('\n').Where(l => l.Length > 0 && l.All(c => c < 128)));

        var decoded = detector.Decode(Encoding.Unicode.GetBytes(english));

        Assert.Equal("utf-16le", decoded.EncodingName);
        Assert.Equal(english, decoded.Text);
    }

    [Fact]
    public void Detects_gb18030_for_the_whole_seed()
    {
        var decoded = detector.Decode(Encoding.GetEncoding("GB18030").GetBytes(seed));

        Assert.Equal("gb18030", decoded.EncodingName);
        Assert.Equal(seed, decoded.Text);
    }

    [Fact]
    public void Detects_gb18030_for_a_single_paragraph()
    {
        var paragraph = seed.Split('\n').First(l => l.Contains("西双版纳州", StringComparison.Ordinal));

        var decoded = detector.Decode(Encoding.GetEncoding("GB18030").GetBytes(paragraph));

        Assert.Equal("gb18030", decoded.EncodingName);
        Assert.Equal(paragraph, decoded.Text);
    }

    [Fact]
    public void Detects_big5_traditional_chinese()
    {
        var big5 = Encoding.GetEncoding("big5");
        var bytes = big5.GetBytes(TraditionalChinese);
        Assert.Equal(TraditionalChinese, big5.GetString(bytes)); // the sample is fully representable in Big5

        var decoded = detector.Decode(bytes);

        Assert.Equal("big5", decoded.EncodingName);
        Assert.Equal(TraditionalChinese, decoded.Text);
    }

    [Fact]
    public void Trusts_a_declared_charset_only_when_bytes_are_not_utf8()
    {
        var utf8 = Encoding.UTF8.GetBytes(seed);
        var gbk = Encoding.GetEncoding("GB18030").GetBytes(seed);

        Assert.Equal("utf-8", detector.Decode(utf8, declaredCharset: "gbk").EncodingName);
        Assert.Equal("gb18030", detector.Decode(gbk, declaredCharset: "gbk").EncodingName);
    }
}
