using System.Text;
using LmecKnowledgeSearch.Ingestion;

namespace LmecKnowledgeSearch.Enrichment.Passages;

/// <summary>A paragraph-sized piece of a document with the headings above it. Start is an offset into <see cref="ExtractedDocument.Text"/>.</summary>
public sealed record Passage(string Text, string? HeadingPath, int? Page, int Start, int Length);

/// <summary>
/// Cuts a document into passages of about a paragraph: short blocks are merged (a line of a table cell is no passage),
/// long ones are cut at sentence ends, and a heading always starts a new passage.
/// </summary>
public sealed class PassageSplitter
{
    private readonly int minLength;
    private readonly int maxLength;

    public PassageSplitter(int minLength = 120, int maxLength = 900)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minLength);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, minLength * 2);
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    public IReadOnlyList<Passage> Split(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var passages = new List<Passage>();
        var headings = new List<(int Level, string Text)>();
        var pending = new PendingPassage();
        var offset = 0;
        foreach (var block in document.Blocks)
        {
            var blockStart = offset;
            offset += block.Text.Length + 2; // blocks are joined by "\n\n" in ExtractedDocument.Text
            if (block.Kind is BlockKind.Heading or BlockKind.Title)
            {
                pending.FlushInto(passages);
                var level = block.Kind == BlockKind.Title ? 0 : Math.Max(1, block.Level);
                headings.RemoveAll(h => h.Level >= level);
                headings.Add((level, block.Text.Trim()));
                continue;
            }

            if (string.IsNullOrWhiteSpace(block.Text))
            {
                continue;
            }

            var headingPath = headings.Count == 0 ? null : string.Join(" › ", headings.Select(h => h.Text));
            foreach (var (pieceStart, pieceLength) in CutLongBlock(block.Text))
            {
                if (pending.Length > 0 && pending.Length + pieceLength > maxLength)
                {
                    pending.FlushInto(passages);
                }

                pending.Append(document.Text, blockStart + pieceStart, pieceLength, headingPath, block.Page);
                if (pending.Length >= minLength)
                {
                    pending.FlushInto(passages);
                }
            }
        }

        pending.FlushInto(passages);
        return passages;
    }

    private IEnumerable<(int Start, int Length)> CutLongBlock(string text)
    {
        if (text.Length <= maxLength)
        {
            yield return (0, text.Length);
            yield break;
        }

        var start = 0;
        while (text.Length - start > maxLength)
        {
            var cut = LastSentenceEnd(text, start + minLength, start + maxLength);
            yield return (start, cut - start);
            start = cut;
        }

        yield return (start, text.Length - start);
    }

    private static int LastSentenceEnd(string text, int from, int to)
    {
        for (var i = Math.Min(to, text.Length) - 1; i >= from; i--)
        {
            var c = text[i];
            if (c is '。' or '！' or '？' or '；' or '\n' || (c is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }

        return Math.Min(to, text.Length);
    }

    /// <summary>A passage being assembled from consecutive blocks; it spans the original text so offsets stay exact.</summary>
    private sealed class PendingPassage
    {
        private readonly StringBuilder text = new();
        private int start = -1;
        private int end;
        private string? headingPath;
        private int? page;

        public int Length => text.Length;

        public void Append(string documentText, int pieceStart, int pieceLength, string? heading, int? piecePage)
        {
            if (start < 0)
            {
                start = pieceStart;
                headingPath = heading;
                page = piecePage;
            }
            else
            {
                text.Append('\n');
            }

            text.Append(documentText, pieceStart, pieceLength);
            end = pieceStart + pieceLength;
        }

        public void FlushInto(List<Passage> passages)
        {
            if (start >= 0)
            {
                var passageText = text.ToString().Trim();
                if (passageText.Length > 0)
                {
                    passages.Add(new Passage(passageText, headingPath, page, start, end - start));
                }
            }

            text.Clear();
            start = -1;
            headingPath = null;
            page = null;
        }
    }
}
