using LmecKnowledgeSearch.Answering.Spans;

namespace LmecKnowledgeSearch.Answering.Extraction;

/// <summary>
/// The features of one candidate span, named in <see cref="Names"/> (same order). They describe how a span relates to
/// the question, never which words it holds, so what is learned on encyclopaedia text carries to briefings:
/// <list type="bullet">
/// <item>Expected.*: the answer kind the question word asks for (<see cref="QuestionSlot"/>), one-hot.</item>
/// <item>Passage*/Sentence*: the passage's retrieval rank and score share; the sentence's share of the question's
/// content bigrams and characters, its rank and share of the best sentence's coverage among those read.</item>
/// <item>Span shape: length, clause, quoted, share of Han/digit/Latin characters, numeral, the last character a time
/// word, a measure, a place or an organisation suffix (general morphology of Chinese names and quantities).</item>
/// <item>Span vs question: share of its characters the question holds (answers seldom repeat the question), whether
/// the question contains it, share of its characters inside bigrams matched with the question.</item>
/// <item>Boundaries: punctuation or sentence edge before/after; a copula, locative or agent marker just before; 的/是 after.</item>
/// <item>Slot alignment: how many characters before the span equal the characters before the question word in the
/// question (and after/after) — the span fills the question word's slot — exactly and with up to two characters
/// dropped (是 vs 为); the noun after the question word (哪个国家 → 国家) in the span and as its last character; the
/// longest run the sentence shares with the question; the question's bigrams in windows of 10
/// characters left and right and 25 around; the distance to the nearest matched character.</item>
/// <item>Entity.*: the project's recognisers (person, place, organisation, date, quantity) found exactly this span (1)
/// or one overlapping it (0.5).</item>
/// </list>
/// </summary>
public static class SpanFeaturizer
{
    public static readonly string[] Names =
    [
        .. Enum.GetNames<ExpectedAnswer>().Select(n => "Expected." + n),
        "SlotAtStart", "SlotAtEnd",
        "PassageRank", "PassageRetrievalShare", "SentenceBigramCoverage", "SentenceCharacterCoverage", "SentenceCoverageRank", "SentenceCoverageShare", "SentenceLength",
        "SpanLength", "SpanIsClause", "SpanIsQuoted", "SpanHanShare", "SpanDigitShare", "SpanLatinShare", "SpanHasNumeral", "SpanStartsNumeral",
        "SpanEndsTime", "SpanEndsMeasure", "SpanEndsPlace", "SpanEndsOrganisation", "SpanHasListMark",
        "SpanInQuestionShare", "SpanContainedInQuestion", "SpanMatchedShare",
        "BoundaryBefore", "BoundaryAfter", "CopulaBefore", "LocativeBefore", "AgentBefore", "DeAfter", "ShiAfter", "SpanRelativeStart",
        "AlignedBefore", "AlignedAfter", "AlignedBeforeLoose", "AlignedAfterLoose", "FocusShare", "FocusEnds", "SentenceLongestCommon", "WindowBefore", "WindowAfter", "WindowAround", "NearestMatchDistance", "MatchedBeforeCount", "MatchedAfterCount",
        "Entity.Person", "Entity.Place", "Entity.Organisation", "Entity.Date", "Entity.Quantity",
    ];

    public static int Count => Names.Length;

    private const string TimeEnds = "年月日号时分秒代纪初末间期";
    private const string MeasureEnds = "个米元人种名位次件里克吨倍%％只头条座所家本部册集届场岁周天公顷亩平方度千万亿百十";
    private const string PlaceEnds = "省市县区镇乡村国州山河江湖海岛洲岭峰洋湾路街城港道";
    private const string OrganisationEnds = "会部局院司校馆团队党社所厂署委行厅军台报社组织中心协会";
    private const string Numerals = "0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两零〇";

    private static readonly ISpanFinder[] Finders = [new PersonSpanFinder(), new PlaceSpanFinder(), new OrganisationSpanFinder(), new DateSpanFinder(), new QuantitySpanFinder()];

