using UglyToad.PdfPig.Content;

namespace LmecKnowledgeSearch.Ingestion.Pdf;

/// <summary>
/// Puts the words of a page in reading order by position rather than by content-stream order, which some producers
/// (LibreOffice among them) scramble: a speaker's name written after the line below it, a word of a line emitted last.
/// Words sharing a baseline form line fragments (a wide gap, such as a column gutter, splits them); fragments stacked
/// closely over the same horizontal span form blocks; blocks are ordered as in Breuel's layout analysis: a block comes
/// before another it overlaps horizontally and lies above, and before one wholly to its right unless a block between
/// them vertically spans both (a full-width heading ends a row of columns).
/// </summary>
internal static class PdfReadingOrder
{
    // A horizontal gap this many line heights wide is a gutter or a tab stop, not a space between words.
    private const double GutterHeights = 2.5;

    // Above this many blocks (dense tables, scattered labels) the pairwise ordering costs too much; plain top-down order then.
    private const int MaxOrderedBlocks = 300;

    public static IReadOnlyList<PdfTextLine> Lines(IEnumerable<Word> words)
    {
        var usable = words
            .Where(w => !string.IsNullOrWhiteSpace(w.Text) && w.TextOrientation is TextOrientation.Horizontal or TextOrientation.Other)
            .ToList();
        if (usable.Count == 0)
        {
            return [];
        }

        var blocks = Blocks(Fragments(usable));
        var ordered = blocks.Count <= MaxOrderedBlocks
            ? Ordered(blocks)
            : blocks.OrderByDescending(b => b.Top).ThenBy(b => b.Left).ToList();
        return JoinSameBaseline(ordered.SelectMany(b => b.Lines));
    }

    /// <summary>Line fragments: words banded by baseline, each band cut at wide horizontal gaps.</summary>
    private static List<PdfTextLine> Fragments(List<Word> words)
    {
        var bands = new List<(Word Reference, List<Word> Words)>();
        foreach (var word in words.OrderByDescending(w => Middle(w)).ThenBy(w => w.BoundingBox.Left))
        {
            // Compared with the band's first word, not its growing box, so neighbouring lines never chain together.
            var band = bands.Count > 0 && SameBand(bands[^1].Reference, word) ? bands[^1] : default;
            if (band.Words is null)
            {
                bands.Add((word, [word]));
            }
            else
            {
                band.Words.Add(word);
            }
        }

        var fragments = new List<PdfTextLine>();
        foreach (var (_, bandWords) in bands)
        {
            var sorted = bandWords.OrderBy(w => w.BoundingBox.Left).ToList();
            var height = Median(sorted.Select(w => w.BoundingBox.Height));
            var current = new List<Word> { sorted[0] };
            var right = sorted[0].BoundingBox.Right;
            for (var i = 1; i < sorted.Count; i++)
            {
                if (sorted[i].BoundingBox.Left - right > Math.Max(height, 1) * GutterHeights)
                {
                    fragments.Add(PdfLineBuilder.ToLine(current));
                    current = [];
                    right = double.MinValue;
                }

                current.Add(sorted[i]);
                right = Math.Max(right, sorted[i].BoundingBox.Right);
            }

            fragments.Add(PdfLineBuilder.ToLine(current));
        }

        return fragments;
    }

    /// <summary>Fragments stacked at ordinary line spacing over an overlapping span become one block.</summary>
    private static List<LayoutBlock> Blocks(List<PdfTextLine> fragments)
    {
        var blocks = new List<LayoutBlock>();
        foreach (var line in fragments.OrderByDescending(f => f.Top).ThenBy(f => f.Left))
        {
            LayoutBlock? best = null;
            var bestGap = double.MaxValue;
            foreach (var block in blocks)
            {
                var last = block.Lines[^1];
                var gap = last.Bottom - line.Top;
                var height = Math.Max(last.Height, line.Height);
                if (gap > -height * 0.3 && gap < height * 1.2 && Overlap(last.Left, last.Right, line.Left, line.Right) > 0 && gap < bestGap)
                {
                    (best, bestGap) = (block, gap);
                }
            }

            if (best is null)
            {
                blocks.Add(new LayoutBlock(line));
            }
            else
            {
                best.Add(line);
            }
        }

        return blocks;
    }

