namespace LmecKnowledgeSearch.TextPrimitives;

/// <summary>How a dictionary name is compared with text.</summary>
public enum NameMatchMode
{
    /// <summary>Case-insensitive; Latin ends of the name must sit on word boundaries. Used for names in any script.</summary>
    Name,

    /// <summary>Case-sensitive whole word, for acronyms such as "SEI" (so "CI" never matches inside "CITY" or "social").</summary>
    Acronym,
}

/// <summary>A dictionary hit: where it is and which value it stands for.</summary>
public readonly record struct NameMatch<T>(int Start, int Length, T Value)
{
    public int End => Start + Length;
}

/// <summary>
/// Multi-pattern longest match over a character trie. Walking the trie from every start is bounded by the longest
/// name, so the cost is roughly linear in the text; Chinese needs no word boundaries, Latin ends of a name must not
/// sit inside a longer Latin word.
/// </summary>
public sealed class NameMatcher<T>
{
    private readonly Node foldedRoot = new();
    private readonly Node exactRoot = new();

    public int Count { get; private set; }

    public void Add(string name, T value, NameMatchMode mode)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            return;
        }

        var node = mode == NameMatchMode.Acronym ? exactRoot : foldedRoot;
        foreach (var c in trimmed)
        {
            var key = mode == NameMatchMode.Acronym ? TextFolding.Fold(c) : TextFolding.FoldIgnoreCase(c);
            node.Next ??= new Dictionary<char, Node>();
            if (!node.Next.TryGetValue(key, out var child))
            {
                child = new Node();
                node.Next[key] = child;
            }

            node = child;
        }

        // The first value registered for a surface wins, so data order decides ambiguous names.
        if (!node.HasValue)
        {
            node.HasValue = true;
            node.Value = value;
            node.LatinStart = TextFolding.IsLatinWordChar(trimmed[0]);
            node.LatinEnd = TextFolding.IsLatinWordChar(trimmed[^1]);
            Count++;
        }
    }

    /// <summary>For every start position, the longest name that matches there (possibly overlapping other hits).</summary>
    public List<NameMatch<T>> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hits = new List<NameMatch<T>>();
        for (var i = 0; i < text.Length; i++)
        {
            var startsMidWord = i > 0 && TextFolding.IsLatinWordChar(text[i - 1]);
            var folded = Longest(foldedRoot, text, i, startsMidWord, ignoreCase: true);
            var exact = Longest(exactRoot, text, i, startsMidWord, ignoreCase: false);
            var best = exact.Length > folded.Length ? exact : folded;
            if (best.Length > 0 && !(TextFolding.IsLatinWordChar(text[i]) && TextFolding.IsInsideUrl(text, i, best.End)))
            {
                hits.Add(best);
            }
        }

        return hits;
    }

    private static NameMatch<T> Longest(Node root, string text, int start, bool startsMidWord, bool ignoreCase)
    {
        var node = root;
        var best = default(NameMatch<T>);
        for (var j = start; j < text.Length; j++)
        {
            var key = ignoreCase ? TextFolding.FoldIgnoreCase(text[j]) : TextFolding.Fold(text[j]);
            if (node.Next is null || !node.Next.TryGetValue(key, out var child))
            {
                break;
            }

            node = child;
            if (!node.HasValue || (node.LatinStart && startsMidWord))
            {
                continue;
            }

            var endsMidWord = j + 1 < text.Length && TextFolding.IsLatinWordChar(text[j + 1]);
            if (node.LatinEnd && endsMidWord)
            {
                continue;
            }

            best = new NameMatch<T>(start, j + 1 - start, node.Value!);
        }

        return best;
    }

    private sealed class Node
    {
        public Dictionary<char, Node>? Next;
        public bool HasValue;
        public T? Value;
        public bool LatinStart;
        public bool LatinEnd;
    }
}
