namespace LmecKnowledgeSearch.Search.Glossary;

/// <summary>
/// Finds glossary concepts in a raw query (Chinese, English or mixed) and proposes terms in the other language plus
/// synonyms, so an English query can reach Chinese documents and the reverse. Stateless after construction: thread-safe.
/// </summary>
public sealed class QueryConceptRecognizer
{
    private const int MaxConceptsPerSpan = 3;

    private static readonly string[] DemonymEndings = ["ese", "ian", "an", "n"];

    private readonly Glossary _glossary;
    private readonly ExpansionWeights _weights;

    public QueryConceptRecognizer(Glossary glossary, ExpansionWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        _glossary = glossary;
        _weights = weights ?? ExpansionWeights.Default;
    }

    /// <summary>Concepts found in <paramref name="query"/>, in query order, each with its proposed terms.</summary>
    public IReadOnlyList<QueryExpansion> Recognize(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var matches = new List<SpanMatch>();
        MatchChinese(query, matches);
        MatchEnglish(query, matches);
        matches.Sort((a, b) => a.Start.CompareTo(b.Start));

        var expansions = new List<QueryExpansion>(matches.Count);
        foreach (var match in matches)
        {
            foreach (var concept in match.Concepts.Take(MaxConceptsPerSpan))
            {
                var surface = query.Substring(match.Start, match.Length);
                expansions.Add(new QueryExpansion(
                    match.Start, match.Length, surface, concept, Expand(concept, surface, match.IsChinese)));
            }
        }

        return expansions;
    }

