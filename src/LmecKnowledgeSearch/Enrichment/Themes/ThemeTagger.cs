namespace LmecKnowledgeSearch.Enrichment.Themes;

/// <summary>
/// Tags a unit (document, passage, expert view, case study) with themes. The lexicon gives transparent evidence; the
/// classifier catches paraphrases without cue words. Each side's score is scaled so 0.5 is its own tagging threshold and
/// the theme's score is the larger of the two. A theme marked requiresCue (gender) needs at least one cue in the text.
/// Thread-safe: both scorers are, so one tagger can serve parallel indexing.
/// </summary>
public sealed class ThemeTagger
{
    private readonly ThemeLexiconScorer _lexicon;
    private readonly ThemeTextClassifier? _classifier;

    /// <param name="classifier">Null tags with the lexicon alone.</param>
    public ThemeTagger(ThemeLexiconScorer lexicon, ThemeTextClassifier? classifier)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        _classifier = classifier;
    }

    public ThemeTaxonomy Taxonomy => _lexicon.Taxonomy;

    /// <summary>The tagger with the embedded taxonomy and trained model.</summary>
    public static ThemeTagger CreateDefault() =>
        new(new ThemeLexiconScorer(ThemeTaxonomy.LoadEmbedded()), ThemeTextClassifier.LoadEmbedded());

    /// <summary>The themes of <paramref name="text"/>, strongest first; Evidence lists the cue words found (empty when only the classifier saw the theme).</summary>
    public IReadOnlyList<ThemeTag> Tag(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var classified = _classifier?.Predict(text).ToDictionary(s => s.ThemeId, StringComparer.Ordinal);
        var tags = new List<ThemeTag>();
        foreach (var lex in _lexicon.Score(text))
        {
            var theme = Taxonomy.Find(lex.ThemeId)!;
            var model = classified is not null && classified.TryGetValue(lex.ThemeId, out var c) && (!theme.RequiresCue || lex.HasCue)
                ? c.Confidence
                : 0;
            var score = Math.Max(lex.Confidence, model);
            if (score >= 0.5)
            {
                tags.Add(new ThemeTag(lex.ThemeId, Math.Round(score, 4), lex.Evidence));
            }
        }

        return tags.OrderByDescending(t => t.Score).ToList();
    }
}
