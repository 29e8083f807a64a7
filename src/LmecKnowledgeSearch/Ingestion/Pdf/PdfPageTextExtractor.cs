using LmecKnowledgeSearch.Ingestion.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using LayoutBlock = UglyToad.PdfPig.DocumentLayoutAnalysis.TextBlock;

namespace LmecKnowledgeSearch.Ingestion.Pdf;

/// <summary>
/// Reading-order text of one PDF page: letters to words (nearest neighbour), words to blocks (Docstrum, which copes
/// with columns and Chinese text lines), blocks in reading order, and each block's lines joined back into paragraphs.
/// </summary>
public sealed class PdfPageTextExtractor
{
    // A line ending this far short of its block's right edge ends a paragraph (or is a name, a heading, a list line).
    private const double ShortLineRatio = 0.75;

    private readonly DocstrumBoundingBoxes segmenter = new(new DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions());
    private readonly UnsupervisedReadingOrderDetector readingOrder = new();

    public IReadOnlyList<string> ExtractParagraphs(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var letters = DuplicateOverlappingTextProcessor.Get(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)));
        if (letters.Count == 0)
        {
            return [];
        }

        var words = NearestNeighbourWordExtractor.Instance.GetWords(letters).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var blocks = segmenter.GetBlocks(words);
        var ordered = readingOrder.Get(blocks);
        var paragraphs = new List<string>();
        foreach (var block in ordered)
        {
            paragraphs.AddRange(Paragraphs(block));
        }

        return paragraphs;
    }

    private static IEnumerable<string> Paragraphs(LayoutBlock block)
    {
        var right = block.BoundingBox.Right;
        var width = Math.Max(block.BoundingBox.Width, 1);
        var current = new List<string>();
        foreach (var line in block.TextLines)
        {
            current.Add(LineText(line.Words));
            var shortLine = (right - line.BoundingBox.Right) > width * (1 - ShortLineRatio);
            if (shortLine)
            {
                yield return WrappedLineJoiner.Join(current);
                current.Clear();
            }
        }

        if (current.Count > 0)
        {
            yield return WrappedLineJoiner.Join(current);
        }
    }

    /// <summary>Words of one line: a space between Latin words, none between two CJK characters.</summary>
    private static string LineText(IReadOnlyList<Word> words) =>
        WrappedLineJoiner.Join(words.Select(w => w.Text), joinHyphenatedWords: false);
}
