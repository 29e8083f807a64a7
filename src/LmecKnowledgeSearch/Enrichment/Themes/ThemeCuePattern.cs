using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Enrichment.Themes;

/// <summary>Finds one cue in a text: Chinese cues as substrings, English cues as whole words with plural or stem endings.</summary>
internal sealed class ThemeCuePattern
{
    private readonly Regex? _regex;
    private readonly string _literal;

    public ThemeCuePattern(ThemeCue cue)
    {
        Cue = cue;
        var term = cue.Term.Trim();
        var isStem = term.EndsWith('*');
        if (isStem)
        {
            term = term[..^1];
        }

        IsCjk = term.Any(IsCjkChar);
        _literal = IsCjk ? term : LongestWord(term);
        if (!IsCjk)
        {
            // Spaces and hyphens are interchangeable ("sea-level rise" = "sea level rise"); a stem takes any word ending,
            // other cues an optional plural.
            var body = Regex.Escape(term).Replace("\\ ", "[\\s\\-]+", StringComparison.Ordinal)
                .Replace("-", "[\\s\\-]?", StringComparison.Ordinal);
            var ending = isStem ? "[\\p{L}\\-]*" : "(?:s|es|'s)?";
            _regex = new Regex(
                "(?<![\\p{L}\\p{N}])" + body + ending + "(?![\\p{L}\\p{N}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
    }

    public ThemeCue Cue { get; }

    public bool IsCjk { get; }

    /// <summary>Length of the cue, so longer cues can claim text before shorter ones they contain.</summary>
    public int Length => Cue.Term.Length;

    public IEnumerable<(int Start, int Length, string Surface)> Find(string text)
    {
        // A cheap ordinal probe rules out most cues before any regex runs.
        if (_literal.Length > 0 && text.IndexOf(_literal, StringComparison.OrdinalIgnoreCase) < 0)
        {
            yield break;
        }

        if (_regex is null)
        {
            for (var at = text.IndexOf(_literal, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = text.IndexOf(_literal, at + _literal.Length, StringComparison.OrdinalIgnoreCase))
            {
                yield return (at, _literal.Length, _literal);
            }

            yield break;
        }

        for (var match = _regex.Match(text); match.Success; match = match.NextMatch())
        {
            yield return (match.Index, match.Length, match.Value.ToLowerInvariant());
        }
    }

    internal static bool IsCjkChar(char c) => c is >= '\u3400' and <= '\u9fff' or >= '\uf900' and <= '\ufaff';

    private static string LongestWord(string term) =>
        term.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).FirstOrDefault() ?? term;
}
