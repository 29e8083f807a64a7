using System.Text.RegularExpressions;
using LmecKnowledgeSearch.Enrichment.Experts;

namespace LmecKnowledgeSearch.Enrichment.Metadata;

/// <summary>
/// Reads the authors a document states: a labelled line (作者：, By, Authors:) or, for papers, the line of names under
/// the title ("于丹丹*，吕楠，傅伯杰", "ANDREA SANTANGELI1, ENRICO DI MININ2 and ATTE MOILANEN1"), where PDF conversion
/// may have glued the first affiliation onto the last name.
/// </summary>
internal sealed partial class AuthorLineReader
{
    private const int MaxAuthors = 30;
    private readonly PersonNameRecognizer _names = new();

    /// <summary>Names from a line labelled as the authors, or an empty list.</summary>
    public IReadOnlyList<string> FromLabelledLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var labelled = AuthorLabel().Match(line.Trim());
        return labelled.Success ? ReadNames(labelled.Groups["names"].Value, minShare: 0.5) : [];
    }

    /// <summary>Names from an unlabelled byline: all (or nearly all) of its parts must be names.</summary>
    public IReadOnlyList<string> FromByline(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return ReadNames(line, minShare: 0.75);
    }

    private List<string> ReadNames(string text, double minShare)
    {
        var cleaned = Superscripts().Replace(text, " ");
        var parts = Separators().Split(cleaned).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count == 0)
        {
            return [];
        }

        var names = new List<string>();
        var considered = 0;
        foreach (var part in parts)
        {
            considered++;
            if (_names.AsName(part) is { } name)
            {
                names.Add(name);
                continue;
            }

            // PDF conversion glues the affiliation to the last author: "傅伯杰中国科学院生态环境研究中心".
            if (GluedName(part) is { } glued)
            {
                names.Add(glued);
            }
            else
            {
                considered--;
            }

            break;
        }

        return names.Count > 0 && names.Count >= minShare * considered && names.Count <= MaxAuthors
            ? names.Distinct().ToList()
            : [];
    }

    private string? GluedName(string part)
    {
        for (var length = 3; length >= 2; length--)
        {
            if (part.Length > length + 2 && _names.AsChineseName(part[..length]) is { } name && AffiliationStart().IsMatch(part[length..]))
            {
                return name;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:(?:作\s*者|著者|撰稿|撰文|文|Authors?|Written by)\s*[:：|]|By\s)\s*(?<names>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorLabel();

    // Footnote marks, affiliation numbers and LaTeX superscripts: "于丹丹\*", "SANTANGELI1'²", "$^ 4$".
    [GeneratedRegex(@"\$[^$]*\$|\\\*|[*＊†‡§¹²³⁴⁵⁶⁷⁸⁹⁰'’]|(?<=\p{L})\d+|\b\d+\b")]
    private static partial Regex Superscripts();

    [GeneratedRegex(@"\s*(?:[,，、;；]+|\band\b|&)\s*")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?:中国|国家|[\p{IsCJKUnifiedIdeographs}]{0,8}(?:大学|学院|研究院|研究所|科学院|研究中心|中心|实验室|局|厅|公司))")]
    private static partial Regex AffiliationStart();
}
