using LmecKnowledgeSearch.Analysis;
using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Answering.Spans;

namespace LmecKnowledgeSearch.Answering;

/// <summary>
/// Answers a question from retrieved passages by picking the best-matching sentences and, for who/when/where/how-many/
/// which-organisation questions, the span of that type inside them; what/how/why questions get the best sentence.
/// </summary>
public sealed class ExtractiveAnswerer
{
    public const string NoAnswer = "no answer found in the indexed documents";

    // With no question word matchable (cross-language, no glossary) only the answer's type and the retrieval rank speak.
    // It stays below the default MinConfidence: a type match alone is a guess, shown as evidence but not stated as the answer.
    private const double FallbackBase = 0.2;
    private const double FallbackSpanWeight = 0.15;

    // A count that sits with none of the nouns the question counts is most likely a different count.
    private const double UnfitMeasurePenalty = 0.6;

    private const double MinEvidenceCoverage = 0.25;
    private const int SpanRescoreFloor = 20;
    private const double MissingFocusPenalty = 0.8;

    // The asked-for thing (总部, president, 人口) named nowhere in the passages: they are about something else.
    private const double AbsentFocusPenalty = 0.5;
    private static readonly char[] ClauseBreaks = ['\n', '，', ',', '；', ';', '：', ':', '。', '！', '？', '!', '?'];
    private const int FallbackPassages = 5;

    // An answer from a passage that never names what the question is about is most likely about something else.
    private const double MissingNamePenalty = 0.75;

    // A date or place of another event of the same subject (the meeting, not the founding) answers a different question.
    private const double MissingPredicatePenalty = 0.5;

    // The weights below were set by hand when the scoring was written (commits up to 9f4a8e7) and checked against the
    // judged questions (tests/LmecKnowledgeSearch.Tests/Fixtures/Evaluation/questions.tsv, `lmec eval`); none is
    // learned. A confidence is a base for having an answer at all plus shares for how much of the question the
    // sentence covers (or how good the span is) and for the margin over the runner-up, so it stays within [0, 1].
    private const double MarginWeight = 0.1;
    private const double DescriptionBase = 0.7;
    private const double DescriptionCoverageWeight = 0.2;
    private const double SpanBase = 0.6;
    private const double SpanQualityWeight = 0.3;

    // Without a typed span the best sentence is the answer at no more than 0.6 × 0.7 = 0.42: only one that covers nearly
    // all of the question clears the default MinConfidence (0.4).
    private const double SentenceOnlyScale = 0.6;
    private const double SentenceOnlyBase = 0.6;

    // A description sentence that names the asked-for thing may replace the best one if it scores within 80 % of it.
    private const double FocusAlternativeShare = 0.8;

    // Spans are looked for in sentences scoring at least half the best; among them a span's own quality and how much
    // of the question its clause covers each move its rank by up to half and a fifth.
    private const double SpanSentenceShare = 0.5;
    private const double SpanRankQualityBase = 0.5;
    private const double SpanRankQualityWeight = 0.5;
    private const double SpanRankClauseBase = 0.8;
    private const double SpanRankClauseWeight = 0.2;

    // A span of at least this quality fits the asked-for type well enough to lift its sentence's score.
    private const double FittingSpanQuality = 0.6;

    // A quantity span below this quality does not carry the measure the question counts.
    private const double FittingMeasureQuality = 0.5;

    private readonly QuestionAnalyzer analyzer;
    private readonly SentenceSplitter splitter = new();
    private readonly AnswererOptions options;

    public ExtractiveAnswerer(IQueryTermExpander? expander = null, ISegmenter? segmenter = null, AnswererOptions? options = null)
    {
        analyzer = new QuestionAnalyzer(segmenter ?? SegmenterFactory.CreateDefault(), expander);
        this.options = options ?? new AnswererOptions();
    }

    /// <summary>The question's type and content words, as the answerer sees them.</summary>
    public QuestionAnalysis Analyze(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return analyzer.Analyze(question);
    }

