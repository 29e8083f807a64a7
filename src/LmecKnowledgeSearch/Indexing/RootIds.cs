using System.Security.Cryptography;
using System.Text;

namespace LmecKnowledgeSearch.Indexing;

/// <summary>
/// Unit ids unique across indexed folders: `a/notes.md` and `b/notes.md` indexed together must not both be
/// `notes.md#0`. The index's primary root (the first folder it ever indexed, kept in the commit data) keeps the plain
/// `source#n` ids the public JSON and bookmarks already use; every other root's ids start with `~` and eight hex
/// digits of its full path's SHA-256 (`~1a2b3c4d/notes.md#0`), the same on every run.
/// </summary>
public static class RootIds
{
    public const char QualifiedMark = '~';

    /// <summary>The prefix of ids of units from <paramref name="root"/>: empty for the primary root.</summary>
    public static string PrefixOf(string root, string primaryRoot)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(primaryRoot);
        if (string.Equals(root, primaryRoot, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(root));
        return QualifiedMark + Convert.ToHexStringLower(hash)[..8] + "/";
    }

    public static bool IsQualified(string id) => id.StartsWith(QualifiedMark);

    /// <summary>The id of the document unit (#0) a unit id belongs to, root prefix kept.</summary>
    public static string DocumentIdOf(string unitId)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        var hash = unitId.LastIndexOf('#');
        return (hash < 0 ? unitId : unitId[..hash]) + "#0";
    }
}
