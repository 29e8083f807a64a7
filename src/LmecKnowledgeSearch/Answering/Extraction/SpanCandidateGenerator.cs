using System.Text.RegularExpressions;
using LmecKnowledgeSearch.Analysis;

namespace LmecKnowledgeSearch.Answering.Extraction;

/// <summary>
/// Candidate answers of a sentence: runs of up to <see cref="MaxWords"/> segmenter words inside one clause (a list's
/// 、 and a name's · do not end a clause), the content of quotes and brackets (《书名》, “名称”, （别称）), and each whole
/// clause for why/how questions, all at most <see cref="MaxClauseLength"/> characters.
/// </summary>
public sealed partial class SpanCandidateGenerator
{
    public const int MaxWords = 12;
    public const int MaxSpanLength = 40;
    public const int MaxClauseLength = 60;

    private readonly ISegmenter segmenter;

    public SpanCandidateGenerator(ISegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        this.segmenter = segmenter;
    }

    public IReadOnlyList<SpanCandidate> Generate(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = segmenter.Segment(sentence);
        var seen = new HashSet<(int, int)>();
        var spans = new List<SpanCandidate>();
        void Add(int start, int end, bool clause, bool quoted)
        {
            while (start < end && char.IsWhiteSpace(sentence[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(sentence[end - 1]))
            {
                end--;
            }

            if (end > start && end - start <= (clause ? MaxClauseLength : MaxSpanLength) && seen.Add((start, end)))
            {
                spans.Add(new SpanCandidate(start, end - start, clause, quoted));
            }
        }

        var clauseStarts = new List<int> { 0 };
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0 && BreaksClause(sentence, words[i - 1].End, words[i].Start))
            {
                clauseStarts.Add(i);
            }

            for (var j = i; j < words.Count && j < i + MaxWords; j++)
            {
                if (j > i && BreaksClause(sentence, words[j - 1].End, words[j].Start))
                {
                    break;
                }

                if (words[j].End - words[i].Start > MaxSpanLength)
                {
                    break;
                }

                Add(words[i].Start, words[j].End, clause: false, quoted: false);
            }
        }

        // Whole clauses and runs of up to three: a reason or a manner is often said over a comma or two.
        clauseStarts.Add(words.Count);
        for (var c = 0; c + 1 < clauseStarts.Count; c++)
        {
            for (var d = c + 1; d < clauseStarts.Count && d <= c + 3; d++)
            {
                AddClause(words, clauseStarts[c], clauseStarts[d]);
            }
        }
        foreach (Match match in QuotedPattern().Matches(sentence))
        {
            var inner = match.Groups[1];
            Add(inner.Index, inner.Index + inner.Length, clause: false, quoted: true);
            Add(match.Index, match.Index + match.Length, clause: false, quoted: true);
        }

        return spans;

        void AddClause(IReadOnlyList<Segment> all, int from, int to)
        {
            if (to > from && to - from > 1)
            {
                Add(all[from].Start, all[to - 1].End, clause: true, quoted: false);
            }
        }
    }

    private static bool BreaksClause(string sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var c = sentence[k];
            if (!char.IsWhiteSpace(c) && c is not ('、' or '·' or '・' or '-' or '.' or '%' or '％' or '/' or '\'' or '&' or '+' or '°' or '℃' or '《' or '》'))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"[《“「『\(（""]([^《》“”「」『』\(\)（）""]{1,38})[》”」』\)）""]")]
    private static partial Regex QuotedPattern();
}
