using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Enrichment.Metadata;

/// <summary>What the classifier knows about a document beyond its text.</summary>
internal sealed record DocumentShape(bool HasBriefingMasthead, bool HasExpertViews, string Title, int HeadingCount);

/// <summary>
/// Assigns one of <see cref="DocumentTypes"/> from signals in the text: a briefing masthead or expert views, a
/// paper's apparatus (摘要, 关键词, 参考文献, DOI), a news dateline, minutes' labels (时间/地点/参会人员), a report's length
/// and chapters.
/// </summary>
internal sealed partial class DocumentTypeClassifier
{
    private const int NewsMaxLength = 6000;
    private const int ReportMinLength = 8000;

    public string Classify(string text, DocumentShape shape)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(shape);
        var head = text.Length > 3000 ? text[..3000] : text;
        if (shape.HasBriefingMasthead)
        {
            return DocumentTypes.Briefing;
        }

        // Minutes record speakers too: without a masthead, a notes title or the minutes' labels decide before the views do.
        if (NotesTitle().IsMatch(shape.Title) || NotesTitle().IsMatch(head.Length > 300 ? head[..300] : head) || NotesLabel().Matches(head).Count >= 3)
        {
            return DocumentTypes.Notes;
        }

        if (shape.HasExpertViews)
        {
            return DocumentTypes.Briefing;
        }

        if (PaperSignals(text) >= 2)
        {
            return DocumentTypes.Paper;
        }

        if (NewsDateline().IsMatch(head) || NewsMarker().IsMatch(head))
        {
            return DocumentTypes.News;
        }

        if (ReportTitle().IsMatch(shape.Title) || (text.Length >= ReportMinLength && (shape.HeadingCount >= 3 || ReportMarker().IsMatch(head))))
        {
            return DocumentTypes.Report;
        }

        // A short dated article: a blog post, a press release, a news story without a dateline.
        if (text.Length <= NewsMaxLength && AnyDate().IsMatch(head))
        {
            return DocumentTypes.News;
        }

        return DocumentTypes.Other;
    }

    private static int PaperSignals(string text)
    {
        var signals = 0;
        signals += Abstract().IsMatch(text) ? 1 : 0;
        signals += Keywords().IsMatch(text) ? 1 : 0;
        signals += References().IsMatch(text) ? 1 : 0;
        signals += Doi().IsMatch(text) ? 1 : 0;
        signals += JournalApparatus().IsMatch(text) ? 1 : 0;
        return signals;
    }

    [GeneratedRegex(@"纪要|会议记录|会议笔记|会谈记录|座谈记录|\bminutes\b|meeting notes|notes (?:of|from) the|call notes", RegexOptions.IgnoreCase)]
    private static partial Regex NotesTitle();

    [GeneratedRegex(@"(?m)^\s*(?:时间|地点|会议时间|会议地点|参会人员|与会人员|参会单位|出席人员|主持人|主持|记录人|记录|议题|会议议程|Attendees|Participants|Present|Apologies|Agenda|Venue|Chair|Action items|Minutes taken by)\s*[:：]")]
    private static partial Regex NotesLabel();

    [GeneratedRegex(@"(?m)^\s*(?:#+\s*)?(?:摘\s*要|Abstract|ABSTRACT)\s*(?:[:：]|$)|摘\s*要\s*[:：]|\bAbstract\s*[:：.]")]
    private static partial Regex Abstract();

    [GeneratedRegex(@"关键词\s*[:：]|关键字\s*[:：]|\bKey\s*words?\s*[:：]|\bKEY\s*WORDS\b", RegexOptions.IgnoreCase)]
    private static partial Regex Keywords();

    [GeneratedRegex(@"(?m)^\s*(?:#+\s*)?(?:参考文献|References|REFERENCES|Bibliography|Literature Cited)\s*(?:[（(][^）)]{0,20}[）)])?\s*[:：]?\s*$")]
    private static partial Regex References();

    [GeneratedRegex(@"\bDOI\s*[:：]\s*10\.\d{4,}|doi\.org/10\.\d{4,}|\bdoi\s*[:：]?\s*10\.\d{4,}/", RegexOptions.IgnoreCase)]
    private static partial Regex Doi();

    [GeneratedRegex(@"中图分类号|文献标识码|文章编号|收稿日期|基金项目|通讯作者|Corresponding author", RegexOptions.IgnoreCase)]
    private static partial Regex JournalApparatus();

    // "2023-08-06 15:13，正文：", "新华社北京5月20日电", "本报讯", "（记者 …）", "原标题：".
    [GeneratedRegex(@"^\s*(?:\[?\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?\]?|\d{1,2}[-/]\d{1,2})?[^，,]{0,20}[，,]\s*正文\s*[:：]|新华社.{0,12}电|中新网.{0,12}电|本报讯|本报记者|（记者[^）]{1,20}）|原标题\s*[:：]|\((?:Reuters|AP|AFP|Xinhua)\)|—\s*Xinhua|\bXinhua\b.{0,20}\b(?:reported|said)\b")]
    private static partial Regex NewsDateline();

    [GeneratedRegex(@"来源\s*[:：]\s*\S{2,20}(?:网|报|社|台|新闻)|责任编辑\s*[:：]")]
    private static partial Regex NewsMarker();

    [GeneratedRegex(@"报告|决策者摘要|白皮书|蓝皮书|评估|行动方案|规划|战略|指南|\b(?:Report|White Paper|Assessment|Summary for Policy ?makers|Strategy|Guidelines?|Roadmap|Outlook|Review)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportTitle();

    [GeneratedRegex(@"目\s*录|执行摘要|前\s*言|第[一二三四五六七八九十\d]+章|Executive Summary|Table of Contents|\bContents\b|Foreword|Chapter\s+\d", RegexOptions.IgnoreCase)]
    private static partial Regex ReportMarker();

    [GeneratedRegex(@"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2}|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}")]
    private static partial Regex AnyDate();
}
