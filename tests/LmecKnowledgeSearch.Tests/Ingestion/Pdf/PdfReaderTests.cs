using System.Globalization;
using System.Text;
using LmecKnowledgeSearch.Ingestion;
using LmecKnowledgeSearch.Ingestion.Pdf;
using LmecKnowledgeSearch.Ingestion.Text;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Ingestion.Pdf;

public sealed class PdfReaderTests : IDisposable
{
    private static readonly string SeedPdf = Path.Combine(TestCorpus.RepoCorpus, "lmec-briefing-2022-11.pdf");

    private readonly PdfReader reader = new();
    private readonly ScratchDirectory scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task Reads_every_paragraph_of_the_seed_rendition_in_reading_order()
    {
        var seed = PlainTextReader.SplitParagraphs(TestCorpus.ReadSeed());

        var document = Assert.IsType<ReadResult.Success>(await reader.ReadAsync(SeedPdf)).Document;

        var text = ComparableText.Of(document.Text);
        var position = 0;
        foreach (var paragraph in seed.Select(ComparableText.Of))
        {
            var found = text.IndexOf(paragraph, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"missing or out of order: {paragraph}");
            position = found + paragraph.Length;
        }
    }

    [Fact]
    public async Task Does_not_break_chinese_sentences_across_wrapped_lines()
    {
        var document = Assert.IsType<ReadResult.Success>(await reader.ReadAsync(SeedPdf)).Document;

        // The paragraph wraps over several lines in the PDF; it must come back as one block with no space inside the Chinese.
        var block = document.Blocks.First(b => b.Text.Contains("西双版纳州", StringComparison.Ordinal));
        Assert.StartsWith("联合国环境规划署开发实施了澜沧江-湄公河合作框架下", block.Text, StringComparison.Ordinal);
        Assert.EndsWith("提升跨区域和跨部门的可持续生态系统管理能力。", block.Text, StringComparison.Ordinal);
        Assert.Contains("通过在柬埔寨暹粒", block.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keeps_speaker_names_as_their_own_blocks()
    {
        var document = Assert.IsType<ReadResult.Success>(await reader.ReadAsync(SeedPdf)).Document;

        Assert.Contains(document.Blocks, b => b.Text == "Makiko Yashiro");
        Assert.Contains(document.Blocks, b => b.Text == "Thanapon Piman");
    }

    [Fact]
    public async Task Keeps_an_affiliation_broken_after_a_slash_in_one_block()
    {
        var document = Assert.IsType<ReadResult.Success>(await reader.ReadAsync(SeedPdf)).Document;

        // The first line is short only because the layout broke it after "/"; it does not end the affiliation.
        var block = Assert.Single(document.Blocks, b => b.Text.StartsWith("澜沧江-湄公河环境合作中心/", StringComparison.Ordinal));
        Assert.EndsWith("生态环境部对外合作与交流中心副研究员", block.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Numbers_pages_on_every_block_and_counts_them()
    {
        var document = Assert.IsType<ReadResult.Success>(await reader.ReadAsync(SeedPdf)).Document;

        Assert.True(document.Properties.PageCount > 1);
        Assert.All(document.Blocks, b => Assert.InRange(b.Page ?? 0, 1, document.Properties.PageCount!.Value));
        Assert.Equal(1, document.Blocks[0].Page);
        Assert.Equal(document.Properties.PageCount, document.Blocks[^1].Page);
        Assert.NotNull(document.Properties.Date);
    }

    [Fact]
    public async Task Reports_the_first_half_of_a_pdf_as_truncated_or_corrupt()
    {
        var bytes = await File.ReadAllBytesAsync(SeedPdf);

        var failure = Assert.IsType<ReadResult.Failure>(await reader.ReadAsync(scratch.Write("half.pdf", bytes[..(bytes.Length / 2)])));

        Assert.Equal(ReadFailureKind.Corrupt, failure.Kind);
        Assert.StartsWith("truncated or corrupt PDF", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_a_zero_byte_pdf_as_empty()
    {
        var failure = Assert.IsType<ReadResult.Failure>(await reader.ReadAsync(scratch.Write("zero.pdf", Array.Empty<byte>())));

        Assert.Equal(ReadFailureKind.Empty, failure.Kind);
        Assert.Equal("empty file", failure.Reason);
    }

    [Fact]
    public async Task Reports_random_bytes_named_pdf_as_corrupt()
    {
        var bytes = new byte[64 * 1024];
        new Random(20221120).NextBytes(bytes);

        var failure = Assert.IsType<ReadResult.Failure>(await reader.ReadAsync(scratch.Write("random.pdf", bytes)));

        Assert.Equal(ReadFailureKind.Corrupt, failure.Kind);
    }

    [Fact]
    public async Task Reports_random_bytes_after_a_pdf_header_as_corrupt()
    {
        var bytes = new byte[64 * 1024];
        new Random(7).NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);

        var failure = Assert.IsType<ReadResult.Failure>(await reader.ReadAsync(scratch.Write("header-only.pdf", bytes)));

        Assert.Equal(ReadFailureKind.Corrupt, failure.Kind);
    }

    [Fact]
    public async Task Reports_a_password_protected_pdf_as_encrypted()
    {
        var path = Path.Combine(TestCorpus.RepoRoot, "tests", "LmecKnowledgeSearch.Tests", "Ingestion", "Pdf", "Fixtures", "password-protected.pdf");

        var failure = Assert.IsType<ReadResult.Failure>(await reader.ReadAsync(path));

        Assert.Equal(ReadFailureKind.Encrypted, failure.Kind);
        Assert.Contains("encrypted", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_a_pdf_without_a_text_layer_as_empty()
    {
        var failure = Assert.IsType<ReadResult.Failure>(await reader.ReadAsync(scratch.Write("drawing.pdf", PdfWithOnlyADrawing())));

        Assert.Equal(ReadFailureKind.Empty, failure.Kind);
        Assert.Contains("no text layer (scanned?)", failure.Reason, StringComparison.Ordinal);
    }

    /// <summary>A valid one-page PDF whose only content is a filled rectangle, as a scan without OCR would be (minus the image).</summary>
    private static byte[] PdfWithOnlyADrawing()
    {
        const string content = "0 0 1 rg 20 20 160 160 re f";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
