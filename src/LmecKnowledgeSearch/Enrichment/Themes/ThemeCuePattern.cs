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

        IsCjk = term.Any(HanCharacters.IsHan);
        _literal = (IsCjk ? term : LongestWord(term)).ToLowerInvariant();
        if (!IsCjk)
        {
            // Spaces and hyphens are interchangeable ("sea-level rise" = "sea level rise"); a stem takes any word ending,
            // other cues an optional plural.
            // Hyphens first: the space pattern inserted next contains a hyphen of its own.
            var body = Regex.Escape(term.ToLowerInvariant()).Replace("-", "[\\s\\-]?", StringComparison.Ordinal)
                .Replace("\\ ", "[\\s\\-]+", StringComparison.Ordinal);
            var ending = isStem ? "[A-Za-z\\-]*" : "(?:s|es|'s)?";
            _regex = new Regex(
                // Only Latin letters and digits bound an English word: Chinese text often runs straight into it (一期CCUS项目).
                "(?<![A-Za-z0-9\\u00C0-\\u024F])" + body + ending + "(?![A-Za-z0-9\\u00C0-\\u024F])",
                RegexOptions.CultureInvariant);
        }
    }

    public ThemeCue Cue { get; }

    public bool IsCjk { get; }

    /// <summary>Length of the cue, so longer cues can claim text before shorter ones they contain.</summary>
    public int Length => Cue.Term.Length;

    /// <summary>Occurrences in <paramref name="lowerText"/>, which the caller has lower-cased (invariant culture) once for all cues.</summary>
    public IEnumerable<(int Start, int Length, string Surface)> Find(string lowerText)
    {
        // A cheap ordinal probe rules out most cues before any regex runs; ordinal search on lower-cased text
        // avoids the slow case-insensitive path that non-ASCII text takes.
        if (_literal.Length > 0 && lowerText.IndexOf(_literal, StringComparison.Ordinal) < 0)
        {
            yield break;
        }

        if (_regex is null)
        {
            for (var at = lowerText.IndexOf(_literal, StringComparison.Ordinal); at >= 0;
                 at = lowerText.IndexOf(_literal, at + _literal.Length, StringComparison.Ordinal))
            {
                yield return (at, _literal.Length, _literal);
            }

            yield break;
        }

        for (var match = _regex.Match(lowerText); match.Success; match = match.NextMatch())
        {
            yield return (match.Index, match.Length, match.Value);
        }
    }

    private static string LongestWord(string term) =>
        term.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).FirstOrDefault() ?? term;
}