    public AnswerResult Answer(string question, IReadOnlyList<AnswerCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(candidates);
        var analysis = analyzer.Analyze(question);
        var sentences = IndexSentences(candidates);
        if (sentences.Count == 0)
        {
            return new AnswerResult(question, NoAnswer, 0, []);
        }

        var scorer = new SentenceScorer(analysis, candidates, sentences);
        var finder = FinderFor(analysis.Type);
        var knownOrganisations = candidates.SelectMany(c => OrganisationNames.FromAffiliation(c.Affiliation)).Distinct().ToArray();
        IReadOnlyList<AnswerSpan> SpansOf(IndexedSentence sentence)
        {
            var candidate = candidates[sentence.CandidateIndex];
            return finder is null
                ? []
                : finder.Find(sentence.Span.Text, new SpanContext(analysis, candidate.Speaker, candidate.Affiliation, knownOrganisations))
                    .Where(span => span.Text.Length > 0 && !question.Contains(span.Text, StringComparison.OrdinalIgnoreCase))
                    .ToArray();
        }

        // Span patterns only run where they can matter: the sentences that already lead on term overlap, and the
        // sentences of the best-ranked passages (which is all the type-only fallback has to go on).
        var scored = sentences.Select(s => (Score: scorer.Score(s, hasTypedSpan: false), Spans: (IReadOnlyList<AnswerSpan>)[])).ToList();
        scored.Sort((a, b) => b.Score.Score.CompareTo(a.Score.Score));
        var rescoreDepth = Math.Max(SpanRescoreFloor, 4 * options.SpanSearchDepth);
        for (var i = 0; i < scored.Count; i++)
        {
            var sentence = scored[i].Score.Sentence;
            if (i < rescoreDepth || sentence.CandidateIndex < FallbackPassages)
            {
                var spans = SpansOf(sentence);
                scored[i] = (scorer.Score(sentence, spans.Any(s => s.Quality >= FittingSpanQuality)), spans);
            }
        }

        // The speaker's name line of a view the question names ("what does X do") tells nothing new.
        for (var i = 0; i < scored.Count; i++)
        {
            var sentence = scored[i].Score.Sentence;
            if (IsNamedSpeakerLine(question, candidates[sentence.CandidateIndex], sentence.Span.Text))
            {
                scored[i] = (scored[i].Score with { Score = 0 }, scored[i].Spans);
            }
        }

        scored.Sort((a, b) => b.Score.Score.CompareTo(a.Score.Score));
        return analysis.Groups.Count == 0 || !scorer.HasMatchableGroup
            ? AnswerByTypeOnly(question, analysis, candidates, scored, scorer)
            : AnswerByMatch(question, analysis, candidates, scored, scorer);
    }

    private static bool IsNamedSpeakerLine(string question, AnswerCandidate candidate, string sentence) =>
        candidate.Speaker is { } speaker && CitationAnswers.NamesSpeakerOf(question, candidate) && CitationAnswers.Names(speaker, sentence) && CitationAnswers.Names(sentence, speaker);