    /// <summary>Entity spans of a sentence, per recogniser (same order as the Entity.* features).</summary>
    public static IReadOnlyList<AnswerSpan>[] Entities(QuestionView question, string sentence)
    {
        ArgumentNullException.ThrowIfNull(question);
        var context = new SpanContext(question.Analysis, null, null, []);
        return Finders.Select(f => (IReadOnlyList<AnswerSpan>)f.Find(sentence, context).Where(s => s.Length > 0).ToArray()).ToArray();
    }

    /// <summary>Writes the features of <paramref name="span"/> into <paramref name="into"/> (length <see cref="Count"/>).</summary>
    public static void Write(
        QuestionView question,
        ReadSentence sentence,
        SentenceMatch match,
        int coverageRank,
        double coverageShare,
        IReadOnlyList<AnswerSpan>[] entities,
        SpanCandidate span,
        Span<float> into)
    {
        var text = sentence.Text;
        var spanText = text.AsSpan(span.Start, span.Length);
        var f = 0;
        foreach (var expected in Enum.GetValues<ExpectedAnswer>())
        {
            into[f++] = question.Slot.Expected == expected ? 1 : 0;
        }

        into[f++] = question.Slot.Before.Length == 0 ? 1 : 0;
        into[f++] = question.Slot.After.Length == 0 ? 1 : 0;
        into[f++] = sentence.PassageRank;
        into[f++] = (float)sentence.RetrievalShare;
        into[f++] = (float)match.BigramCoverage;
        into[f++] = (float)match.CharacterCoverage;
        into[f++] = coverageRank;
        into[f++] = (float)coverageShare;
        into[f++] = text.Length;

        int han = 0, digit = 0, latin = 0, inQuestion = 0, matched = 0;
        var hasNumeral = false;
        var listMark = false;
        for (var i = 0; i < spanText.Length; i++)
        {
            var c = spanText[i];
            han += HanCharacters.IsHan(c) ? 1 : 0;
            digit += char.IsDigit(c) ? 1 : 0;
            latin += char.IsAsciiLetter(c) ? 1 : 0;
            hasNumeral |= Numerals.Contains(c);
            listMark |= c == '、';
            inQuestion += question.QuestionCharacters.Contains(char.ToLowerInvariant(c)) ? 1 : 0;
            matched += match.Matched[span.Start + i] ? 1 : 0;
        }

        var length = Math.Max(1, span.Length);
        var last = spanText[^1];
        into[f++] = span.Length;
        into[f++] = span.IsClause ? 1 : 0;
        into[f++] = span.IsQuoted ? 1 : 0;
        into[f++] = han / (float)length;
        into[f++] = digit / (float)length;
        into[f++] = latin / (float)length;
        into[f++] = hasNumeral ? 1 : 0;
        into[f++] = Numerals.Contains(spanText[0]) ? 1 : 0;
        into[f++] = TimeEnds.Contains(last) ? 1 : 0;
        into[f++] = MeasureEnds.Contains(last) ? 1 : 0;
        into[f++] = PlaceEnds.Contains(last) ? 1 : 0;
        into[f++] = OrganisationEnds.Contains(last) ? 1 : 0;
        into[f++] = listMark ? 1 : 0;
        into[f++] = inQuestion / (float)length;
        into[f++] = question.Question.AsSpan().Contains(spanText, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        into[f++] = matched / (float)length;

        var before = span.Start > 0 ? text[span.Start - 1] : '\0';
        var after = span.End < text.Length ? text[span.End] : '\0';
        into[f++] = before == '\0' || char.IsPunctuation(before) || char.IsWhiteSpace(before) ? 1 : 0;
        into[f++] = after == '\0' || char.IsPunctuation(after) || char.IsWhiteSpace(after) ? 1 : 0;
        into[f++] = before is '是' or '为' or '乃' or '叫' or '称' ? 1 : 0;
        into[f++] = before is '在' or '于' or '自' or '到' or '至' or '从' ? 1 : 0;
        into[f++] = before is '由' or '被' or '给' or '向' ? 1 : 0;
        into[f++] = after == '的' ? 1 : 0;
        into[f++] = after == '是' ? 1 : 0;
        into[f++] = span.Start / (float)Math.Max(1, text.Length);

        into[f++] = CommonSuffix(match.Lower, span.Start, question.Slot.Before.ToLowerInvariant());
        into[f++] = CommonPrefix(match.Lower, span.End, question.Slot.After.ToLowerInvariant());
        into[f++] = LooseSuffix(match.Lower, span.Start, question.SlotBefore);
        into[f++] = LoosePrefix(match.Lower, span.End, question.SlotAfter);
        var focusHits = 0;
        foreach (var c in question.Focus)
        {
            focusHits += spanText.Contains(c) ? 1 : 0;
        }

        into[f++] = question.Focus.Length == 0 ? 0 : focusHits / (float)question.Focus.Length;
        into[f++] = question.Focus.Length > 0 && question.Focus[^1] == last ? 1 : 0;
        into[f++] = match.LongestCommon;
        var window = question.Bigrams.Count == 0 ? 1 : question.Bigrams.Count;
        into[f++] = BigramsIn(match, span.Start - 10, span.Start) / (float)window;
        into[f++] = BigramsIn(match, span.End, span.End + 10) / (float)window;
        into[f++] = BigramsIn(match, span.Start - 25, span.End + 25) / (float)window;
        into[f++] = NearestMatch(match.Matched, span);
        into[f++] = match.Matched.AsSpan(0, span.Start).Count(true);
        into[f++] = match.Matched.AsSpan(span.End).Count(true);

        foreach (var found in entities)
        {
            var value = 0f;
            foreach (var entity in found)
            {
                if (entity.Start == span.Start && entity.Length == span.Length)
                {
                    value = 1;
                    break;
                }

                if (entity.Start < span.End && span.Start < entity.Start + entity.Length)
                {
                    value = 0.5f;
                }
            }

            into[f++] = value;
        }
    }

    /// <summary>The aligned context with up to two characters dropped on either side (是 in the question, 为 in the sentence).</summary>
    private static int LooseSuffix(string text, int end, string context)
    {
        var best = 0;
        for (var a = 0; a <= 2 && end - a >= 0; a++)
        {
            for (var b = 0; b <= 2 && b <= context.Length; b++)
            {
                best = Math.Max(best, CommonSuffix(text, end - a, context[..^b]));
            }
        }

        return best;
    }

    private static int LoosePrefix(string text, int start, string context)
    {
        var best = 0;
        for (var a = 0; a <= 2 && start + a <= text.Length; a++)
        {
            for (var b = 0; b <= 2 && b <= context.Length; b++)
            {
                best = Math.Max(best, CommonPrefix(text, start + a, context[b..]));
            }
        }

        return best;
    }

    /// <summary>How many letters/digits right before <paramref name="end"/> equal the end of <paramref name="context"/>.</summary>
    private static int CommonSuffix(string text, int end, string context)
    {
        var n = 0;
        var i = end - 1;
        var j = context.Length - 1;
        while (i >= 0 && j >= 0 && n < 12)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i--;
                continue;
            }

            if (text[i] != context[j])
            {
                break;
            }

            n++;
            i--;
            j--;
        }

