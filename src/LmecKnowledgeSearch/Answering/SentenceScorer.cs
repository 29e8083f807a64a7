using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Answering;

/// <summary>A candidate's sentence, with the keys it is matched on.</summary>
internal sealed record IndexedSentence(int CandidateIndex, SentenceSpan Span, string EnglishKeys, IReadOnlyList<(string Key, int Start)> KeyPositions);

/// <summary>How well one sentence meets the question.</summary>
/// <param name="SentenceCoverage">Share of the question's (idf-weighted) ideas the sentence itself states.</param>
/// <param name="ContextCoverage">The same, also counting its passage and the speaker/affiliation fields.</param>
/// <param name="LacksSpecificTerm">A name-like question word is in neither the sentence, its passage nor its citation fields.</param>
/// <param name="LacksPredicate">The event a when/where question asks about is in neither the sentence nor its passage.</param>
internal sealed record SentenceScore(
    IndexedSentence Sentence, double Score, double SentenceCoverage, double ContextCoverage, double Proximity, bool LacksSpecificTerm, bool LacksPredicate = false);

/// <summary>
/// Scores sentences by idf-weighted overlap with the question's term groups (idf over the candidate sentences),
/// Chinese bigram overlap for partly matched words, proximity of the matches, whole-phrase hits and the retrieval prior.
/// </summary>
internal sealed partial class SentenceScorer
{
    // A reference-list entry (作者.题名[J].刊名,2019 / et al. / doi) names words of every topic and dates of other work:
    // it is where a paper cites a source, not where it states a fact. A table-of-contents line (dot leaders) likewise
    // only lists headings and page numbers.
    private const double ReferenceEntryFactor = 0.5;

    private const double UnmatchableWeight = 0.25;
    private const double PassageDiscount = 0.7;
    private const double FieldDiscount = 0.9;

    private readonly QuestionAnalysis question;
    private readonly IReadOnlyList<AnswerCandidate> candidates;
    private readonly double[][] passageMatches;
    private readonly double[][] fieldMatches;
    // Per script of the text scored (0 Latin, 1 Han): a question word that cannot appear in text of that script
    // (an English word without a Chinese rendering, over a Chinese sentence) weighs less there, so an English question
    // about a Chinese briefing is not marked down for what no Chinese sentence could say, even in a mixed archive.
    private readonly double[][] groupWeights;
    private readonly bool[][] matchableGroups;
    private readonly double maxPrior;

    public SentenceScorer(QuestionAnalysis question, IReadOnlyList<AnswerCandidate> candidates, IReadOnlyList<IndexedSentence> sentences)
    {
        this.question = question;
        this.candidates = candidates;
        passageMatches = candidates.Select(c => GroupMatches(question, c.Context is { Length: > 0 } context ? $"{context}\n{c.Text}" : c.Text)).ToArray();
        fieldMatches = candidates.Select(c => GroupMatches(question, $"{c.Speaker} {c.SpeakerLatin} {c.Affiliation}")).ToArray();
        maxPrior = candidates.Count == 0 ? 0 : Math.Max(0, candidates.Max(c => c.RetrievalScore));
        var hanQuestion = HanCharacters.ContainsHan(question.Question);
        var hanCandidates = candidates.Select(c => IsHanText(c.Text)).ToArray();
        var hanDominant = IsHanText(string.Concat(candidates.Select(c => c.Text)));
        var hanSentences = sentences.Select(s => IsHanText(s.Span.Text)).ToArray();
        groupWeights = [new double[question.Groups.Count], new double[question.Groups.Count]];
        matchableGroups = [new bool[question.Groups.Count], new bool[question.Groups.Count]];
        var total = sentences.Count;
        for (var g = 0; g < question.Groups.Count; g++)
        {
            var group = question.Groups[g];
            var bestIdf = 0.0;
            var matchedIn = new bool[2];
            foreach (var term in group.Terms)
            {
                var matching = Enumerable.Range(0, total).Where(i => Match(term, sentences[i].Span.Text, sentences[i].EnglishKeys) >= 0.5).ToList();
                if (matching.Count > 0)
                {
                    bestIdf = Math.Max(bestIdf, Idf(matching.Count, total));
                    foreach (var i in matching)
                    {
                        matchedIn[ScriptOf(hanSentences[i])] = true;
                    }
                }
            }

            // A name only the citation fields carry (the speaker of a view) is matched there, and is as telling as a rare word.
            var inFields = Enumerable.Range(0, candidates.Count).Where(i => fieldMatches[i][g] >= 0.5).ToList();
            if (!matchedIn[0] && !matchedIn[1] && inFields.Count > 0)
            {
                bestIdf = Idf(inFields.Count, total);
                foreach (var i in inFields)
                {
                    matchedIn[ScriptOf(hanCandidates[i])] = true;
                }
            }

            // A word no candidate contains is the most telling when missing, so it weighs like the rarest term.
            var weight = matchedIn[0] || matchedIn[1] ? bestIdf : Idf(0, total);
            for (var script = 0; script < 2; script++)
            {
                var han = script == 1;
                // Latin words of a Chinese question are names (IPCC, SEI) that Chinese text writes as they are.
                var matchable = matchedIn[script] || group.Terms.Any(t => IsNeutral(t) || (t.StartsWith(' ') ? !han || hanQuestion : han));
                groupWeights[script][g] = group.Weight * weight * (matchable ? 1.0 : UnmatchableWeight);
                matchableGroups[script][g] = matchable;
                // A word some sentence contains can be matched; one no sentence contains, only in the candidates' main script.
                HasMatchableGroup |= matchedIn[script] || (matchable && han == hanDominant);
            }
        }
    }

