using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Search.Snippets;

namespace LmecKnowledgeSearch.Search.Documents;

/// <summary>
/// Lays a document's text out for reading from what indexing already knows of it: each line a paragraph, the title
/// and the passages' headings as headings, and each expert view as a section under its speaker (the header lines
/// that named the speaker folded into the section's heading). Every unit is anchored at the block its text starts in.
/// </summary>
public static class DocumentLayout
{
    /// <summary>A speaker's header: their name, affiliation and post on a few short lines before the statement.</summary>
    private const int MaxHeaderLines = 4;
    private const int MaxHeaderLineLength = 80;
    private const int OpeningLength = 40;

    public static IReadOnlyList<DocumentBlock> Blocks(IndexUnit document, IReadOnlyList<IndexUnit> units, IReadOnlyList<(int Start, int End)> marks)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(marks);
        var text = document.Text;
        var lines = Lines(text);
        var headings = units
            .Where(u => u.HeadingPath is not null)
            .SelectMany(u => u.HeadingPath!.Split(" › "))
            .Append(document.Title)
            .Select(h => h.Trim())
            .ToHashSet(StringComparer.Ordinal);

        // Where each view's section starts (its speaker's header) and where its statement starts, in briefing order.
        var sections = new List<(int HeaderStart, int StatementStart, IndexUnit View)>();
        var from = 0;
        foreach (var view in units.Where(u => u.Kind == UnitKind.ExpertView && u.Speaker is not null).OrderBy(u => u.Number))
        {
            var statement = Find(text, view.Text, from);
            if (statement < 0)
            {
                continue;
            }

            sections.Add((HeaderStart(text, lines, statement, view.Speaker!, from), statement, view));
            from = statement + 1;
        }

        sections.Sort((a, b) => a.HeaderStart.CompareTo(b.HeaderStart));
        var anchors = units
            .Where(u => u.Kind != UnitKind.Document)
            .Select(u => (Unit: u, Start: Find(text, u.Text, 0)))
            .Where(a => a.Start >= 0)
            .ToList();

        var blocks = new List<DocumentBlock>();
        var nextSection = 0;
        foreach (var (start, end) in lines)
        {
            while (nextSection < sections.Count && sections[nextSection].HeaderStart <= start)
            {
                var view = sections[nextSection].View;
                var name = view.Affiliation is { } affiliation ? $"{view.Speaker} · {affiliation}" : view.Speaker!;
                blocks.Add(new DocumentBlock("speaker", HtmlText.Escape(name), [view.Id], false));
                nextSection++;
            }

            // The header lines are now the section's heading.
            if (sections.Any(s => start >= s.HeaderStart && end <= s.StatementStart && s.StatementStart > s.HeaderStart))
            {
                continue;
            }

            var kind = headings.Contains(text[start..end].Trim()) ? "heading" : "paragraph";
            var starting = anchors
                .Where(a => a.Start >= start && a.Start < end && a.Unit.Kind != UnitKind.ExpertView)
                .Select(a => a.Unit.Id)
                .ToList();
            var marked = marks.Any(m => m.End > start && m.Start < end);
            blocks.Add(new DocumentBlock(kind, SnippetBuilder.MarkRange(text, start, end, marks), starting, marked));
        }

        return blocks;
    }

    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var (s, e) = (start, end);
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                lines.Add((s, e));
            }

            start = end + 1;
        }

        return lines;
    }

    /// <summary>
    /// The start of the short lines just before a statement that name its speaker (name, affiliation, post); the
    /// statement's own start when they do not name the speaker.
    /// </summary>
    private static int HeaderStart(string text, List<(int Start, int End)> lines, int statement, string speaker, int notBefore)
    {
        var name = Compact(speaker);
        var index = lines.FindLastIndex(l => l.End <= statement);
        var start = statement;
        var header = string.Empty;
        for (var i = index; i >= 0 && index - i < MaxHeaderLines; i--)
        {
            var (lineStart, lineEnd) = lines[i];
            if (lineStart < notBefore || lineEnd - lineStart > MaxHeaderLineLength)
            {
                break;
            }

            header = Compact(text[lineStart..lineEnd]) + header;
            if (header.Contains(name, StringComparison.Ordinal))
            {
                start = lineStart;
                break;
            }
        }

        return start;
    }

    private static string Compact(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>Where a unit's text starts in the document: its opening words, found as stored.</summary>
    private static int Find(string text, string unitText, int from)
    {
        var opening = unitText.TrimStart();
        opening = opening[..Math.Min(opening.Length, OpeningLength)];
        var newline = opening.IndexOf('\n');
        if (newline > 0)
        {
            opening = opening[..newline];
        }

        return opening.Length == 0 ? -1 : text.IndexOf(opening, from, StringComparison.Ordinal);
    }
}
