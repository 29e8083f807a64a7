using LmecKnowledgeSearch.Analysis.Chinese;
using Lucene.Net.Analysis.En;

namespace LmecKnowledgeSearch.Search.Glossary;

/// <summary>
/// Translates the words of a query the curated glossary did not recognise through the broad dictionary: English words
/// and phrases (longest phrase first) to the Chinese headwords that have them as a sense, Chinese words (longest
/// headword first) to their English senses. Each source word becomes one concept holding all its translations, so
/// the search can score them as one (structured query translation); they weigh the same, since the dictionary's order
/// of senses says little about a domain and the index's statistics weigh them instead. The glossary's spans are never translated again:
/// a curated translation always wins.
/// </summary>
public sealed class DictionaryTranslator
{
    /// <summary>The concept domain of dictionary translations, so callers can score them as translation sets.</summary>
    public const string Domain = "dictionary";

    // Generous: the index decides which candidates count (TranslationSetQuery drops the absent ones).
    private const int MaxChineseCandidates = 12;
    private const int MaxEnglishSenses = 4;
    private const int MaxSenseWords = 4;

    private readonly BilingualDictionary dictionary;
    private readonly ExpansionWeights weights;

    public DictionaryTranslator(BilingualDictionary dictionary, ExpansionWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        this.dictionary = dictionary;
        this.weights = weights ?? ExpansionWeights.Default;
    }

    /// <summary>Translations of the parts of <paramref name="query"/> outside <paramref name="curated"/>, in query order.</summary>
    public IReadOnlyList<QueryExpansion> Translate(string query, IReadOnlyList<QueryExpansion> curated)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(curated);
        var covered = new bool[query.Length];
        foreach (var expansion in curated)
        {
            Array.Fill(covered, true, expansion.Start, Math.Min(expansion.Length, query.Length - expansion.Start));
        }

        var result = new List<QueryExpansion>();
        TranslateChinese(query, covered, result);
        TranslateEnglish(query, covered, result);
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private void TranslateChinese(string query, bool[] covered, List<QueryExpansion> result)
    {
        var i = 0;
        while (i < query.Length)
        {
            if (covered[i] || !HanCharacters.IsHan(query[i]))
            {
                i++;
                continue;
            }

            var length = 0;
            for (var n = Math.Min(dictionary.MaxChineseLength, query.Length - i); n >= 2 && length == 0; n--)
            {
                if (Free(query, covered, i, n) && dictionary.EnglishOf(query.AsSpan(i, n)) is not null)
                {
                    length = n;
                }
            }

            if (length == 0)
            {
                i++;
                continue;
            }

            var surface = query.Substring(i, length);
            var senses = dictionary.EnglishOf(surface)!
                .Where(s => EnglishWords.Key(s) is { Length: > 0 } key && key.Count(c => c == ' ') < MaxSenseWords)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Take(MaxEnglishSenses)
                .ToList();
            if (senses.Count > 0)
            {
                var terms = senses.Select(s => new ExpansionTerm(s, "en", weights.Translation, ExpansionKind.Translation)).ToList();
                result.Add(new QueryExpansion(i, length, surface, ConceptOf(surface, [surface], senses), terms));
            }

            i += length;
        }
    }

    private void TranslateEnglish(string query, bool[] covered, List<QueryExpansion> result)
    {
        var tokens = EnglishWords.Tokenize(query);
        var i = 0;
        while (i < tokens.Count)
        {
            var translated = 0;
            for (var n = Math.Min(dictionary.MaxEnglishTokens, tokens.Count - i); n >= 1 && translated == 0; n--)
            {
                var first = tokens[i];
                var last = tokens[i + n - 1];
                var length = last.Start + last.Length - first.Start;
                if (!Free(query, covered, first.Start, length) || (n == 1 && !IsContentWord(first)))
                {
                    continue;
                }

                var key = string.Join(' ', tokens.Skip(i).Take(n).Select(t => t.Folded));
                var candidates = dictionary.ChineseOf(key)?
                    .Where(c => c.Chinese.Length >= 2 && c.Chinese.All(HanCharacters.IsHan))
                    .OrderBy(c => c.SenseRank)
                    .ThenBy(c => c.SenseCount)
                    .Select(c => c.Chinese)
                    .Distinct(StringComparer.Ordinal)
                    .Take(MaxChineseCandidates)
                    .ToList();
                if (candidates is not { Count: > 0 })
                {
                    continue;
                }

                var surface = query.Substring(first.Start, length);
                var terms = candidates.Select(c => new ExpansionTerm(c, "zh", weights.Translation, ExpansionKind.Translation)).ToList();
                result.Add(new QueryExpansion(first.Start, length, surface, ConceptOf(surface, candidates, [surface]), terms));
                translated = n;
            }

            i += Math.Max(1, translated);
        }
    }

    private static Concept ConceptOf(string surface, IReadOnlyList<string> chinese, IReadOnlyList<string> english) =>
        new("cedict:" + surface, chinese, english, [], [], [], Domain);

    private static bool IsContentWord(EnglishToken token) =>
        token.Folded.Length >= 3 && token.Folded.Any(char.IsLetter) && !EnglishAnalyzer.DefaultStopSet.Contains(token.Folded);

    private static bool Free(string query, bool[] covered, int start, int length)
    {
        for (var k = start; k < start + length && k < query.Length; k++)
        {
            if (covered[k])
            {
                return false;
            }
        }

        return true;
    }
}