    /// <summary>False when no question word could ever match the candidates (an English question over Chinese text, no glossary).</summary>
    public bool HasMatchableGroup { get; }

    public SentenceScore Score(IndexedSentence sentence, bool hasTypedSpan)
    {
        var script = ScriptOf(IsHanText(sentence.Span.Text));
        var weights = groupWeights[script];
        var totalWeight = weights.Sum();
        double sentenceSum = 0, contextSum = 0;
        var positions = new List<int>();
        var lacksSpecific = false;
        var lacksPredicate = false;
        for (var g = 0; g < question.Groups.Count; g++)
        {
            var inSentence = 0.0;
            var position = -1;
            foreach (var term in question.Groups[g].Terms)
            {
                var match = Match(term, sentence.Span.Text, sentence.EnglishKeys);
                if (match > inSentence)
                {
                    inSentence = match;
                    position = PositionOf(term, sentence);
                }
            }

            var inPassage = passageMatches[sentence.CandidateIndex][g];
            var inFields = fieldMatches[sentence.CandidateIndex][g];
            var inContext = Math.Max(inSentence, Math.Max(PassageDiscount * inPassage, FieldDiscount * inFields));
            sentenceSum += weights[g] * inSentence;
            contextSum += weights[g] * inContext;
            lacksSpecific |= question.Groups[g].IsSpecific && weights[g] > 0 && inContext < 0.5 && matchableGroups[script][g];
            lacksPredicate |= question.Groups[g].IsPredicate && inContext < 0.5 && matchableGroups[script][g];
            if (inSentence >= 0.5 && position >= 0)
            {
                positions.Add(position);
            }
        }

        var sentenceCoverage = totalWeight > 0 ? sentenceSum / totalWeight : 0;
        var contextCoverage = totalWeight > 0 ? contextSum / totalWeight : 0;
        var proximity = positions.Count < 2 ? 0 : Math.Min(1.0, positions.Count * 12.0 / (positions.Max() - positions.Min() + 12.0));
        var phraseBonus = Math.Min(0.1, question.Phrases.Count(p => Match(p, sentence.Span.Text, sentence.EnglishKeys) >= 1.0) * 0.05);
        var prior = Prior(sentence.CandidateIndex);
        var score = (0.6 * sentenceCoverage) + (0.25 * contextCoverage) + (0.08 * proximity) + phraseBonus
            + (hasTypedSpan ? 0.1 : 0) + (0.07 * prior);
        if (IsReferenceEntry(sentence.Span.Text))
        {
            score *= ReferenceEntryFactor;
        }

        return new SentenceScore(sentence, score, sentenceCoverage, contextCoverage, proximity, lacksSpecific, lacksPredicate);
    }

    /// <summary>The retrieval score scaled to [0,1]; without scores, the candidates' order is taken as their rank.</summary>
    public double Prior(int candidateIndex) =>
        maxPrior > 0 ? Math.Max(0, candidates[candidateIndex].RetrievalScore) / maxPrior : 1.0 / (1 + candidateIndex);

