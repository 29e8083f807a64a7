using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Enrichment.CaseStudies;

/// <summary>
/// Finds the cases a passage describes — a pilot, demonstration, project, programme or initiative that someone
/// carried out somewhere — and says what was done, where and by whom. Sentences that only value projects in general,
/// or wish or advise that something be done, are not cases.
/// </summary>
public sealed partial class CaseStudyDetector
{
    private const int MaxSummaryLength = 80;
    private const int MaxEnglishSummaryLength = 160;

    private readonly IEntityRecognizer _places;
    private readonly IEntityRecognizer _organisations;

    public CaseStudyDetector(IEntityRecognizer places, IEntityRecognizer organisations)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(organisations);
        _places = places;
        _organisations = organisations;
    }

    public IReadOnlyList<CaseStudy> Detect(string passageText)
    {
        ArgumentNullException.ThrowIfNull(passageText);
        var cases = new List<CaseStudy>();
        List<AnalysedSentence>? current = null;
        foreach (var sentence in PassageSentenceSplitter.Split(passageText).Select(Analyse))
        {
            if (current is not null && !sentence.Sentence.StartsParagraph && Continues(current, sentence))
            {
                current.Add(sentence);
                continue;
            }

            if (current is not null)
            {
                cases.Add(ToCaseStudy(passageText, current));
                current = null;
            }

            if (IsCase(sentence))
            {
                current = [sentence];
            }
        }

        if (current is not null)
        {
            cases.Add(ToCaseStudy(passageText, current));
        }

        return cases;
    }

    private AnalysedSentence Analyse(PassageSentence sentence) =>
        new(sentence, _places.Find(sentence.Text), _organisations.Find(sentence.Text));

    private static bool IsCase(AnalysedSentence s)
    {
        var text = s.Sentence.Text;
        if (CaseStudyCues.IsWishOrAdvice(text) || CaseStudyCues.IsPolicyAnnouncement(text) || CaseStudyCues.IsReferenceOrKeywords(text))
        {
            return false;
        }

        var actor = s.Places.Count > 0 || s.Organisations.Count > 0;
        if (CaseStudyCues.HasMarker(text) && CaseStudyCues.HasActionBesidesMarker(text) && actor)
        {
            return true;
        }

        // "在云南，…实现了…": somewhere, something was done, even without a case noun.
        var located = s.Places.Any(p => CaseStudyCues.IsLocativeBefore(text, p.Start));
        return located && CaseStudyCues.HasCompletedAction(text);
    }

    /// <summary>A sentence belongs to the case before it when it goes on about it ("通过…", "该项目…", "X还…").</summary>
    private static bool Continues(List<AnalysedSentence> current, AnalysedSentence next)
    {
        var text = next.Sentence.Text;
        if (CaseStudyCues.IsContinuation(text) && !CaseStudyCues.HasStrongMarker(text[..Math.Min(6, text.Length)]))
        {
            return true;
        }

        var known = current.SelectMany(c => c.Organisations.Select(o => o.Name)).ToHashSet(StringComparer.Ordinal);
        var sameActor = next.Organisations.Any(o => known.Contains(o.Name));
        return sameActor && CaseStudyCues.HasAdditive(text) && (CaseStudyCues.HasMarker(text) || CaseStudyCues.HasAction(text));
    }

    private static CaseStudy ToCaseStudy(string passage, List<AnalysedSentence> sentences)
    {
        var text = passage[sentences[0].Sentence.Start..sentences[^1].Sentence.End];
        var places = sentences.SelectMany(s => s.Places).Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList();
        var organisations = sentences.SelectMany(s => s.Organisations).Select(o => o.Name).Distinct(StringComparer.Ordinal).ToList();
        return new CaseStudy(text, Summarise(sentences), places, organisations);
    }

    /// <summary>The clause that best says what was done: a case noun, an action verb, a place or an actor.</summary>
    private static string Summarise(List<AnalysedSentence> sentences)
    {
        var best = string.Empty;
        var bestSentence = string.Empty;
        var bestScore = int.MinValue;
        foreach (var s in sentences)
        {
            var plain = CaseStudyCues.WithoutMarkup(s.Sentence.Text).Trim();
            // English commas mostly set off names and asides, so an English clause is a poor summary: keep the sentence.
            var clauses = IsMostlyLatin(plain) ? [plain] : ClauseBreak().Split(plain).Select(c => c.Trim()).ToList();
            var attributed = clauses.Any(CaseStudyCues.IsAttribution);
            foreach (var c in clauses)
            {
                if (c.Length < 4 || CaseStudyCues.IsAttribution(c))
                {
                    continue;
                }

                var strong = CaseStudyCues.HasCaseNoun(c);
                var action = CaseStudyCues.HasAction(c);
                var score = (strong ? 3 : CaseStudyCues.HasMarker(c) ? 2 : 0)
                            + (action ? 2 : 0)
                            + (strong && action ? 1 : 0)
                            + (s.Places.Any(p => c.Contains(p.Surface, StringComparison.Ordinal)) ? 1 : 0)
                            + (s.Organisations.Any(o => c.Contains(o.Surface, StringComparison.Ordinal)) ? 1 : 0);
                if (score > bestScore)
                {
                    best = c;
                    bestSentence = attributed ? string.Empty : plain;
                    bestScore = score;
                }
            }
        }

        // A short sentence says what was done, where and by whom better than its best clause alone.
        if (bestSentence.Length > 0 && bestSentence.Length <= MaxLength(bestSentence))
        {
            best = bestSentence;
        }

        if (best.Length == 0)
        {
            best = CaseStudyCues.WithoutMarkup(sentences[0].Sentence.Text).Trim();
        }

        var summary = CaseStudyCues.StripLeadingConnective(best).TrimEnd('。', '.', '；', ';');
        var max = MaxLength(summary);
        if (summary.Length <= max)
        {
            return summary;
        }

        var cut = IsMostlyLatin(summary) ? summary.LastIndexOf(' ', max) : -1;
        return summary[..(cut > max / 2 ? cut : max)].TrimEnd(',', ' ') + "…";
    }

    private static int MaxLength(string text) => IsMostlyLatin(text) ? MaxEnglishSummaryLength : MaxSummaryLength;

    private static bool IsMostlyLatin(string text)
    {
        var han = HanCharacters.CountHan(text);
        var latin = text.Count(char.IsAsciiLetter);
        return latin > 2 * han;
    }

    private sealed record AnalysedSentence(PassageSentence Sentence, IReadOnlyList<EntityMention> Places, IReadOnlyList<EntityMention> Organisations);

    [GeneratedRegex(@"[，,：:]\s*")]
    private static partial Regex ClauseBreak();
}
