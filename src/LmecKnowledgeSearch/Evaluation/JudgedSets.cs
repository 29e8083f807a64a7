namespace LmecKnowledgeSearch.Evaluation;

/// <summary>One relevant document; renditions of the same document (its .pdf and .docx) are alternatives that count once.</summary>
public sealed record RelevantDocument(IReadOnlyList<string> Sources, int Grade);

/// <summary>A query with the documents a careful reader calls relevant. Kind is "same" or "cross" (language).</summary>
public sealed record JudgedQuery(string Id, string Kind, string Query, IReadOnlyList<RelevantDocument> Relevant);

/// <summary>A question with acceptable answers (any one, matched after normalising), or none when the documents cannot answer it.</summary>
public sealed record JudgedQuestion(string Id, string Language, string Question, IReadOnlyList<string> Answers, string? CitedSpeaker)
{
    public bool Answerable => Answers.Count > 0;
}

/// <summary>Reads the judged query and question files (TSV with a header line; '#' lines are comments).</summary>
public static class JudgedSets
{
    public static IReadOnlyList<JudgedQuery> ReadQueries(string path) =>
        Rows(path, 4).Select(r => new JudgedQuery(
            r[0],
            r[1],
            r[2],
            r[3].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(ParseRelevant)
                .ToList())).ToList();

    public static IReadOnlyList<JudgedQuestion> ReadQuestions(string path) =>
        Rows(path, 5).Select(r => new JudgedQuestion(
            r[0],
            r[1],
            r[2],
            r[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            string.IsNullOrWhiteSpace(r[4]) ? null : r[4].Trim())).ToList();

    private static RelevantDocument ParseRelevant(string entry)
    {
        var equals = entry.LastIndexOf('=');
        if (equals < 0 || !int.TryParse(entry[(equals + 1)..], out var grade))
        {
            throw new LmecException(LmecErrorKind.InvalidInput, $"judged document '{entry}' needs '=grade'");
        }

        return new RelevantDocument(entry[..equals].Split('|', StringSplitOptions.TrimEntries), grade);
    }

    private static IEnumerable<string[]> Rows(string path, int columns)
    {
        if (!File.Exists(path))
        {
            throw new LmecException(LmecErrorKind.InvalidInput, $"judged set not found: {path}");
        }

        var header = true;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < columns - 1)
            {
                throw new LmecException(LmecErrorKind.InvalidInput, $"{path}: expected {columns} tab-separated columns in '{line}'");
            }

            yield return cells.Length >= columns ? cells : [.. cells, string.Empty];
        }
    }
}