    /// <summary>Share of the question's weighted ideas stated by a candidate's speaker and affiliation fields alone.</summary>
    public double FieldCoverage(int candidateIndex)
    {
        var weights = groupWeights[ScriptOf(IsHanText(candidates[candidateIndex].Text))];
        var total = weights.Sum();
        if (total <= 0)
        {
            return 0;
        }

        var sum = 0.0;
        for (var g = 0; g < question.Groups.Count; g++)
        {
            sum += weights[g] * fieldMatches[candidateIndex][g];
        }

        return sum / total;
    }

    /// <summary>Labels of the question's groups that a candidate's speaker and affiliation fields do not state.</summary>
    public IEnumerable<string> GroupsMissingFromFields(int candidateIndex)
    {
        var weights = groupWeights[ScriptOf(IsHanText(candidates[candidateIndex].Text))];
        for (var g = 0; g < question.Groups.Count; g++)
        {
            if (weights[g] > 0 && fieldMatches[candidateIndex][g] < 0.5)
            {
                yield return question.Groups[g].Label;
            }
        }
    }

    /// <summary>Share of the question's weighted ideas stated in <paramref name="text"/> (a clause around a candidate span).</summary>
    public double Coverage(string text)
    {
        var weights = groupWeights[ScriptOf(IsHanText(text))];
        var total = weights.Sum();
        if (total <= 0)
        {
            return 0;
        }

        var keys = KeyString(text);
        var sum = 0.0;
        for (var g = 0; g < question.Groups.Count; g++)
        {
            sum += weights[g] * question.Groups[g].Terms.Max(t => Match(t, text, keys));
        }

        return sum / total;
    }

    public static string KeyString(string text) => " " + string.Join(' ', EnglishWords.ContentKeys(text).Select(k => k.Key)) + " ";

    /// <summary>1 for a hit; for a longer Chinese word that is not contained, the share of its bigrams that are, discounted.</summary>
    public static double Match(string term, string text, string englishKeys)
    {
        if (term.StartsWith(' '))
        {
            return englishKeys.Contains(term, StringComparison.Ordinal) ? 1.0 : 0.0;
        }

        if (text.Contains(term, StringComparison.Ordinal))
        {
            return 1.0;
        }

        if (term.Length < 3)
        {
            return 0.0;
        }

        var hits = 0;
        for (var i = 0; i + 1 < term.Length; i++)
        {
            if (text.Contains(term.AsSpan(i, 2), StringComparison.Ordinal))
            {
                hits++;
            }
        }

        return 0.8 * hits / (term.Length - 1);
    }

    private static double[] GroupMatches(QuestionAnalysis question, string text)
    {
        var keys = KeyString(text);
        return question.Groups.Select(g => g.Terms.Max(t => Match(t, text, keys))).ToArray();
    }

    private static int PositionOf(string term, IndexedSentence sentence)
    {
        if (!term.StartsWith(' '))
        {
            return sentence.Span.Text.IndexOf(term, StringComparison.Ordinal);
        }

        var first = term.Trim().Split(' ')[0];
        foreach (var (key, start) in sentence.KeyPositions)
        {
            if (key == first)
            {
                return start;
            }
        }

        return -1;
    }

    private static double Idf(int df, int total) => Math.Log(1 + ((total + 1.0) / (df + 0.5)));

    private static bool IsNeutral(string term) => term.Trim().All(c => char.IsDigit(c) || c is '.' or ',' or ' ' or '%');

    private static int ScriptOf(bool han) => han ? 1 : 0;

    /// <summary>More Chinese characters than Latin letters.</summary>
    private static bool IsHanText(string text)
    {
        long han = 0, latin = 0;
        foreach (var c in text)
        {
            if (HanCharacters.IsHan(c))
            {
                han++;
            }
            else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                latin++;
            }
        }

        return han > latin;
    }

    internal static bool IsReferenceEntry(string sentence) => ReferenceEntryPattern().IsMatch(sentence);

    [GeneratedRegex(@"\[(J|N|M|C|D|R|S|P|Z|EB/OL|J/OL|DB/OL)\]|\bdoi\s*[:：]|\bet\s+al\.|^\s*[\[［]\d{1,3}[\]］]|…{2,}|\.{5,}|·{5,}", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceEntryPattern();
}
