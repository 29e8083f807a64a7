using System.Security.Cryptography;
using System.Text;

namespace LmecKnowledgeSearch.Evaluation.ReadingComprehension;

/// <summary>
/// Writes one text document per paragraph of a reading-comprehension set (its article title as the first line) into a
/// folder named by the set file's hash, so an unchanged file is written and indexed once.
/// </summary>
public static class ComprehensionCorpus
{
    public static string FolderFor(string setPath, string root)
    {
        ArgumentNullException.ThrowIfNull(setPath);
        ArgumentNullException.ThrowIfNull(root);
        var hash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(setPath)))[..16].ToLowerInvariant();
        return Path.Combine(root, hash);
    }

    /// <summary>Writes the documents (once); returns the corpus folder.</summary>
    public static string Write(IReadOnlyList<ComprehensionArticle> articles, string folder)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var corpus = Path.Combine(folder, "corpus");
        if (Directory.Exists(corpus))
        {
            return corpus;
        }

        var staging = corpus + ".partial";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        foreach (var article in articles)
        {
            foreach (var paragraph in article.Paragraphs)
            {
                var name = string.Concat(paragraph.Id.Select(c => char.IsLetterOrDigit(c) || c is '_' or '-' ? c : '_')) + ".txt";
                File.WriteAllText(Path.Combine(staging, name), $"{article.Title}\n\n{paragraph.Context}\n", new UTF8Encoding(false));
            }
        }

        Directory.Move(staging, corpus);
        return corpus;
    }
}