        return n;
    }

    private static int CommonPrefix(string text, int start, string context)
    {
        var n = 0;
        var i = start;
        var j = 0;
        while (i < text.Length && j < context.Length && n < 12)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            if (text[i] != context[j])
            {
                break;
            }

            n++;
            i++;
            j++;
        }

        return n;
    }

    /// <summary>Distinct question bigrams starting in [from, to - 1); beyond the 64th only the first sighting counts.</summary>
    private static int BigramsIn(SentenceMatch match, int from, int to)
    {
        from = Math.Max(0, from);
        to = Math.Min(match.BigramAt.Length, to);
        var seen = 0UL;
        var found = 0;
        for (var i = from; i + 1 < to; i++)
        {
            var index = match.BigramAt[i];
            if (index < 0)
            {
                continue;
            }

            var bit = 1UL << (index & 63);
            if ((seen & bit) == 0)
            {
                seen |= bit;
                found++;
            }
        }

        return found;
    }

    private static int NearestMatch(bool[] matched, SpanCandidate span)
    {
        const int Far = 80;
        var best = Far;
        for (var i = span.Start - 1; i >= 0 && span.Start - i < best; i--)
        {
            if (matched[i])
            {
                best = span.Start - i;
                break;
            }
        }

        for (var i = span.End; i < matched.Length && i - span.End + 1 < best; i++)
        {
            if (matched[i])
            {
                best = i - span.End + 1;
                break;
            }
        }

        return best;
    }
}
