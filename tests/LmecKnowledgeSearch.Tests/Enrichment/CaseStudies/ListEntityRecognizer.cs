
namespace LmecKnowledgeSearch.Tests.Enrichment.CaseStudies;

/// <summary>A hand-written recogniser over a fixed list of surface forms (longest match wins, no overlaps).</summary>
public sealed class ListEntityRecognizer : IEntityRecognizer
{
    private readonly (string Surface, string Name)[] _entries;

    public ListEntityRecognizer(params (string Surface, string Name)[] entries)
    {
        _entries = [.. entries.OrderByDescending(e => e.Surface.Length)];
    }

    public static ListEntityRecognizer Places { get; } = new(
        ("柬埔寨", "柬埔寨"), ("暹粒", "暹粒"), ("Phnom Kulen", "Phnom Kulen"), ("中国", "中国"), ("云南省", "云南"), ("云南", "云南"),
        ("西双版纳州", "西双版纳"), ("西双版纳", "西双版纳"), ("勐腊", "勐腊"), ("纳板河", "纳板河"), ("广西壮族自治区", "广西"),
        ("广西", "广西"), ("贵港", "贵港"), ("珠江", "珠江"), ("东江", "东江"), ("澜沧江", "澜沧江"), ("湄公河", "湄公河"),
        ("澜湄", "澜湄"), ("北京", "北京"), ("昆明", "昆明"), ("洱海", "洱海"), ("大理", "大理"),
        ("Cambodia", "柬埔寨"), ("Kratie", "桔井"), ("Thailand", "泰国"), ("Bangkok", "曼谷"), ("Mekong", "湄公河"), ("Vietnam", "越南"),
        ("An Giang", "安江"));

    public static ListEntityRecognizer Organisations { get; } = new(
        ("联合国环境规划署", "联合国环境规划署"), ("斯德哥尔摩环境研究所", "斯德哥尔摩环境研究所"), ("SEI", "斯德哥尔摩环境研究所"),
        ("生态环境部", "生态环境部"), ("ECOM", "ECOM集团"), ("保护国际基金会", "保护国际基金会"), ("世界自然基金会", "世界自然基金会"),
        ("克莱恩斯欧洲环保协会", "克莱恩斯欧洲环保协会"), ("野生生物保护协会", "野生生物保护协会"), ("乐施会", "乐施会"),
        ("澜沧江-湄公河环境合作中心", "澜沧江-湄公河环境合作中心"), ("USAID", "美国国际开发署"), ("Mekong River Commission", "湄公河委员会"),
        ("Delta Resilience Institute", "Delta Resilience Institute"));

    public IReadOnlyList<EntityMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var taken = new bool[text.Length];
        var found = new List<EntityMention>();
        foreach (var (surface, name) in _entries)
        {
            for (var i = text.IndexOf(surface, StringComparison.Ordinal); i >= 0; i = text.IndexOf(surface, i + 1, StringComparison.Ordinal))
            {
                if (!taken.AsSpan(i, surface.Length).Contains(true))
                {
                    taken.AsSpan(i, surface.Length).Fill(true);
                    found.Add(new EntityMention(name, surface, i, surface.Length));
                }
            }
        }

        return [.. found.OrderBy(m => m.Start)];
    }
}
