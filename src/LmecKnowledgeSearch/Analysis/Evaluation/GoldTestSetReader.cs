using System.Text;

namespace LmecKnowledgeSearch.Analysis.Evaluation;

/// <summary>Reads the segmentation test sets under ../shared/bench/segmentation (SIGHAN-2005 gold files, UD .conllu).</summary>
public static class GoldTestSetReader
{
    /// <summary>SIGHAN gold: one sentence per line, words separated by spaces (the input text is the words joined).</summary>
    public static GoldTestSet ReadSighan(string name, string goldPath, string? trainingWordsPath)
    {
        ArgumentNullException.ThrowIfNull(goldPath);
        var sentences = new List<GoldSentence>();
        foreach (var line in File.ReadLines(goldPath, Encoding.UTF8))
        {
            var words = line.Split([' ', '\t', '\r', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0)
            {
                sentences.Add(new GoldSentence(string.Concat(words), words));
            }
        }

        return new GoldTestSet(name, sentences, ReadWordList(trainingWordsPath));
    }

    /// <summary>UD CoNLL-U: the word forms of each sentence (Chinese UD has no multi-word tokens to expand).</summary>
    public static GoldTestSet ReadConllu(string name, string conlluPath)
    {
        ArgumentNullException.ThrowIfNull(conlluPath);
        var sentences = new List<GoldSentence>();
        var words = new List<string>();
        foreach (var line in File.ReadLines(conlluPath, Encoding.UTF8))
        {
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length > 1 && !columns[0].Contains('-') && !columns[0].Contains('.'))
            {
                words.Add(columns[1]);
            }
        }

        Flush();
        return new GoldTestSet(name, sentences, new HashSet<string>());

        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(new GoldSentence(string.Concat(words), words.ToArray()));
                words.Clear();
            }
        }
    }

    private static HashSet<string> ReadWordList(string? path)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (path is null || !File.Exists(path))
        {
            return set;
        }

        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var word = line.Trim();
            if (word.Length > 0)
            {
                set.Add(word);
            }
        }

        return set;
    }
}
