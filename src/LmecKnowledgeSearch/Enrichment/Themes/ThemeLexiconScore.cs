namespace LmecKnowledgeSearch.Enrichment.Themes;

/// <summary>How strongly a text matches one theme's cues.</summary>
/// <param name="Confidence">In [0,1]; 0.5 is the theme's threshold, so 0.5 or more means the lexicon alone tags it.</param>
/// <param name="Evidence">The cue words found, strongest first.</param>
public sealed record ThemeLexiconScore(string ThemeId, double Confidence, IReadOnlyList<string> Evidence)
{
    public bool HasCue => Evidence.Count > 0;

    public bool IsTagged => Confidence >= 0.5;
}
