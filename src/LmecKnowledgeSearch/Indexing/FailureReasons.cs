using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Indexing;

/// <summary>
/// Failure reasons are shown to anyone who can read the status (GET /api/status included): exception messages name
/// absolute paths (the corpus folder, temp files of a parser), which tell a stranger about the machine and nothing
/// the user needs. The file is named by its corpus-relative path; any other absolute path by its file name.
/// </summary>
public static partial class FailureReasons
{
    public static string WithoutPaths(string reason, string filePath, string source, string root)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var text = reason.Replace(filePath, source, StringComparison.Ordinal);
        if (root.Length > 1)
        {
            text = text.Replace(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
        }

        return WithoutAbsolutePaths(text);
    }

    /// <summary>Every absolute path in <paramref name="text"/> replaced by its last segment.</summary>
    public static string WithoutAbsolutePaths(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AbsolutePath().Replace(text, match => Path.GetFileName(match.Value.TrimEnd('/', '\\')));
    }

    // Unix paths of two or more segments, and Windows drive paths.
    [GeneratedRegex(@"(?<![\w.])(?:/[^\s/'""`:;,()<>]+){2,}/?|\b[A-Za-z]:\\[^\s'""`;,()<>]+")]
    private static partial Regex AbsolutePath();
}
