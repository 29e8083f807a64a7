using System.Text.RegularExpressions;
using LmecKnowledgeSearch.Enrichment.Experts;

namespace LmecKnowledgeSearch.Enrichment.Passages;

/// <summary>
/// Keeps passages from repeating what other units hold: boilerplate, and the statements of expert views (the view is
/// its own unit and says who spoke). A passage that is partly covered keeps its uncovered prose, so an event paragraph
/// merged with the first statement still stands as a passage.
/// </summary>
public static partial class PassageCoverage
{
    private const int MaxHeaderLength = 240;
    private const int Probe = 16;
    private const int MinProse = 20;

    /// <summary>Where each statement lies in the text, found by its opening and closing words (statements may join lines).</summary>
    public static IEnumerable<TextRange> StatementRanges(string text, IReadOnlyList<ExpertView> views)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(views);
        // Views come in reading order, so each is looked for after the previous one: a statement's opening words may
        // also appear earlier (in the title or another statement).
        var cursor = 0;
        foreach (var view in views.OrderBy(v => v.Order))
        {
            var statement = view.Statement.Trim();
            if (statement.Length < Probe * 2)
            {
                continue;
            }

            var start = text.IndexOf(statement[..Probe], cursor, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf(statement[^Probe..], start, StringComparison.Ordinal);
            if (end > start)
            {
                var headerStart = HeaderStart(text, view, cursor, start);
                cursor = end + Probe;
                yield return new TextRange(headerStart, cursor - headerStart);
            }
        }
    }

    /// <summary>
    /// The passages with covered text taken out: untouched passages as they are, partly covered ones cut to their
    /// uncovered pieces of prose (a bare speaker header line between two statements is no passage).
    /// </summary>
    public static IEnumerable<Passage> Uncovered(IEnumerable<Passage> passages, string text, IReadOnlyList<TextRange> covered)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(covered);
        foreach (var passage in passages)
        {
            var end = passage.Start + passage.Length;
            var overlapping = covered.Where(r => r.Start < end && r.End > passage.Start).OrderBy(r => r.Start).ToList();
            if (overlapping.Count == 0)
            {
                yield return passage;
                continue;
            }

            var cursor = passage.Start;
            foreach (var range in overlapping.Append(new TextRange(end, 0)))
            {
                if (range.Start > cursor && Math.Min(range.Start, end) is var pieceEnd && pieceEnd > cursor)
                {
                    var piece = text[cursor..pieceEnd].Trim();
                    if (IsProse(piece))
                    {
                        yield return passage with { Text = piece, Start = text.IndexOf(piece, cursor, StringComparison.Ordinal), Length = piece.Length };
                    }
                }

                cursor = Math.Max(cursor, range.End);
            }
        }
    }

    /// <summary>
    /// Where the speaker header before a statement begins ("Sophea Chan\nProgramme Manager, …", "世界自然基金会 王明："), so
    /// the header goes with its view instead of trailing the passage before it; the statement's start when no header
    /// precedes it.
    /// </summary>
    private static int HeaderStart(string text, ExpertView view, int notBefore, int statementStart)
    {
        var from = Math.Max(notBefore, statementStart - MaxHeaderLength);
        var window = text[from..statementStart];
        var name = SpacedPattern(view.Speaker).Matches(window).LastOrDefault();
        if (name is null || HeaderSentenceEnd().IsMatch(window[name.Index..]))
        {
            return statementStart;
        }

        var first = name.Index;
        // The affiliation may be printed above the name.
        if (view.Affiliation is { Length: >= 4 } affiliation
            && window.LastIndexOf(affiliation[..4], first, StringComparison.Ordinal) is var above and >= 0
            && !HeaderSentenceEnd().IsMatch(window[above..first]))
        {
            first = above;
        }

        var lineStart = window.LastIndexOf('\n', first) + 1;
        return from + (HeaderSentenceEnd().IsMatch(window[lineStart..first]) ? first : lineStart);
    }

    private static Regex SpacedPattern(string speaker) =>
        new(string.Join(@"\s*", speaker.Where(c => !char.IsWhiteSpace(c)).Select(c => Regex.Escape(c.ToString()))), RegexOptions.CultureInvariant);

    private static bool IsProse(string piece) =>
        piece.Count(c => !char.IsWhiteSpace(c)) >= MinProse && piece.IndexOfAny(['。', '！', '？', '；', '.', '!', '?']) >= 0;

    // A finished sentence between a name and the statement means the name was mentioned in prose, not printed as a header.
    [GeneratedRegex(@"[。！？]|[a-z]{2}[.!?](?:\s|$)")]
    private static partial Regex HeaderSentenceEnd();
}