    private void MatchChinese(string query, List<SpanMatch> matches)
    {
        var i = 0;
        while (i < query.Length)
        {
            if (!IsHan(query[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < query.Length && IsHan(query[i]))
            {
                i++;
            }

            MatchHanRun(query, start, i, matches);
        }
    }

    // Chooses non-overlapping terms covering most characters of the run, then the fewest (longest) terms: greedy
    // leftmost-longest would split 中国西藏自然保护区-like strings badly when an early long term steals a boundary.
    private void MatchHanRun(string query, int start, int end, List<SpanMatch> matches)
    {
        var n = end - start;
        var covered = new int[n + 1];
        var count = new int[n + 1];
        var choice = new int[n + 1];
        for (var p = n - 1; p >= 0; p--)
        {
            covered[p] = covered[p + 1];
            count[p] = count[p + 1];
            choice[p] = 0;
            var maxLen = Math.Min(_glossary.MaxChineseLength, n - p);
            for (var len = maxLen; len >= 2; len--)
            {
                if (_glossary.FindChinese(query.AsSpan(start + p, len)) is null)
                {
                    continue;
                }

                var c = covered[p + len] + len;
                var k = count[p + len] + 1;
                if (c > covered[p] || (c == covered[p] && k < count[p]))
                {
                    covered[p] = c;
                    count[p] = k;
                    choice[p] = len;
                }
            }
        }

        for (var p = 0; p < n;)
        {
            if (choice[p] == 0)
            {
                p++;
                continue;
            }

            matches.Add(new SpanMatch(start + p, choice[p], _glossary.FindChinese(query.AsSpan(start + p, choice[p]))!, IsChinese: true));
            p += choice[p];
        }
    }

    private void MatchEnglish(string query, List<SpanMatch> matches)
    {
        var tokens = EnglishWords.Tokenize(query);
        var i = 0;
        while (i < tokens.Count)
        {
            var matched = false;
            var maxN = Math.Min(_glossary.MaxEnglishTokens, tokens.Count - i);
            for (var n = maxN; n >= 1 && !matched; n--)
            {
                if (!Contiguous(query, tokens, i, n))
                {
                    continue;
                }

                var first = tokens[i];
                var last = tokens[i + n - 1];
                var length = last.Start + last.Length - first.Start;
                IReadOnlyList<Concept>? found = null;
                if (n == 1 && _glossary.FindAcronymExact(first.Raw) is { Count: > 0 } exact)
                {
                    found = exact;
                }

                found ??= _glossary.FindEnglishKey(Key(tokens, i, n));
                if (found is null && n == 1)
                {
                    found = _glossary.FindAcronymLoose(first.Raw) is { Count: > 0 } loose ? loose : FindDemonym(first.Folded);
                }

                if (found is { Count: > 0 })
                {
                    matches.Add(new SpanMatch(first.Start, length, found, IsChinese: false));
                    i += n;
                    matched = true;
                }
            }

            if (!matched)
            {
                i++;
            }
        }
    }

    // Cambodian, Vietnamese, Tibetan: cheap adjective-to-place folding, limited to places so common words stay put.
    private IReadOnlyList<Concept>? FindDemonym(string folded)
    {
        foreach (var ending in DemonymEndings)
        {
            if (folded.Length <= ending.Length + 3 || !folded.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = folded[..^ending.Length];
            var candidates = _glossary.FindEnglishKey(stem) ?? (ending == "ian" ? _glossary.FindEnglishKey(stem + "ia") : null);
            var places = candidates?.Where(c => c.Domain == "place").ToList();
            if (places is { Count: > 0 })
            {
                return places;
            }
        }

        return null;
    }

    private IReadOnlyList<ExpansionTerm> Expand(Concept concept, string surface, bool matchedChinese)
    {
        var terms = new List<ExpansionTerm>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { surface.Trim() };
        var surfaceKey = EnglishWords.Key(surface);
        var seenEnglishKeys = new HashSet<string>(StringComparer.Ordinal);
        if (!matchedChinese)
        {
            seenEnglishKeys.Add(surfaceKey);
        }

        void AddTerm(string text, string language, double weight, ExpansionKind kind)
        {
            if (language == "zh" && text.Length < 2)
            {
                return;
            }

            if (language == "en" && kind != ExpansionKind.Acronym)
            {
                var key = EnglishWords.Key(text);
                if (!seenEnglishKeys.Add(key))
                {
                    return;
                }
            }

            if (seen.Add(text))
            {
                terms.Add(new ExpansionTerm(text, language, weight, kind));
            }
        }

        var (other, otherLanguage, same, sameLanguage) = matchedChinese
            ? (concept.EnglishTerms, "en", concept.ChineseTerms, "zh")
            : (concept.ChineseTerms, "zh", concept.EnglishTerms, "en");

        AddTerm(other[0], otherLanguage, _weights.Translation, ExpansionKind.Translation);
        foreach (var term in other.Skip(1))
        {
            AddTerm(term, otherLanguage, _weights.TranslationSynonym, ExpansionKind.TranslationSynonym);
        }

        foreach (var term in same)
        {
            AddTerm(term, sameLanguage, _weights.Synonym, ExpansionKind.Synonym);
        }

        // Search indexes fold case, so an acronym that is also a word (TAR, WASH) or a two-letter one (SD, ES) would
        // match ordinary text; only organisations and places keep their two-letter acronyms (UN, EU, UK).
        foreach (var acronym in concept.Acronyms)
        {
            if (!_glossary.IsEverydayWord(acronym) && (acronym.Length >= 3 || concept.Domain is "org" or "place"))
            {
                AddTerm(acronym, "en", _weights.Acronym, ExpansionKind.Acronym);
            }
        }

        // A country's provinces or a province's towns are not a widening of the user's topic, just other places.
        var narrower = concept.Domain == "place" ? [] : concept.Narrower;
        foreach (var id in narrower.Take(_weights.MaxNarrowerConcepts))
        {
            if (_glossary.GetById(id) is { } child)
            {
                AddTerm(child.PreferredChinese, "zh", _weights.Narrower, ExpansionKind.Narrower);
                AddTerm(child.PreferredEnglish, "en", _weights.Narrower, ExpansionKind.Narrower);
            }
        }

        // Places and organisations would drag in their country or parent body (Yunnan -> 中国), which matches everything.
        if (concept.Domain is not ("place" or "org"))
        {
            foreach (var id in concept.Broader)
            {
                if (_glossary.GetById(id) is { } parent)
                {
                    AddTerm(parent.PreferredChinese, "zh", _weights.Broader, ExpansionKind.Broader);
                    AddTerm(parent.PreferredEnglish, "en", _weights.Broader, ExpansionKind.Broader);
                }
            }
        }

        return terms.Count > _weights.MaxTermsPerConcept
            ? terms.OrderByDescending(t => t.Weight).Take(_weights.MaxTermsPerConcept).ToList()
            : terms;
    }

    private static bool Contiguous(string query, List<EnglishToken> tokens, int i, int n)
    {
        for (var k = i; k < i + n - 1; k++)
        {
            var gapStart = tokens[k].Start + tokens[k].Length;
            for (var p = gapStart; p < tokens[k + 1].Start; p++)
            {
                var c = query[p];
                if (IsHan(c) || c is ',' or ';' or '.' or '，' or '。' or '；' or '、' or '(' or ')' or '"')
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static string Key(List<EnglishToken> tokens, int i, int n) =>
        n == 1 ? tokens[i].Folded : string.Join(' ', tokens.Skip(i).Take(n).Select(t => t.Folded));

    private static bool IsHan(char c) =>
        c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    private sealed record SpanMatch(int Start, int Length, IReadOnlyList<Concept> Concepts, bool IsChinese);
}
