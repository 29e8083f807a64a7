using System.Text.RegularExpressions;
using LmecKnowledgeSearch.Enrichment.Experts;
using LmecKnowledgeSearch.Ingestion;

namespace LmecKnowledgeSearch.Enrichment.Metadata;

/// <summary>A document's title and the line it was printed on (null when it came from properties or the file name).</summary>
internal sealed record FoundTitle(string Text, int? Line);

/// <summary>
/// Picks a title: the file's own title property, front matter, the briefing's title line, the first heading, a
/// news item's 原标题, the first meaningful short line, the first sentence of a one-paragraph news item, the file name.
/// </summary>
internal sealed partial class TitleFinder
{
    private const int SearchLines = 30;
    private const int MaxTitleLength = 150;
    private const int MaxSentenceTitle = 60;

    public FoundTitle Find(IReadOnlyList<DocumentLine> lines, DocumentProperties properties, FrontMatter frontMatter, BriefingMasthead? masthead, string sourcePath)
    {
        // A briefing's printed title beats any stated one: readers guess a title from the first line or heading, and
        // in a briefing that line is the issuer's name.
        if (masthead?.TitleLine is { } titleLine)
        {
            return new FoundTitle(lines[titleLine].Text, titleLine);
        }

        if (CleanPropertyTitle(properties.Title) is { } stated)
        {
            var printedAt = lines.Take(SearchLines).Select((l, i) => (l.Text, Index: (int?)i)).FirstOrDefault(x => x.Text == stated).Index;
            return new FoundTitle(stated, printedAt);
        }

        if (frontMatter.First("title") is { } fromFrontMatter)
        {
            return new FoundTitle(fromFrontMatter, null);
        }

        var limit = Math.Min(lines.Count, SearchLines);
        for (var i = 0; i < limit; i++)
        {
            if (HeadingText(lines[i]) is { } heading && IsMeaningful(heading) && !GenericHeading().IsMatch(heading))
            {
                return new FoundTitle(heading, i);
            }
        }

        if (lines.Count > 0 && OriginalTitle().Match(lines[0].Text) is { Success: true } original)
        {
            return new FoundTitle(TrimRunOn(Undouble(original.Groups["title"].Value.Trim())), 0);
        }

        for (var i = 0; i < limit; i++)
        {
            var text = lines[i].Text;
            if (text.Length <= (HanCharacters.ContainsHan(text) ? 80 : MaxTitleLength) && IsMeaningful(text) && !text.Contains('。')
                && !BoilerplateDetector.IsContactField(text) && !DateOnly().IsMatch(text) && !Dateline().IsMatch(text))
            {
                return new FoundTitle(text, i);
            }
        }

        if (lines.Count > 0 && FirstSentence(lines[0].Text) is { } sentence)
        {
            return new FoundTitle(sentence, 0);
        }

        return new FoundTitle(Path.GetFileNameWithoutExtension(sourcePath), null);
    }

    private static string? HeadingText(DocumentLine line)
    {
        if (line.Kind is BlockKind.Title or BlockKind.Heading)
        {
            return line.Text;
        }

        var markdown = MarkdownHeading().Match(line.Text);
        return markdown.Success ? markdown.Groups["text"].Value.Trim() : null;
    }

    private static bool IsMeaningful(string text) =>
        text.Length is >= 4 and <= MaxTitleLength && text.Count(char.IsLetter) >= 4 && !text.StartsWith("---", StringComparison.Ordinal)
        && !IdentifierLine().IsMatch(text)
        && !text.StartsWith("![", StringComparison.Ordinal) && !UrlOrEmail().IsMatch(text) && !text.StartsWith('<');

    private static string? CleanPropertyTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var cleaned = OfficePrefix().Replace(title.Trim(), string.Empty);
        cleaned = FileExtension().Replace(cleaned, string.Empty).Trim();
        return cleaned.Length < 2 || UntitledWords().IsMatch(cleaned) || IdentifierLine().IsMatch(cleaned) ? null : cleaned;
    }

    private static string? FirstSentence(string text)
    {
        var body = Dateline().Replace(text, string.Empty);
        var end = body.IndexOfAny(['。', '！', '？', '\n']);
        var sentence = (end > 0 ? body[..end] : body).Trim();
        if (sentence.Length < 4)
        {
            return null;
        }

        if (sentence.Length <= MaxSentenceTitle)
        {
            return sentence;
        }

        var cut = sentence.LastIndexOfAny(['，', ',', '；'], MaxSentenceTitle);
        return cut >= 8 ? sentence[..cut] : sentence[..MaxSentenceTitle] + "…";
    }

    // Crawled news glue the headline to the first sentence ("…发展合作2023年7月27日夜里，…"): cut where the body starts.
    private static string TrimRunOn(string title)
    {
        if (title.Length <= MaxSentenceTitle)
        {
            return title;
        }

        var bodyStart = BodyStart().Match(title, 4);
        var cut = bodyStart.Success ? bodyStart.Index : title.IndexOf('，');
        var trimmed = cut >= 4 ? title[..cut] : title;
        return trimmed.Length <= MaxSentenceTitle ? trimmed : trimmed[..MaxSentenceTitle] + "…";
    }

    // News sites repeat the headline right after 原标题 ("原标题：XYXY 来源：…"); keep one copy.
    private static string Undouble(string title)
    {
        for (var half = title.Length / 2; half >= 4; half--)
        {
            if (title.Length >= half * 2 && title[..half] == title[half..(half * 2)])
            {
                return title[..half];
            }
        }

        return title;
    }

    [GeneratedRegex(@"\d{4}年|\d{1,2}月\d{1,2}日|近日|日前|记者|，")]
    private static partial Regex BodyStart();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^(?:DOI\b.*|(?:摘\s*要|Abstract|目\s*录|Contents|Table of Contents|引\s*言|前\s*言|Introduction|Keywords?|关键词|文章要点|Highlights|Summary|概要|Report|报告|Article|Research Article|Original Article|Review|研究论文|综述|论文)\s*[:：]?.{0,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericHeading();

    [GeneratedRegex(@"原标题\s*[:：]\s*(?<title>[^\s。]{4,120}?)(?:\s|来源[:：]|$)")]
    private static partial Regex OriginalTitle();

    [GeneratedRegex(@"^[\s\[]*(?:\d{4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}\s*日?|\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},?\s+\d{4})[\]\s]*$")]
    private static partial Regex DateOnly();

    [GeneratedRegex(@"^[^，,]{0,30}[，,]\s*正文\s*[:：]\s*")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^\s*<?(?:https?://|www\.)|^[\w.+\-]+@[\w\-]+\.", RegexOptions.IgnoreCase)]
    private static partial Regex UrlOrEmail();

    [GeneratedRegex(@"^Microsoft (?:Word|PowerPoint|Excel)\s*-\s*", RegexOptions.IgnoreCase)]
    private static partial Regex OfficePrefix();

    [GeneratedRegex(@"\.(?:docx?|pdf|pptx?|xlsx?|txt|md)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileExtension();

    [GeneratedRegex(@"^(?:untitled|无标题|新建|document\d*|title|slide \d+|PowerPoint Presentation)$", RegexOptions.IgnoreCase)]
    private static partial Regex UntitledWords();

    // Papers often open with their DOI or ISSN line, marked up as a heading; it names the paper, it is not its title.
    [GeneratedRegex(@"^\s*(?:DOI|doi|ISSN|issn|arXiv|https?://)\s*[:：]?\s*\S")]
    private static partial Regex IdentifierLine();
}
