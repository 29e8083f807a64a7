using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using LmecKnowledgeSearch.Analysis;

namespace LmecKnowledgeSearch.Answering;

/// <summary>Finds a question's type and its content terms (Chinese words + bigrams, English stems, translations).</summary>
public sealed partial class QuestionAnalyzer
{
    private const double SingleCharacterWeight = 0.4;
    private const double ReportingVerbWeight = 0.3;

    // Verbs that frame a question ("who introduced X", "谁介绍了X") but seldom appear in the sentence that answers it.
    private static readonly string[] ChineseReportingVerbs = ["介绍", "提到", "谈到", "提出", "表示", "认为", "指出", "分享", "讲", "描述", "阐述", "发言", "提及", "说", "发布", "印发", "出版", "发表", "刊发"];
    private static readonly string[] EnglishReportingStems = ["introduc", "present", "mention", "describ", "talk", "discuss", "propos", "explain", "highlight", "share", "speak", "spoke", "publish", "issu", "releas"];
    private const int MaxNgram = 4;
    private const int MaxNameTokens = 3;
    private const int MaxNameLength = 8;

    // Function words that carry no content in a Chinese question.
    private static readonly FrozenSet<string> ChineseStopWords = new[]
    {
        "的", "了", "是", "在", "有", "和", "与", "及", "或", "吗", "呢", "吧", "啊", "把", "被", "对", "从", "向", "于", "为", "也", "都",
        "就", "而", "并", "等", "这", "那", "其", "之", "以", "将", "由", "给", "让", "着", "过", "到", "曾", "已", "所", "个",
        "哪些", "什么", "一些", "进行", "相关", "主要", "通过", "关于", "目前", "分别", "具体", "可以", "能够", "哪", "共", "一共", "总共",
        "本期", "这期", "该期", "本次", "这次", "此次", "这份", "该份", "本文",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> TypeNouns = new[]
    {
        "机构", "组织", "单位", "部门", "地方", "地区", "国家", "时候", "时间", "人", "专家", "方式", "方面", "内容", "问题", "东西", "事情",
        "kind", "kinds", "type", "types", "sort", "way", "ways", "one", "ones", "thing", "things", "part",
    }.Concat(QuestionCues.EnglishQuestionWords).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Classifiers = new[]
    {
        "个", "项", "名", "位", "家", "次", "种", "类", "所", "座", "条", "批", "期", "届", "场", "份", "株", "只", "头", "户",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly ISegmenter segmenter;
    private readonly IQueryTermExpander? expander;

    public QuestionAnalyzer(ISegmenter segmenter, IQueryTermExpander? expander = null)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        this.segmenter = segmenter;
        this.expander = expander;
    }

    public QuestionAnalysis Analyze(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var type = QuestionCues.Classify(question);
        var groups = new List<MutableGroup>();
        var phrases = new List<string>();
        var measures = new List<string>();

        AddQuoted(question, groups, phrases);
        AddChinese(question, type, groups, phrases, measures);
        AddEnglish(question, type, groups, phrases, measures);
        if (type == QuestionType.Quantity && measures.Count == 0)
        {
            measures.AddRange(QuantityDimensions.UnitsFor(question));
        }

        var predicate = type is QuestionType.Date or QuestionType.Place ? PredicateOf(question, groups) : null;

        return new QuestionAnalysis(
            question,
            type,
            groups.Where(g => g.Terms.Count > 0)
                .Select(g => new TermGroup(g.Label, g.Terms.Distinct().ToArray(), g.Weight, g.IsSpecific, ReferenceEquals(g, predicate)))
                .ToArray(),
            phrases.Distinct().ToArray(),
            measures.Distinct().ToArray(),
            FocusOf(question).Distinct().ToArray());
    }

    /// <summary>
    /// The event a when/where question asks about is its last word (中心于哪一年成立, when was X established): a sentence
    /// about another event of the same subject (its meeting's date) does not answer it.
    /// </summary>
    private static MutableGroup? PredicateOf(string question, List<MutableGroup> groups)
    {
        var last = groups.LastOrDefault(g => g.Terms.Count > 0 && g.Label.Length >= 2 && g.Weight >= 1.0 && !g.IsSpecific);
        if (last is null)
        {
            return null;
        }

        var at = question.LastIndexOf(last.Label, StringComparison.Ordinal);
        return at >= 0 && PredicateTail().IsMatch(question[(at + last.Label.Length)..]) ? last : null;
    }

    /// <summary>A Chinese key (substring match) or an English key (space-padded stems, phrase match) for <paramref name="text"/>.</summary>
    internal static IEnumerable<string> KeysOf(string text)
    {
        if (HanCharacters.ContainsHan(text))
        {
            foreach (var run in HanRunPattern().Matches(text).Select(m => m.Value))
            {
                yield return run;
            }

            yield break;
        }

        var stems = EnglishWords.ContentKeys(text).Select(k => k.Key).ToArray();
        if (stems.Length > 0)
        {
            yield return " " + string.Join(' ', stems) + " ";
        }
    }

    private void AddQuoted(string question, List<MutableGroup> groups, List<string> phrases)
    {
        foreach (Match match in QuotedPattern().Matches(question))
        {
            var quoted = match.Groups[1].Value.Trim();
            if (quoted.Length == 0)
            {
                continue;
            }

            var group = new MutableGroup(quoted, 1.0) { IsSpecific = true };
            foreach (var key in KeysOf(quoted))
            {
                group.Terms.Add(key);
                phrases.Add(key);
            }

            Expand(quoted, group, phrases);
            groups.Add(group);
        }
    }

    private void AddChinese(string question, QuestionType type, List<MutableGroup> groups, List<string> phrases, List<string> measures)
    {
        if (!HanCharacters.ContainsHan(question))
        {
            return;
        }

        var stripped = new StringBuilder(question);
        foreach (var word in QuestionCues.ChineseQuestionWords)
        {
            stripped.Replace(word, new string(' ', word.Length));
        }

        var text = stripped.ToString();
        var segments = segmenter.Segment(text);
        if (type == QuestionType.Quantity)
        {
            AddChineseMeasures(question, measures);
        }

        var run = new StringBuilder();
        var runTokens = 0;
        var runEnd = -1;
        foreach (var segment in segments)
        {
            var word = text.Substring(segment.Start, segment.Length);
            var isContent = !ChineseStopWords.Contains(word);
            if (segment.Kind == SegmentKind.Ideographic && isContent)
            {
                // A reporting verb ends a name (张燕|提到): it is never part of one.
                if (segment.Start != runEnd || ChineseReportingVerbs.Contains(word) || ChineseReportingVerbs.Contains(run.ToString()))
                {
                    FlushPhrase(run, runTokens, phrases, groups);
                    runTokens = 0;
                }

                run.Append(word);
                runTokens++;
                runEnd = segment.End;
                groups.Add(ChineseGroup(word));
            }
            else
            {
                FlushPhrase(run, runTokens, phrases, groups);
                runTokens = 0;
                runEnd = -1;
                if (isContent && segment.Kind is SegmentKind.Alphanumeric or SegmentKind.Numeric)
                {
                    var lower = word.ToLowerInvariant();
                    if (!EnglishWords.IsFunctionWord(lower))
                    {
                        var group = new MutableGroup(word, 1.0) { IsSpecific = true };
                        group.Terms.Add(" " + EnglishWords.Stem(lower) + " ");
                        Expand(word, group, phrases);
                        groups.Add(group);
                    }
                }
            }
        }

        FlushPhrase(run, runTokens, phrases, groups);
    }

    private MutableGroup ChineseGroup(string word)
    {
        var weight = word.Length == 1 ? SingleCharacterWeight : ChineseReportingVerbs.Contains(word) ? ReportingVerbWeight : 1.0;
        var group = new MutableGroup(word, weight) { IsSpecific = word.Length >= 3 };
        group.Terms.Add(word);
        Expand(word, group, null);
        return group;
    }

    private void FlushPhrase(StringBuilder run, int tokens, List<string> phrases, List<MutableGroup> groups)
    {
        if (run.Length == 2 && tokens == 2)
        {
            // Two single characters the segmenter did not know together (张|燕) are most often a name.
            var pair = new MutableGroup(run.ToString(), 1.0);
            pair.Terms.Add(run.ToString());
            groups.Add(pair);
        }

        if (run.Length >= 3)
        {
            var phrase = run.ToString();
            phrases.Add(phrase);
            // Longer runs are clauses of the question (张燕提到通过种植), not names: they stay phrases only.
            if (tokens > 1 && tokens <= MaxNameTokens && phrase.Length <= MaxNameLength)
            {
                // A compound the segmenter broke up (乐施|会) is still one name, and a passage without it is off-topic.
                var group = new MutableGroup(phrase, 1.0) { IsSpecific = true };
                group.Terms.Add(phrase);
                groups.Add(group);
            }

            foreach (var expansion in expander?.Expand(phrase) ?? [])
            {
                phrases.AddRange(KeysOf(expansion));
            }
        }

        run.Clear();
    }

    private IEnumerable<string> FocusOf(string question)
    {
        string? noun = null;
        if (ChineseFocusPattern().Match(question) is { Success: true } chinese)
        {
            var tail = chinese.Groups[1].Value;
            noun = segmenter.Segment(tail).Where(s => s.Kind == SegmentKind.Ideographic).Select(s => tail.Substring(s.Start, s.Length)).FirstOrDefault();
        }
        else if (ChineseAttributePattern().Match(question) is { Success: true } attribute)
        {
            // "X的总部在哪里": the attribute asked of X; the last word before the question word is its head.
            var tail = attribute.Groups[1].Value;
            noun = segmenter.Segment(tail).Where(s => s.Kind == SegmentKind.Ideographic).Select(s => tail.Substring(s.Start, s.Length)).LastOrDefault();
        }
        else if (EnglishFocusPattern().Match(question) is { Success: true } english)
        {
            noun = english.Groups["noun"].Value;
        }
        else if (EnglishAttributePattern().Match(question) is { Success: true } englishAttribute)
        {
            noun = englishAttribute.Groups["noun"].Value;
        }

        // Nouns that only name the answer's type (which organisation, 什么地方) say nothing the passage must contain.
        if (noun is null || (noun.Length < 2 && HanCharacters.ContainsHan(noun)) || TypeNouns.Contains(noun.ToLowerInvariant()))
        {
            yield break;
        }

        foreach (var key in KeysOf(noun).Concat((expander?.Expand(noun) ?? []).SelectMany(KeysOf)))
        {
            yield return key;
        }
    }

    private void AddChineseMeasures(string question, List<string> measures)
    {
        var match = ChineseMeasurePattern().Match(question);
        if (!match.Success)
        {
            return;
        }

        var tail = match.Groups[1].Value;
        var words = segmenter.Segment(tail).Where(s => s.Kind == SegmentKind.Ideographic).Select(s => tail.Substring(s.Start, s.Length)).ToList();
        if (words.Count == 0)
        {
            return;
        }

        measures.Add(words[0]);
        if (words.Count > 1 && (Classifiers.Contains(words[0]) || words[0].Length == 1))
        {
            measures.Add(words[1]);
        }
    }

    private void AddEnglish(string question, QuestionType type, List<MutableGroup> groups, List<string> phrases, List<string> measures)
    {
        var words = EnglishWords.Words(question).Select(w => (Word: w.Raw, Lower: w.Raw.ToLowerInvariant(), w.Key)).ToList();
        if (words.Count == 0 || HanCharacters.ContainsHan(question))
        {
            return;
        }

        var content = words.Select(w => !EnglishWords.IsFunctionWord(w.Lower) && !QuestionCues.EnglishQuestionWords.Contains(w.Lower)).ToArray();
        var wordGroups = new MutableGroup?[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            if (content[i])
            {
                var lower = words[i].Lower;
                var reporting = EnglishReportingStems.Any(stem => lower.StartsWith(stem, StringComparison.Ordinal));
                var specific = i > 0 && char.IsUpper(words[i].Word[0]) || words[i].Word.Any(char.IsDigit) || words[i].Word.Skip(1).Any(char.IsUpper);
                wordGroups[i] = new MutableGroup(words[i].Word, reporting ? ReportingVerbWeight : 1.0) { IsSpecific = specific };
                wordGroups[i]!.Terms.Add(" " + words[i].Key + " ");
                groups.Add(wordGroups[i]!);
            }
        }

        // Runs of content words are phrases; every run of up to MaxNgram content words is offered to the expander.
        for (var i = 0; i < words.Count; i++)
        {
            if (!content[i])
            {
                continue;
            }

            var end = i;
            while (end + 1 < words.Count && content[end + 1] && end + 1 - i < MaxNgram)
            {
                end++;
                var ngram = string.Join(' ', words.Skip(i).Take(end - i + 1).Select(w => w.Word));
                phrases.AddRange(KeysOf(ngram));
                foreach (var expansion in expander?.Expand(ngram) ?? [])
                {
                    foreach (var key in KeysOf(expansion))
                    {
                        for (var k = i; k <= end; k++)
                        {
                            wordGroups[k]!.Terms.Add(key);
                        }

                        phrases.Add(key);
                    }
                }
            }

            Expand(words[i].Word, wordGroups[i]!, null);
        }

        if (type == QuestionType.Quantity)
        {
            var match = EnglishMeasurePattern().Match(question);
            if (match.Success)
            {
                var noun = match.Groups["noun"].Value;
                measures.Add(" " + EnglishWords.Stem(noun.ToLowerInvariant()) + " ");
                foreach (var expansion in expander?.Expand(noun) ?? [])
                {
                    measures.AddRange(KeysOf(expansion));
                }
            }
            else if (PercentPattern().IsMatch(question))
            {
                measures.Add("%");
            }
        }
    }

    private void Expand(string term, MutableGroup group, List<string>? phrases)
    {
        foreach (var expansion in expander?.Expand(term) ?? [])
        {
            foreach (var key in KeysOf(expansion))
            {
                group.Terms.Add(key);
                phrases?.Add(key);
            }
        }
    }

    private sealed class MutableGroup(string label, double weight)
    {
        public string Label { get; } = label;

        public double Weight { get; } = weight;

        public List<string> Terms { get; } = [];

        public bool IsSpecific { get; init; }
    }

    [GeneratedRegex(@"[\u3400-\u4dbf\u4e00-\u9fff]+")]
    private static partial Regex HanRunPattern();

    [GeneratedRegex(@"^\s*(?:的|了|呢|吗|过)*\s*[？?。.！!]*\s*$")]
    private static partial Regex PredicateTail();

    [GeneratedRegex(@"[“""「『《]([^”""」』》]{1,40})[”""」』》]")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"(?:什么|哪些|哪种|哪类|何种|怎样的|哪一种)([\u4e00-\u9fff]{1,6})")]
    private static partial Regex ChineseFocusPattern();

