using System.Text.RegularExpressions;
using LmecKnowledgeSearch.Answering.Spans;

namespace LmecKnowledgeSearch.Answering;

/// <summary>An answer taken from a candidate's speaker/affiliation fields rather than from its text.</summary>
/// <param name="StatesAskedThing">The answer is the very thing asked for (a post asked by "role"), not a field that merely names it.</param>
internal sealed record CitationAnswer(int CandidateIndex, string Answer, double Confidence, string Speaker, bool StatesAskedThing = false);

/// <summary>
/// Who/which-organisation questions that the citation fields answer although no sentence says so: "X在哪个机构工作" is
/// the organisation in the affiliation of the passage X spoke, "哪位专家来自Y" the speaker whose affiliation names Y,
/// "这期简报是哪天发布的" the date of the document.
/// </summary>
internal static partial class CitationAnswers
{
    private const double MinFieldCoverage = 0.5;
    private const double TieMargin = 0.05;

    // The question names the person and asks for the one thing the header under their name states.
    private const double RoleConfidence = 0.85;
    private const double IssueConfidence = 0.8;

    /// <param name="ranked">The candidates' sentences, best first.</param>
    public static CitationAnswer? Find(QuestionAnalysis analysis, IReadOnlyList<AnswerCandidate> candidates, SentenceScorer scorer, IReadOnlyList<SentenceScore> ranked) =>
        FindByCue(analysis, candidates, ranked) ?? analysis.Type switch
        {
            QuestionType.Organisation => OrganisationOfNamedSpeaker(analysis, candidates, scorer),
            // Fields that state less of the question than the best sentence lose to it.
            QuestionType.Person => SpeakerOfNamedAffiliation(analysis, candidates, scorer, ranked.Count == 0 ? 0 : ranked.Max(s => s.SentenceCoverage)),
            QuestionType.Date when PublicationCue().IsMatch(analysis.Question) => PublicationDate(candidates, ranked),
            _ => null,
        };

    /// <summary>Answers the question asks for by a label (职务 / role, 第几期 / issue number) rather than by its words.</summary>
    public static CitationAnswer? FindByCue(QuestionAnalysis analysis, IReadOnlyList<AnswerCandidate> candidates, IReadOnlyList<SentenceScore> ranked) =>
        (RoleCue().IsMatch(analysis.Question) ? RoleOfNamedSpeaker(analysis, candidates) : null)
        ?? (IssueCue().IsMatch(analysis.Question) ? IssueOfDocument(candidates, ranked) : null);

    /// <summary>True when the question names <paramref name="speaker"/> (spacing and case aside: "张 燕" is 张燕).</summary>
    public static bool Names(string text, string? speaker)
    {
        var name = Normalise(speaker);
        return name.Length >= 2 && Normalise(text).Contains(name, StringComparison.Ordinal);
    }

    /// <summary>True when the question names the candidate's speaker as printed or, in English, in pinyin ("Li Nan", "Nan Li").</summary>
    public static bool NamesSpeakerOf(string question, AnswerCandidate candidate)
    {
        if (Names(question, candidate.Speaker))
        {
            return true;
        }

        if (candidate.SpeakerLatin?.Split(' ') is not [var surname, var given])
        {
            return false;
        }

        var words = " " + string.Join(' ', NonLetters().Split(question.ToLowerInvariant()).Where(w => w.Length > 0)) + " ";
        return words.Contains($" {surname} {given} ", StringComparison.Ordinal) || words.Contains($" {given} {surname} ", StringComparison.Ordinal);
    }

    public static string Label(AnswerCandidate candidate) =>
        string.IsNullOrWhiteSpace(candidate.Affiliation)
            ? candidate.Speaker!.Trim()
            : $"{candidate.Speaker!.Trim()} ({candidate.Affiliation.Trim()})";

    /// <summary>
    /// "What is X's role / X担任什么职务": the affiliation line under X's name is their post as the briefing prints it
    /// (项目协调员, 高级研究员), organisation and all.
    /// </summary>
    private static CitationAnswer? RoleOfNamedSpeaker(QuestionAnalysis analysis, IReadOnlyList<AnswerCandidate> candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (NamesSpeakerOf(analysis.Question, candidate) && candidate.Affiliation is { Length: > 0 } affiliation)
            {
                return new CitationAnswer(i, WhitespaceRun().Replace(affiliation.Trim(), " "), RoleConfidence, candidate.Speaker!, StatesAskedThing: true);
            }
        }

