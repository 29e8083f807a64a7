using LmecKnowledgeSearch.Analysis;

namespace LmecKnowledgeSearch.Benchmarks.Scale;

/// <summary>One benchmark query: its kind (for the per-kind breakdown) and text.</summary>
internal sealed record ScaleQuery(string Kind, string Text);

/// <summary>
/// A fixed, seeded query set sampled from the corpus's own words, so it fits any N: common short words (the most
/// frequent two-character words: the many-match case), long words (four characters or more), two-word queries,
/// English words, and questions made from a long word (used for ask as well as search).
/// </summary>
internal static class ScaleQuerySet
{
    private static readonly string[] QuestionForms = ["{0}是什么？", "{0}在哪里？", "谁负责{0}？", "{0}有多少？", "{0}什么时候开始？", "为什么要{0}？"];

    public static IReadOnlyList<ScaleQuery> Sample(IReadOnlyList<string> texts, ISegmenter segmenter, int perKind, int seed)
    {
        var random = new Random(seed);
        var sampleTexts = Enumerable.Range(0, Math.Min(texts.Count, 2000)).Select(_ => texts[random.Next(texts.Count)]).ToList();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var perText = new List<List<string>>();
        foreach (var text in sampleTexts)
        {
            var words = segmenter.Segment(text)
                .Where(s => s.Kind is SegmentKind.Ideographic or SegmentKind.Alphanumeric)
                .Select(s => text.Substring(s.Start, s.Length))
                .ToList();
            perText.Add(words);
            foreach (var word in words.Distinct(StringComparer.Ordinal))
            {
                documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
            }
        }

        bool IsHan(string w) => w.All(c => c >= 0x4E00 && c <= 0x9FFF);
        // AND, OR, NOT, TO are query syntax, not words a user searches for.
        bool IsEnglish(string w) => w.Length >= 3 && w.All(char.IsAsciiLetter) && w is not ("AND" or "OR" or "NOT" or "TO");
        var common = documentFrequency.Where(e => e.Key.Length == 2 && IsHan(e.Key))
            .OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Take(200).Select(e => e.Key).ToList();
        var longWords = documentFrequency.Where(e => e.Key.Length >= 4 && IsHan(e.Key))
            .OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key).ToList();
        var english = documentFrequency.Where(e => IsEnglish(e.Key))
            .OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key).ToList();

        var queries = new List<ScaleQuery>();
        queries.AddRange(Pick(common, perKind, random).Select(w => new ScaleQuery("common word", w)));
        queries.AddRange(Pick(longWords, perKind, random).Select(w => new ScaleQuery("long word", w)));
        for (var i = 0; i < perKind * 4 && queries.Count(q => q.Kind == "two words") < perKind; i++)
        {
            var words = perText[random.Next(perText.Count)].Where(w => w.Length >= 2 && IsHan(w)).ToList();
            if (words.Count >= 2)
            {
                var first = random.Next(words.Count - 1);
                var second = Math.Min(words.Count - 1, first + 1 + random.Next(3));
                if (words[first] != words[second])
                {
                    queries.Add(new ScaleQuery("two words", words[first] + " " + words[second]));
                }
            }
        }

        queries.AddRange(Pick(english, perKind, random).Select(w => new ScaleQuery("English word", w)));
        queries.AddRange(Pick(longWords, perKind, random)
            .Select(w => new ScaleQuery("question", string.Format(System.Globalization.CultureInfo.InvariantCulture, QuestionForms[random.Next(QuestionForms.Length)], w))));
        return queries;
    }

    private static List<string> Pick(List<string> from, int count, Random random) =>
        from.Count <= count ? [.. from] : Enumerable.Range(0, count).Select(_ => from[random.Next(from.Count)]).Distinct(StringComparer.Ordinal).ToList();
}