    /// <summary>Topological order under Breuel's two rules; among blocks free to go next, the highest, then leftmost.</summary>
    private static List<LayoutBlock> Ordered(List<LayoutBlock> blocks)
    {
        var n = blocks.Count;
        var before = new List<int>[n];
        var pending = new int[n];
        for (var i = 0; i < n; i++)
        {
            before[i] = [];
        }

        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                if (a != b && Precedes(blocks, a, b))
                {
                    before[a].Add(b);
                    pending[b]++;
                }
            }
        }

        var done = new bool[n];
        var result = new List<LayoutBlock>(n);
        while (result.Count < n)
        {
            // Carry on down the column just read if a block there is free; otherwise the highest, then leftmost.
            var next = -1;
            var continuing = false;
            var last = result.Count > 0 ? result[^1] : null;
            for (var i = 0; i < n; i++)
            {
                if (done[i] || pending[i] > 0)
                {
                    continue;
                }

                var continues = last is not null && Continues(last, blocks[i]);
                var better = next < 0
                    || (continues && !continuing)
                    || (continues == continuing && (continues ? blocks[i].Top > blocks[next].Top : IsHigherThenLefter(blocks[i], blocks[next])));
                if (better)
                {
                    (next, continuing) = (i, continues);
                }
            }

            if (next < 0)
            {
                // A cycle (overlapping boxes can make one): break it at the highest block left.
                next = Enumerable.Range(0, n).Where(i => !done[i]).OrderByDescending(i => blocks[i].Top).First();
            }

            done[next] = true;
            result.Add(blocks[next]);
            foreach (var b in before[next])
            {
                pending[b]--;
            }
        }

        return result;
    }

    private static bool Precedes(List<LayoutBlock> blocks, int a, int b)
    {
        var (x, y) = (blocks[a], blocks[b]);
        if (Overlap(x.Left, x.Right, y.Left, y.Right) > 0)
        {
            return x.Top > y.Top;
        }

        // Not when x lies wholly below y: a page number under a right-aligned signature still comes last.
        if (x.Right > y.Left || x.Top < y.Bottom)
        {
            return false;
        }

        // x wholly left of y: it comes first unless something between them vertically spans both (ending a row of columns).
        var upper = Math.Max(x.Top, y.Top);
        var lower = Math.Min(x.Bottom, y.Bottom);
        for (var c = 0; c < blocks.Count; c++)
        {
            var z = blocks[c];
            if (c != a && c != b && z.Top < upper && z.Bottom > lower
                && Overlap(z.Left, z.Right, x.Left, x.Right) > 0 && Overlap(z.Left, z.Right, y.Left, y.Right) > 0
                && (z.Top < x.Bottom || z.Top < y.Bottom))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Continues(LayoutBlock above, LayoutBlock below) =>
        below.Top <= above.Bottom + 1 && Overlap(above.Left, above.Right, below.Left, below.Right) > 0;

    private static bool IsHigherThenLefter(LayoutBlock a, LayoutBlock b) =>
        Math.Abs(a.Top - b.Top) > 1 ? a.Top > b.Top : a.Left < b.Left;

    /// <summary>Consecutive fragments on one baseline (a tab stop, a label and its value) read as one line.</summary>
    private static List<PdfTextLine> JoinSameBaseline(IEnumerable<PdfTextLine> lines)
    {
        var result = new List<PdfTextLine>();
        foreach (var line in lines)
        {
            if (result.Count > 0 && result[^1] is var previous && line.Left > previous.Right
                && Overlap(previous.Bottom, previous.Top, line.Bottom, line.Top) > Math.Min(previous.Height, line.Height) * 0.5)
            {
                var box = new UglyToad.PdfPig.Core.PdfRectangle(previous.Left, Math.Min(previous.Bottom, line.Bottom), line.Right, Math.Max(previous.Top, line.Top));
                result[^1] = new PdfTextLine($"{previous.Text} {line.Text}", box, Math.Max(previous.FontSize, line.FontSize));
            }
            else
            {
                result.Add(line);
            }
        }

        return result;
    }

    private static bool SameBand(Word reference, Word word)
    {
        var (r, w) = (reference.BoundingBox, word.BoundingBox);
        var smaller = Math.Max(Math.Min(r.Height, w.Height), 0.1);
        return Overlap(r.Bottom, r.Top, w.Bottom, w.Top) > smaller * 0.4;
    }

    private static double Middle(Word word) => (word.BoundingBox.Top + word.BoundingBox.Bottom) / 2;

    private static double Overlap(double aLow, double aHigh, double bLow, double bHigh) => Math.Min(aHigh, bHigh) - Math.Max(aLow, bLow);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private sealed class LayoutBlock(PdfTextLine first)
    {
        public List<PdfTextLine> Lines { get; } = [first];

        public double Left { get; private set; } = first.Left;

        public double Right { get; private set; } = first.Right;

        public double Top { get; } = first.Top;

        public double Bottom { get; private set; } = first.Bottom;

        public void Add(PdfTextLine line)
        {
            Lines.Add(line);
            Left = Math.Min(Left, line.Left);
            Right = Math.Max(Right, line.Right);
            Bottom = Math.Min(Bottom, line.Bottom);
        }
    }
}