    private AnswerResult AnswerByMatch(
        string question,
        QuestionAnalysis analysis,
        IReadOnlyList<AnswerCandidate> candidates,
        List<(SentenceScore Score, IReadOnlyList<AnswerSpan> Spans)> scored,
        SentenceScorer scorer)
    {
        var best = scored[0].Score;
        // The same sentence repeated in several documents is agreement, not competition.
        var runnerUp = scored.Skip(1).FirstOrDefault(s => s.Score.Sentence.Span.Text != best.Sentence.Span.Text).Score;
        var margin = runnerUp is null || best.Score <= 0 ? 1.0 : (best.Score - runnerUp.Score) / best.Score;
        string answer;
        double confidence;
        SentenceScore chosen;
        if (analysis.Type == QuestionType.Description)
        {
            // "什么能力 / what kind of support": a sentence that never names the asked-for thing does not answer.
            chosen = scored.Take(options.SpanSearchDepth).Select(s => s.Score)
                .FirstOrDefault(s => s.Score >= FocusAlternativeShare * best.Score && MentionsFocus(analysis, s.Sentence)) ?? best;
            answer = Trim(chosen.Sentence.Span.Text);
            confidence = chosen.ContextCoverage * (DescriptionBase + (DescriptionCoverageWeight * chosen.SentenceCoverage) + (MarginWeight * margin))
                * (chosen.Score / best.Score);
            if (!MentionsFocus(analysis, chosen.Sentence))
            {
                confidence *= MissingFocusPenalty;
            }
        }
        else
        {
            var pick = scored.Take(options.SpanSearchDepth)
                .Where(s => s.Score.Score >= SpanSentenceShare * best.Score)
                .SelectMany(s => s.Spans.Select(span => (s.Score, Span: span)))
                .OrderByDescending(p => p.Score.Score
                    * (SpanRankQualityBase + (SpanRankQualityWeight * p.Span.Quality))
                    * (SpanRankClauseBase + (SpanRankClauseWeight * ClauseCoverage(scorer, p.Score.Sentence, p.Span))))
                .ThenBy(p => p.Span.Start)
                .FirstOrDefault();
            if (pick.Span is null)
            {
                chosen = best;
                answer = Trim(best.Sentence.Span.Text);
                confidence = SentenceOnlyScale * best.ContextCoverage * (SentenceOnlyBase + (MarginWeight * margin));
            }
            else
            {
                chosen = pick.Score;
                answer = pick.Span.Text;
                confidence = chosen.ContextCoverage * (SpanBase + (SpanQualityWeight * pick.Span.Quality) + (MarginWeight * margin))
                    * (chosen.Score / best.Score);
                if (analysis.Type == QuestionType.Quantity && analysis.Measures.Count > 0 && pick.Span.Quality < FittingMeasureQuality)
                {
                    confidence *= UnfitMeasurePenalty;
                }
            }
        }

        if (chosen.LacksSpecificTerm)
        {
            confidence *= MissingNamePenalty;
        }

        if (chosen.LacksPredicate)
        {
            confidence *= MissingPredicatePenalty;
        }


        var focusAnswered = false;
        if (CitationAnswers.Find(analysis, candidates, scorer, scored.Select(s => s.Score).ToArray()) is { } citation
            && scored.Select(s => s.Score).FirstOrDefault(s => s.Sentence.CandidateIndex == citation.CandidateIndex) is { } cited
            && (citation.Confidence > confidence || (analysis.Type == QuestionType.Organisation && !SpeaksOf(candidates[chosen.Sentence.CandidateIndex], chosen.Sentence, citation.Speaker))))
        {
            chosen = cited;
            answer = citation.Answer;
            confidence = citation.Confidence;
            focusAnswered = citation.StatesAskedThing;
        }

        if (analysis.Focus.Count > 0 && !focusAnswered && !scored.Any(s => MentionsFocus(analysis, s.Score.Sentence))
            && !candidates.Any(c => analysis.Focus.Any(f => SentenceScorer.Match(f, $"{c.Speaker} {c.Affiliation}", SentenceScorer.KeyString($"{c.Speaker} {c.Affiliation}")) >= 0.5)))
        {
            confidence *= AbsentFocusPenalty;
        }

        confidence = Math.Round(Math.Clamp(confidence, 0, 1), 3);
        if (confidence < options.MinConfidence)
        {
            // Sentences that share a fair part of the question are still worth showing; stray one-word hits are not.
            var related = scored.Select(s => s.Score).Where(s => s.SentenceCoverage >= MinEvidenceCoverage).ToArray();
            return new AnswerResult(question, NoAnswer, confidence, related.Length == 0 ? [] : Evidence(candidates, related.Skip(1), related[0]));
        }

        return new AnswerResult(question, answer, confidence, Evidence(candidates, scored.Select(s => s.Score).Where(s => s.SentenceCoverage > 0), chosen));
    }

    private AnswerResult AnswerByTypeOnly(
        string question, QuestionAnalysis analysis, IReadOnlyList<AnswerCandidate> candidates, List<(SentenceScore Score, IReadOnlyList<AnswerSpan> Spans)> scored, SentenceScorer scorer)
    {
        // Retrieval already judged the passages; the first one holding a span of the asked type is the best guess.
        var pick = scored
            .SelectMany(s => s.Spans.Select(span => (s.Score, Span: span)))
            .OrderByDescending(p => scorer.Prior(p.Score.Sentence.CandidateIndex) * p.Span.Quality)
            .ThenBy(p => p.Score.Sentence.CandidateIndex)
            .ThenBy(p => p.Score.Sentence.Span.Start + p.Span.Start)
            .FirstOrDefault();
        // A post or an issue asked for by its label is read off the citation fields or the masthead, words matched or not.
        if (CitationAnswers.FindByCue(analysis, candidates, scored.Select(s => s.Score).ToArray()) is { } cued
            && scored.Select(s => s.Score).FirstOrDefault(s => s.Sentence.CandidateIndex == cued.CandidateIndex) is { } cuedSentence)
        {
            return new AnswerResult(question, cued.Answer, cued.Confidence, Evidence(candidates, [], cuedSentence));
        }

        if (analysis.Type == QuestionType.Description || pick.Span is null)
        {
            return new AnswerResult(question, NoAnswer, 0.05, []);
        }

        // No word of the question reached the passages (no glossary entry for it): the span is only a guess by type.
        var confidence = Math.Round(FallbackBase + (FallbackSpanWeight * pick.Span.Quality * scorer.Prior(pick.Score.Sentence.CandidateIndex)), 3);
        var evidence = Evidence(candidates, [], pick.Score);
        return confidence < options.MinConfidence
            ? new AnswerResult(question, NoAnswer, confidence, evidence)
            : new AnswerResult(question, pick.Span.Text, confidence, evidence);
    }

