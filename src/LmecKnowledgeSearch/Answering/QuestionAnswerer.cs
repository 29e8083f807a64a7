using LmecKnowledgeSearch.Answering.Extraction;
using LmecKnowledgeSearch.Search;

namespace LmecKnowledgeSearch.Answering;

/// <summary>Answers a question from the index: retrieves candidate units, then lets the extractive answerer pick the answer.</summary>
public sealed class QuestionAnswerer
{
    public const string NoAnswer = ExtractiveAnswerer.NoAnswer;
    private const int RetrievedUnits = 20;

    // A sentence answer longer than this is a sentence, not a span: the learned extractor may state its answering span.
    private const int MaxSpanAnswerLength = 40;

    // Where the rule answerer found nothing, the learned span must be this sure to be stated (see WithLearnedSpan).
    private const double NoAnswerOverride = 0.9;

    // A sentence answer already holds the answer more often than not: narrow it to a span only at even odds or better.
    private const double SentenceNarrowing = 0.5;

    private readonly SearchService search;
    private readonly ExtractiveAnswerer answerer;
    private readonly LearnedSpanExtractor? extractor;

    /// <param name="extractor">The learned span extractor; null answers with the rule-based answerer alone.</param>
    public QuestionAnswerer(SearchService search, ExtractiveAnswerer answerer, LearnedSpanExtractor? extractor = null)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(answerer);
        this.search = search;
        this.answerer = answerer;
        this.extractor = extractor;
    }

    /// <summary>The passages a question retrieves, best first, as the answerers read them.</summary>
    public IReadOnlyList<AnswerCandidate> Candidates(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return RetrieveCandidates(question)
            .Select(c => new AnswerCandidate(
                c.Unit.Id,
                TextWithHeader(c.Unit),
                c.Unit.Speaker,
                c.Unit.Affiliation,
                c.Unit.Source,
                c.Unit.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                c.Score)
            {
                // The places in pinyin let an English question naming one ("Dongjiang") meet the Chinese passage.
                Context = string.Join('\n', new[] { c.Unit.Title, c.Unit.HeadingPath, string.Join(' ', c.Unit.PlacesLatin) }.Where(t => !string.IsNullOrWhiteSpace(t))),
                SpeakerLatin = c.Unit.SpeakerLatin,
            })
            .ToList();
    }

    public AnswerResult Ask(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.Length > SearchRequest.MaxQueryLength)
        {
            throw new LmecException(LmecErrorKind.InvalidInput, $"the question is too long ({question.Length} characters; at most {SearchRequest.MaxQueryLength})");
        }

        var candidates = Candidates(question);
        if (candidates.Count == 0)
        {
            return new AnswerResult(question, NoAnswer, 0, []);
        }

        var answer = answerer.Answer(question, candidates);
        if (extractor is not null && HanCharacters.ContainsHan(question))
        {
            var analysis = answerer.Analyze(question);
            if (answer.Answer == NoAnswer || (analysis.Type == QuestionType.Description && !IsTypedSpan(answer)))
            {
                answer = WithLearnedSpan(answer, extractor.Extract(question, analysis, candidates), extractor.Model.AnswerThreshold, candidates);
            }
        }

        return answer with { Evidence = answer.Evidence.Select(WithoutHeader).ToList() };
    }

    /// <summary>
    /// The rule-based answerer's typed spans (a date, a count, a place, a speaker from the citation) stand. Where it
    /// answered with a sentence, the learned span narrows it when the span lies in that sentence; where it found no
    /// answer, the learned span is stated only when the model is sure (<see cref="NoAnswerOverride"/>): the model learned
    /// from questions that all have an answer, so a middling probability says little about whether one exists. The
    /// model was trained on Chinese text, so English questions keep the rule-based answer.
    /// </summary>
    private static AnswerResult WithLearnedSpan(AnswerResult answer, ExtractedSpan? learned, double threshold, IReadOnlyList<AnswerCandidate> candidates)
    {
        // A Chinese question answered from Chinese text: a span with no Han character is from some other passage.
        if (learned is null || learned.Probability < threshold || !HanCharacters.ContainsHan(learned.Text))
        {
            return answer;
        }

        if (answer.Answer == NoAnswer
                ? learned.Probability < NoAnswerOverride
                : learned.Probability < SentenceNarrowing || !answer.Evidence.Take(1).Any(e => e.Text.Contains(learned.Sentence.Text, StringComparison.Ordinal)))
        {
            return answer;
        }

        var candidate = candidates[learned.Sentence.PassageIndex];
        var evidence = new Evidence(candidate.Id, learned.Sentence.Text, candidate.Speaker, candidate.Affiliation, candidate.Source, candidate.Date);
        var rest = answer.Evidence.Where(e => e.Text.Trim() != learned.Sentence.Text).ToList();
        var first = answer.Evidence.Count > 0 && answer.Evidence[0].Text.Contains(learned.Text, StringComparison.Ordinal)
            ? answer.Evidence
            : rest.Prepend(evidence).ToList();
        return answer with { Answer = learned.Text, Confidence = Math.Round(learned.Probability, 3), Evidence = first };
    }

    /// <summary>A short answer that is only part of its sentence (a date, a count, a name), not the sentence itself.</summary>
    private static bool IsTypedSpan(AnswerResult answer) =>
        answer.Answer != NoAnswer
        && answer.Answer.Length <= MaxSpanAnswerLength
        && answer.Evidence.Count > 0
        && CmrcMetric.Clean(answer.Answer).Length < 0.8 * CmrcMetric.Clean(answer.Evidence[0].Text).Length;

    /// <summary>
    /// Passages for the question as asked and for its content words alone: the question's own words (the, how, will,
    /// did) match every English passage and can crowd out the one passage that names what is asked about. Each list's
    /// scores are scaled to its best and summed, so a unit both find ranks above one only either finds.
    /// </summary>
    private IReadOnlyList<ScoredUnit> RetrieveCandidates(string question)
    {
        var asked = search.Retrieve(question, RetrievedUnits);
        var content = ContentQuery(answerer.Analyze(question));
        if (content.Length == 0 || string.Equals(content, question.Trim(), StringComparison.Ordinal))
        {
            return asked;
        }

        var combined = new Dictionary<string, ScoredUnit>(StringComparer.Ordinal);
        foreach (var list in new[] { asked, search.Retrieve(content, RetrievedUnits) })
        {
            var top = list.Count == 0 ? 0 : list.Max(u => u.Score);
            foreach (var unit in list)
            {
                var scaled = top > 0 ? unit.Score / top : 0;
                combined[unit.Unit.Id] = combined.TryGetValue(unit.Unit.Id, out var seen) ? seen with { Score = seen.Score + scaled } : unit with { Score = scaled };
            }
        }

        return combined.Values.OrderByDescending(u => u.Score).ThenBy(u => u.Unit.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The question's content words: question words, stop words and lone Chinese characters left out.</summary>
    internal static string ContentQuery(QuestionAnalysis analysis) =>
        string.Join(' ', analysis.Groups.Where(g => g.Label.Trim().Length > 1)
            .Select(g => g.Label.Trim())
            .Where(label => label.Length > 0)
            .Distinct(StringComparer.Ordinal));

    /// <summary>
    /// An expert view's text as the briefing prints it, under its speaker header, so "which organisation does X work
    /// for" and "who said …" meet the name and affiliation like any other words of the evidence. Blank lines keep each
    /// header line a sentence of its own: a long affiliation would otherwise run into the view's first sentence.
    /// </summary>
    private static string TextWithHeader(IndexUnit unit) =>
        unit.Kind == UnitKind.ExpertView && unit.Speaker is { } speaker
            ? $"{speaker}\n\n{(unit.Affiliation is { } affiliation ? affiliation + "\n\n" : string.Empty)}{unit.Text}"
            : unit.Text;

    /// <summary>
    /// The evidence sentence without the speaker header <see cref="TextWithHeader"/> put in front of it: the citation
    /// names speaker and affiliation already. A sentence that is nothing but the header stays as it is.
    /// </summary>
    private static Evidence WithoutHeader(Evidence evidence)
    {
        var text = evidence.Text;
        foreach (var line in new[] { evidence.Speaker, evidence.Affiliation })
        {
            if (line is { Length: > 0 } && text.StartsWith(line + "\n", StringComparison.Ordinal))
            {
                text = text[(line.Length + 1)..].TrimStart();
            }
        }

        return string.IsNullOrWhiteSpace(text) ? evidence : evidence with { Text = text.TrimStart() };
    }
}