        return null;
    }

    private static CitationAnswer? OrganisationOfNamedSpeaker(QuestionAnalysis analysis, IReadOnlyList<AnswerCandidate> candidates, SentenceScorer scorer)
    {
        CitationAnswer? best = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (!NamesSpeakerOf(analysis.Question, candidate) || OrganisationNames.FromAffiliation(candidate.Affiliation) is not { Count: > 0 } organisations)
            {
                continue;
            }

            // Naming the person is most of what the question says; the rest (工作/首席代表) should be in the affiliation too.
            var confidence = 0.6 + (0.35 * scorer.FieldCoverage(i));
            if (best is null || confidence > best.Confidence)
            {
                best = new CitationAnswer(i, organisations[0], confidence, candidate.Speaker!);
            }
        }

        return best;
    }

    private static CitationAnswer? SpeakerOfNamedAffiliation(
        QuestionAnalysis analysis, IReadOnlyList<AnswerCandidate> candidates, SentenceScorer scorer, double bestSentenceCoverage)
    {
        CitationAnswer? best = null;
        var speakers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (string.IsNullOrWhiteSpace(candidate.Speaker) || string.IsNullOrWhiteSpace(candidate.Affiliation) || NamesSpeakerOf(analysis.Question, candidate))
            {
                continue;
            }

            // Only a question about where someone works is answered by a name of the affiliation: what the fields do not
            // state must be the "works at / comes from" part (谁提出了设立X的倡议 is not answered by someone from X).
            var coverage = scorer.FieldCoverage(i);
            if (coverage < MinFieldCoverage || coverage < bestSentenceCoverage - TieMargin
                || !scorer.GroupsMissingFromFields(i).All(IsAffiliationWord))
            {
                continue;
            }

            speakers.Add(Normalise(candidate.Speaker));
            var confidence = 0.9 * coverage;
            if (best is null || confidence > best.Confidence)
            {
                best = new CitationAnswer(i, Label(candidate), confidence, candidate.Speaker);
            }
        }

        // Several people from the same organisation: the fields alone cannot tell which one is meant.
        return best is null || speakers.Count == 1 ? best : best with { Confidence = best.Confidence * 0.7 };
    }

    /// <summary>"第几期 / which issue": the issue line of the masthead ("2022年 第11期") of the document asked about.</summary>
    private static CitationAnswer? IssueOfDocument(IReadOnlyList<AnswerCandidate> candidates, IReadOnlyList<SentenceScore> ranked)
    {
        foreach (var index in ranked.Select(s => s.Sentence.CandidateIndex).Distinct())
        {
            if (IssueLine().Match(candidates[index].Text) is { Success: true } issue)
            {
                return new CitationAnswer(index, WhitespaceRun().Replace(issue.Value.Trim(), " "), IssueConfidence, candidates[index].Speaker ?? string.Empty, StatesAskedThing: true);
            }
        }

        return null;
    }

    private static CitationAnswer? PublicationDate(IReadOnlyList<AnswerCandidate> candidates, IReadOnlyList<SentenceScore> ranked)
    {
        // The document the best-matching sentence comes from is the one asked about; its date is when it was issued.
        var best = ranked.FirstOrDefault(s => !string.IsNullOrWhiteSpace(candidates[s.Sentence.CandidateIndex].Date));
        if (best is null || best.ContextCoverage < MinFieldCoverage)
        {
            return null;
        }

        var candidate = candidates[best.Sentence.CandidateIndex];
        return new CitationAnswer(best.Sentence.CandidateIndex, candidate.Date!.Trim(), 0.3 + (0.5 * best.ContextCoverage), candidate.Speaker ?? string.Empty);
    }

    [GeneratedRegex(@"职务|职位|职称|头衔|岗位|担任什么|担任何|任什么职|是做什么|\b(?:role|position|post|job title|job|title)\b|\bwhat\s+does\s+\S+(?:\s+\S+)?\s+do\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoleCue();

    [GeneratedRegex(@"第几期|哪一期|哪期|期号|期数|\b(?:issue\s+(?:number|no)|which\s+issue|what\s+issue)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IssueCue();

    /// <summary>A masthead's issue: "2022年 第11期", "第 3 期", "Issue 11", "No. 11".</summary>
    [GeneratedRegex(@"(?:\d{4}\s*年\s*)?第\s*\d{1,4}\s*期|\b(?:Issue|No\.)\s*\d{1,4}\b")]
    private static partial Regex IssueLine();

    [GeneratedRegex(@"[^a-z]+")]
    private static partial Regex NonLetters();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();

    [GeneratedRegex(@"发布|出版|印发|发表|刊发|刊出|出刊|发行|\b(?:published|issued|released|dated|publication)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PublicationCue();

    private static bool IsAffiliationWord(string label)
    {
        var word = label.Trim().ToLowerInvariant();
        return AffiliationWords.Any(w => word == w || (w.Length > 3 && word.StartsWith(w, StringComparison.Ordinal)));
    }

    private static readonly string[] AffiliationWords =
    [
        "来自", "工作", "任职", "供职", "就职", "所属", "属于", "专家", "人员", "代表", "成员", "员工", "职员", "在", "的", "位", "名",
        "work", "works", "worked", "employ", "represent", "from", "member", "staff", "belong", "expert",
    ];

    private static string Normalise(string? text) =>
        text is null ? string.Empty : new string(text.Where(c => !char.IsWhiteSpace(c) && c != '·' && c != '.').Select(char.ToLowerInvariant).ToArray());
}
