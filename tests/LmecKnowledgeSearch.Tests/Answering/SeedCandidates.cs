using System.Text.RegularExpressions;
using LmecKnowledgeSearch.Answering;
using LmecKnowledgeSearch.Tests.Fixtures;

namespace LmecKnowledgeSearch.Tests.Answering;

/// <summary>
/// Candidates cut from the seed briefing by paragraph, with the expert views' speaker and affiliation attached by hand
/// (the real extractor belongs to another stage), scored by a plain bigram overlap standing in for retrieval.
/// </summary>
internal static partial class SeedCandidates
{
    // Speaker header as it starts a paragraph of the seed -> (speaker, affiliation) the view that follows is credited to.
    private static readonly (string Header, string Speaker, string Affiliation)[] Speakers =
    [
        ("Makiko Yashiro", "Makiko Yashiro", "联合国环境规划署亚太区办公室生态系统管理项目官员/区域协调员"),
        ("Thanapon Piman", "Thanapon Piman", "斯德哥尔摩环境研究所（SEI）高级研究员"),
        ("Tatirose Vijitpan", "Tatirose Vijitpan", "联合国环境规划署国际生态系统管理伙伴计划大湄公河次区域项目协调员"),
        ("陈英豪", "陈英豪", "澜沧江-湄公河环境合作中心/生态环境部对外合作与交流中心副研究员"),
        ("张 燕", "张燕", "云南省西双版纳州生态环境局专家"),
        ("吴万洲", "吴万洲", "广西壮族自治区生态环境厅一级调研员/应对气候变化与区域合作专家"),
        ("张海涯", "张海涯", "ECOM集团普洱天辰咖啡有限公司可持续管理服务中国区经理"),
        ("吴伟玲", "吴伟玲", "保护国际基金会淡水项目经理"),
        ("李楠", "李楠", "世界自然基金会北京代表处项目主任"),
        ("龙迪", "龙迪", "克莱恩斯欧洲环保协会北京代表处首席代表"),
        ("康蔼黎", "康蔼黎", "野生生物保护协会区域策略主任"),
        ("宋扬", "宋扬", "乐施会高级项目主管"),
    ];

    public static IReadOnlyList<AnswerCandidate> All()
    {
        var candidates = new List<AnswerCandidate>();
        (string Speaker, string Affiliation)? pending = null;
        var paragraphs = BlankLines().Split(TestCorpus.ReadSeed()).Select(p => p.Trim()).Where(p => p.Length > 0);
        foreach (var paragraph in paragraphs)
        {
            var header = Speakers.FirstOrDefault(s => paragraph.StartsWith(s.Header, StringComparison.Ordinal));
            if (header.Header is not null)
            {
                pending = (header.Speaker, header.Affiliation);
                continue;
            }

            candidates.Add(new AnswerCandidate(
                $"seed#{candidates.Count}",
                paragraph,
                pending?.Speaker,
                pending?.Affiliation,
                "lmec-briefing-2022-11.txt",
                "2022-05-20",
                0));
            pending = null;
        }

        return candidates;
    }

    /// <summary>All seed paragraphs with a retrieval score: the share of the query's bigrams/words found in the paragraph.</summary>
    public static IReadOnlyList<AnswerCandidate> For(string question, IQueryTermExpander? expander = null)
    {
        var query = question;
        if (expander is not null)
        {
            query += " " + string.Join(' ', Words().Matches(question).Select(m => m.Value).SelectMany(expander.Expand));
        }

        var keys = Keys(query);
        return All()
            .Select(c => c with { RetrievalScore = keys.Count == 0 ? 0 : (double)keys.Count(k => c.Text.Contains(k, StringComparison.OrdinalIgnoreCase)) / keys.Count })
            .OrderByDescending(c => c.RetrievalScore)
            .ToArray();
    }

    private static HashSet<string> Keys(string text)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match run in HanRuns().Matches(text))
        {
            for (var i = 0; i + 1 < run.Value.Length; i++)
            {
                keys.Add(run.Value.Substring(i, 2));
            }
        }

        foreach (Match word in Words().Matches(text))
        {
            if (word.Value.Length > 3)
            {
                keys.Add(word.Value);
            }
        }

        return keys;
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"[\u4e00-\u9fff]+")]
    private static partial Regex HanRuns();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Words();
}

/// <summary>A hand-written glossary with just the mappings the English test questions need.</summary>
internal sealed class FakeGlossary : IQueryTermExpander
{
    private static readonly Dictionary<string, string[]> Entries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["roundtable"] = ["圆桌对话"],
        ["held"] = ["召开"],
        ["organised"] = ["主办"],
        ["attended"] = ["参加"],
        ["people"] = ["人"],
        ["Oxfam"] = ["乐施会"],
        ["rural women"] = ["农村", "女性"],
        ["improve"] = ["提升"],
        ["hope"] = ["希望"],
        ["Beyond Water Boundaries"] = ["超越水边界框架"],
        ["framework"] = ["框架"],
        ["introduced"] = ["介绍"],
        ["Laos"] = ["老挝"],
        ["GDP"] = ["国内生产总值"],
        ["farmers"] = ["农户"],
        ["coffee"] = ["咖啡"],
        ["sustainable development"] = ["可持续发展"],
        ["projects"] = ["项目"],
        ["implemented"] = ["实施"],
        ["established"] = ["成立"],
        ["founded"] = ["成立"],
        ["Lancang-Mekong Environmental Cooperation Center"] = ["澜沧江-湄公河环境合作中心"],
        ["rubber"] = ["橡胶"],
        ["pilot"] = ["试点"],
        ["biomass"] = ["生物质"],
        ["fuel"] = ["燃料"],
        ["Guigang"] = ["贵港"],
        ["Conservation International"] = ["保护国际基金会"],
        ["Dongjiang"] = ["东江"],
        ["water management"] = ["水资源管理"],
        ["WWF"] = ["世界自然基金会"],
        ["proposed"] = ["提出"],
        ["initiative"] = ["倡议"],
        ["postcode"] = ["邮编"],
        ["UNEP"] = ["联合国环境规划署"],
        ["meeting"] = ["会议"],
        ["briefing"] = ["简报"],
        ["Yunnan"] = ["云南"],
        ["employees"] = ["员工"],
        ["population"] = ["人口"],
        ["Cambodia"] = ["柬埔寨"],
        ["World Cup"] = ["世界杯"],
        ["core ideas"] = ["核心理念"],
        ["tool"] = ["工具"],
        ["Mekong River"] = ["湄公河"],
        ["long"] = ["长"],
        ["services"] = ["服务"],
        ["funding"] = ["资金"],
        ["president"] = ["总统"],
        ["sustainable management"] = ["可持续管理"],
        ["take part"] = ["参与"],
    };

    public IReadOnlyList<string> Expand(string term) => Entries.TryGetValue(term, out var found) ? found : [];
}
