using System.Text;
using System.Text.Unicode;
using UtfUnknown;

namespace LmecKnowledgeSearch.Ingestion.Text;

/// <summary>
/// Decodes bytes of unknown encoding: byte-order marks first, then strict UTF-8, then BOM-less UTF-16,
/// then a statistical detector for legacy code pages (GB18030/GBK, Big5, Shift-JIS, ...).
/// </summary>
public sealed class TextEncodingDetector
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    static TextEncodingDetector()
    {
        // Registration is idempotent and process-wide; legacy code pages (GB18030, Big5) are absent without it.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Decodes <paramref name="bytes"/>. <paramref name="declaredCharset"/> (e.g. from an HTML meta tag) is trusted only when the bytes are not valid UTF-8.</summary>
    public DetectedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (TryDecodeWithBom(bytes) is { } withBom)
        {
            return withBom;
        }

        // Before UTF-8: ASCII text in UTF-16 is valid UTF-8 too, zero bytes and all.
        if (LooksLikeBomLessUtf16(bytes) is { } utf16)
        {
            return new DetectedText(utf16.GetString(bytes), utf16.CodePage == Encoding.Unicode.CodePage ? "utf-16le" : "utf-16be");
        }

        if (Utf8.IsValid(bytes))
        {
            return new DetectedText(StrictUtf8.GetString(bytes), "utf-8");
        }

        if (declaredCharset is not null && TryGetEncoding(declaredCharset) is { } declared && declared is not UTF8Encoding)
        {
            var preferred = PreferSuperset(declared);
            return new DetectedText(preferred.GetString(bytes), preferred.WebName.ToLowerInvariant());
        }

        var legacy = DetectLegacy(bytes);
        return new DetectedText(legacy.GetString(bytes), legacy.WebName.ToLowerInvariant());
    }

    private static DetectedText? TryDecodeWithBom(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 LE must be tested before UTF-16 LE: its BOM starts with the UTF-16 LE one.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return new DetectedText(new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetString(bytes[4..]), "utf-32le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return new DetectedText(new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetString(bytes[4..]), "utf-32be");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DetectedText(StrictUtf8.GetString(bytes[3..]), "utf-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DetectedText(Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DetectedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        }

        return null;
    }

    /// <summary>
    /// Text in UTF-16 without a BOM has a zero byte in most ASCII code units, always on the same side;
    /// legacy 8-bit encodings never contain zero bytes in text.
    /// </summary>
    private static Encoding? LooksLikeBomLessUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if (i % 2 == 0)
                {
                    evenZeros++;
                }
                else
                {
                    oddZeros++;
                }
            }
        }

        var units = sample.Length / 2;
        if (oddZeros > units / 4 && evenZeros == 0)
        {
            return Encoding.Unicode;
        }

        if (evenZeros > units / 4 && oddZeros == 0)
        {
            return Encoding.BigEndianUnicode;
        }

        return null;
    }

    private static Encoding DetectLegacy(ReadOnlySpan<byte> bytes)
    {
        var detail = CharsetDetector.DetectFromBytes(bytes).Detected;
        if (detail?.EncodingName is { } name && TryGetEncoding(name) is { } detected && detected is not UTF8Encoding)
        {
            return PreferSuperset(detected);
        }

        // Nothing recognised: the archive is mostly Chinese, so GB18030 is the likeliest legacy encoding when
        // it decodes cleanly; otherwise Windows-1252 at least keeps Latin text legible.
        var gb18030 = Encoding.GetEncoding("GB18030");
        return gb18030.GetString(bytes).Contains('\uFFFD') ? Encoding.GetEncoding(1252) : gb18030;
    }

    /// <summary>GB2312 and GBK are subsets of GB18030; decoding with the superset loses nothing and fixes characters the subset lacks.</summary>
    private static Encoding PreferSuperset(Encoding encoding) => encoding.CodePage switch
    {
        936 or 20936 or 54936 => Encoding.GetEncoding("GB18030"),
        _ => encoding,
    };

    private static Encoding? TryGetEncoding(string name)
    {
        var normalised = name.Trim().Trim('"', '\'').ToLowerInvariant() switch
        {
            "gb2312" or "gbk" or "x-gbk" or "cp936" or "euc-cn" or "hz-gb-2312" or "x-cp20936" => "GB18030",
            var other => other,
        };

        return normalised switch
        {
            "utf-8" or "utf8" => Encoding.UTF8,
            "utf-16" or "utf-16le" or "unicode" => Encoding.Unicode,
            "utf-16be" => Encoding.BigEndianUnicode,
            "iso-8859-1" or "latin1" or "ascii" or "us-ascii" => Encoding.GetEncoding(1252),
            "big5-hkscs" or "cp950" => Encoding.GetEncoding("big5"),
            "sjis" => Encoding.GetEncoding("shift_jis"),
            // The code-pages provider answers null, not an exception, for names it does not know.
            _ => CodePagesEncodingProvider.Instance.GetEncoding(normalised),
        };
    }
}
