using System.Text;

namespace LmecKnowledgeSearch.Enrichment.Themes;

/// <summary>
/// Scores a text against the taxonomy's weighted cues. Transparent by design: the score is the summed weight of the cues
/// found (repeats count with diminishing returns), divided by a length factor so a passing mention in a long document
/// does not tag it, and the evidence is the list of cues found.
/// </summary>
public sealed class ThemeLexiconScorer
{
    // Units up to this many Chinese-character equivalents (a paragraph, an expert view) are scored without length damping.
    private const double ReferenceLength = 250;
    private const int MaxEvidence = 8;

    private readonly IReadOnlyList<(ThemeDefinition Theme, ThemeCuePattern[] Patterns)> _themes;

    public ThemeLexiconScorer(ThemeTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        Taxonomy = taxonomy;
        _themes = taxonomy.Themes
            .Select(t => (t, t.Cues.Select(c => new ThemeCuePattern(c)).OrderByDescending(p => p.Length).ToArray()))
            .ToList();
    }

    public ThemeTaxonomy Taxonomy { get; }

    /// <summary>One score per theme of the taxonomy, in taxonomy order.</summary>
    public IReadOnlyList<ThemeLexiconScore> Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // ToLowerInvariant maps char by char, so offsets stay those of the normalised text.
        var normalised = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var hasLatin = normalised.Any(char.IsAsciiLetter);
        var lengthFactor = Math.Max(1.0, Math.Sqrt(EffectiveLength(normalised) / ReferenceLength));
        var scores = new List<ThemeLexiconScore>(_themes.Count);
        foreach (var (theme, patterns) in _themes)
        {
            scores.Add(ScoreTheme(theme, patterns, normalised, hasLatin, lengthFactor));
        }

        return scores;
    }

    /// <summary>The themes the lexicon alone tags, strongest first.</summary>
    public IReadOnlyList<ThemeTag> Tag(string text) =>
        Score(text).Where(s => s.IsTagged)
            .OrderByDescending(s => s.Confidence)
            .Select(s => new ThemeTag(s.ThemeId, s.Confidence, s.Evidence))
            .ToList();

    /// <summary>Chinese characters plus two per Latin word: a rough common measure for mixed-language text.</summary>
    internal static double EffectiveLength(string text)
    {
        var cjk = 0;
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (HanCharacters.IsHan(c))
            {
                cjk++;
            }

            var letter = char.IsAsciiLetter(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return cjk + (2.0 * words);
    }

    private static ThemeLexiconScore ScoreTheme(
        ThemeDefinition theme, ThemeCuePattern[] patterns, string text, bool hasLatin, double lengthFactor)
    {
        var claimed = new List<(int Start, int End)>();
        var found = new List<(string Surface, double Contribution)>();
        var raw = 0.0;
        foreach (var pattern in patterns)
        {
            if (!pattern.IsCjk && !hasLatin)
            {
                continue;
            }

            var count = 0;
            string? surface = null;
            foreach (var (start, length, matched) in pattern.Find(text))
            {
                // A longer cue already covering this text (性别平等 over 性别) has counted it.
                var end = start + length;
                if (claimed.Any(c => start < c.End && c.Start < end))
                {
                    continue;
                }

                claimed.Add((start, end));
                surface ??= matched;
                count++;
            }

            // A zero-weight cue only blocks shorter cues inside it; it is not evidence.
            if (count > 0 && pattern.Cue.Weight > 0)
            {
                var contribution = pattern.Cue.Weight * (1 + Math.Log(count));
                raw += contribution;
                found.Add((surface!, contribution));
            }
        }

        var strength = raw / lengthFactor / theme.Threshold;
        var evidence = found
            .GroupBy(f => f.Surface, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Surface: g.Key, Contribution: g.Sum(x => x.Contribution)))
            .OrderByDescending(f => f.Contribution)
            .Take(MaxEvidence)
            .Select(f => f.Surface)
            .ToList();
        return new ThemeLexiconScore(theme.Id, strength / (1 + strength), evidence);
    }
}