    private static bool SpeaksOf(AnswerCandidate candidate, IndexedSentence sentence, string speaker) =>
        CitationAnswers.Names(candidate.Speaker ?? string.Empty, speaker) || CitationAnswers.Names(sentence.Span.Text, speaker);

    private static bool MentionsFocus(QuestionAnalysis analysis, IndexedSentence sentence) =>
        analysis.Focus.Count == 0 || analysis.Focus.Any(f => SentenceScorer.Match(f, sentence.Span.Text, sentence.EnglishKeys) >= 0.5);

    /// <summary>How much of the question the clause holding the span states: of several numbers in one sentence, the one the question's words sit next to.</summary>
    private static double ClauseCoverage(SentenceScorer scorer, IndexedSentence sentence, AnswerSpan span)
    {
        var text = sentence.Span.Text;
        if (span.Length == 0 || span.Start + span.Length > text.Length)
        {
            return scorer.Coverage(text); // the speaker from the citation fields is credited with the whole sentence
        }

        var start = text.LastIndexOfAny(ClauseBreaks, Math.Max(0, span.Start - 1)) + 1;
        var end = text.IndexOfAny(ClauseBreaks, span.Start + span.Length);
        return scorer.Coverage(text[start..(end < 0 ? text.Length : end)]);
    }

    private List<IndexedSentence> IndexSentences(IReadOnlyList<AnswerCandidate> candidates)
    {
        var sentences = new List<IndexedSentence>();
        for (var i = 0; i < candidates.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(candidates[i]);
            foreach (var span in splitter.Split(candidates[i].Text ?? string.Empty))
            {
                if (span.Text.Count(char.IsLetterOrDigit) >= 2)
                {
                    sentences.Add(new IndexedSentence(i, span, SentenceScorer.KeyString(span.Text), EnglishWords.ContentKeys(span.Text).ToArray()));
                }
            }
        }

        return sentences;
    }

    private IReadOnlyList<Evidence> Evidence(IReadOnlyList<AnswerCandidate> candidates, IEnumerable<SentenceScore> ranked, SentenceScore first)
    {
        var evidence = new List<Evidence>();
        foreach (var score in ranked.Prepend(first))
        {
            if (evidence.Count >= options.MaxEvidence && !evidence.Any(e => string.IsNullOrWhiteSpace(e.Speaker)))
            {
                break;
            }

            if (evidence.Count >= options.MaxEvidence && !evidence.Any(e => e.Text == score.Sentence.Span.Text))
            {
                continue;
            }

            var candidate = candidates[score.Sentence.CandidateIndex];
            var text = score.Sentence.Span.Text;
            var cited = new Evidence(candidate.Id, text, candidate.Speaker, candidate.Affiliation, candidate.Source, candidate.Date);
            var same = evidence.FindIndex(e => e.Text == text);
            if (same >= 0)
            {
                // The index holds a view both as a plain passage and as the expert's view: cite the one that says who spoke.
                if (string.IsNullOrWhiteSpace(evidence[same].Speaker) && !string.IsNullOrWhiteSpace(cited.Speaker))
                {
                    evidence[same] = cited;
                }

                continue;
            }

            evidence.Add(cited);
        }

        return evidence;
    }

    private string Trim(string sentence)
    {
        var text = sentence.Trim().TrimStart('-', '*', '•', '·', '#', ' ');
        return text.Length <= options.MaxAnswerLength ? text : text[..options.MaxAnswerLength] + "…";
    }

    private static ISpanFinder? FinderFor(QuestionType type) => type switch
    {
        QuestionType.Date => new DateSpanFinder(),
        QuestionType.Quantity => new QuantitySpanFinder(),
        QuestionType.Place => new PlaceSpanFinder(),
        QuestionType.Person => new PersonSpanFinder(),
        QuestionType.Organisation => new OrganisationSpanFinder(),
        _ => null,
    };
}