    [GeneratedRegex(@"\b(?:what|which)\s+(?:kinds?\s+of\s+|types?\s+of\s+|sorts?\s+of\s+)?(?!(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might|must|the|a|an)\b)(?<noun>[A-Za-z][A-Za-z\-]{2,})", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishFocusPattern();

    [GeneratedRegex(@"的([\u4e00-\u9fff]{1,5}?)(?:是谁|是什么|是多少|是哪|在哪|有多少|有哪些|叫什么|为多少)")]
    private static partial Regex ChineseAttributePattern();

    [GeneratedRegex(@"\b(?:who|what|where|which|how\s+(?:many|much|large|long))\s+(?:is|are|was|were)\s+the\s+(?<noun>[A-Za-z][A-Za-z\-]{2,})\s+(?:of|in|for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishAttributePattern();

    [GeneratedRegex(@"(?:多少|几)([\u4e00-\u9fff]{1,6})")]
    private static partial Regex ChineseMeasurePattern();

    [GeneratedRegex(@"\bhow\s+(?:many|much)\s+(?:of\s+the\s+)?(?<noun>[A-Za-z][A-Za-z\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishMeasurePattern();

    [GeneratedRegex(@"\bpercent(age)?\b|%|\bproportion\b|\bshare\b", RegexOptions.IgnoreCase)]
    private static partial Regex PercentPattern();
}
