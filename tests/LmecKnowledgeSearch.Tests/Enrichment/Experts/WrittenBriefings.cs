namespace LmecKnowledgeSearch.Tests.Enrichment.Experts;

/// <summary>Short briefings written for these tests (invented people and organisations), in shapes the seed does not use.</summary>
public static class WrittenBriefings
{
    /// <summary>English briefing: "Name, Title, Organisation" on one line, a view without affiliation,
    /// an honorific, a "Contact" block with English labels and an "About us" section.</summary>
    public const string English = """
        Mekong Water Futures Network

        Newsletter

        Issue 7, 2023

        14 March 2023

        River Basin Dialogue on Nature-based Flood Management: Expert Views

        On 2 March 2023, the Network and its partners held the River Basin Dialogue on Nature-based Flood Management in Bangkok. More than 120 participants from ministries, universities and community groups attended the meeting.

        The second session looked at how wetlands and floodplains can reduce flood risk for villages. Key points from the speakers are summarised below.

        Helen Marsh, Senior Programme Officer, Delta Resilience Institute

        Our institute restored 40 hectares of floodplain wetland near Kratie together with three villages. Peak flood levels in the pilot area dropped noticeably in the following wet season, and fish catches recovered within two years.

        Somchai Rattanakorn
        Director, Department of Water Planning

        Provincial plans now treat floodplains as infrastructure. We mapped retention areas across four provinces and agreed compensation rules with farmers who accept seasonal flooding on their land.

        Nguyen Thi Lan

        Women in the floodplain villages carry most of the recovery work after a flood. Any scheme that pays for water storage on farmland should pay the people who actually work the land, and should be explained in the local language.

        Dr. Peter van Dijk – Associate Professor, Riverine Ecology Group, Lowland University

        Sediment matters as much as water. Dams upstream have cut the sediment load, so the delta is sinking while the sea is rising, and wetland restoration has to be planned with sediment flows in mind.

        Contact

        Address: 88 Riverside Road, Bangkok 10200
        Tel: +66 2 000 0000
        Email: info@example.org
        Website: www.example.org

        About us

        The Mekong Water Futures Network is a group of researchers and practitioners that aims to connect river science with local decisions.
        """;

    /// <summary>Chinese briefing: bracketed and comma-separated affiliations, affiliation before the name, a name
    /// with an inner space, a view without affiliation, and a contact block worded differently (联系方式, 联系人).</summary>
    public const string Chinese = """
        西南生态发展研究会

        工作简报

        第3期（总第15期）

        2023年9月8日

        高原湖泊流域保护座谈会专家发言摘要

        2023年8月25日，西南生态发展研究会在昆明召开高原湖泊流域保护座谈会，来自高校、科研机构和地方政府的约80名代表参加会议。

        与会专家围绕湖泊流域综合治理、农业面源污染控制等议题发表了看法，现将主要观点整理如下。

        欧阳明远（滇池研究所副所长）

        过去五年，我们在湖滨带开展了退耕还湿试点，累计恢复湿地一千二百亩，入湖总磷负荷明显下降。下一步需要把试点经验写入流域规划，并建立长期监测制度。

        高原湖泊保护基金会项目官员
        赵 敏

        基金会与三个村庄合作建立了生态补偿机制，村民按照减少化肥使用的面积获得补偿。补偿标准每年由村民大会讨论确定，这让农户真正参与到流域保护中来。

        林晓峰，云南大学生态学与环境学院教授

        湖泊治理不能只盯着湖内，流域内的土地利用变化才是根本原因。建议建立跨部门的流域数据共享平台，把水质、土地利用和农业生产数据放在一起分析。

        周慧

        农村妇女是农业生产的主力，在推广减肥减药技术时应当专门面向妇女开展培训，并在合作社中给她们更多发言权。

        联系方式

        联系人：王老师
        地址：云南省昆明市五华区学府路100号
        电话：0871-0000000
        邮箱：office@example.cn

        西南生态发展研究会：西南生态发展研究会成立于2010年，是致力于西南地区生态保护与可持续发展研究的非营利学术组织。
        """;

    /// <summary>Mixed briefing with decorated and unusual headers: list numbering, markdown emphasis, a transliterated
    /// foreign name with a middle dot and its title on the next line, a two-line English affiliation, an initial in an
    /// English name, a header sharing its line with the statement, a view without affiliation, and a news-style quote
    /// ("…, said: “…”") that is not a header, and role labels (发言人：, Speaker:) before the name.</summary>
    public const string Decorated = """
        湄公河发展论坛

        简报

        2024年 第2期

        2024年3月1日

        流域韧性研讨会专家观点

        2024年2月20日，湄公河发展论坛在万象召开流域韧性研讨会，约60人参加。

        1. 陈明 水利部水利水电规划设计总院高级工程师

        我们在三个流域开展了洪水预警试点，预警时间提前了六个小时，沿岸社区因此减少了损失。

        塔妮娅·苏万 泰国自然资源与环境部
        水资源司司长

        泰国在东北部建立了村级水资源管理委员会，农户参与分配灌溉用水，旱季用水矛盾明显减少。

        **李 华** 中国科学院地理科学与资源研究所研究员

        遥感数据表明，流域内森林覆盖率在过去十年有所上升，但湿地面积仍在减少，需要在规划中给湿地留出空间。

        Somchai Rattanakorn
        Director, Department of Water Planning,
        Ministry of Natural Resources and Environment

        Provincial plans now treat floodplains as infrastructure, and we mapped retention areas across four provinces with the farmers who accept seasonal flooding.

        John K. Smith, Research Fellow, Mekong Institute

        Data sharing between upstream and downstream countries has improved, but the data still arrive too late to help farmers plan their planting.

        王建国（西南大学资源环境学院教授）：流域治理要把上下游的利益放在一起算账，否则补偿机制很难持续。

        Mary Jones, director of the Delta Fund, said: “Rural households need flood insurance that pays out within days, not months.”

        发言人：刘志强，云南大学国际河流与生态安全研究院副研究员

        跨境河流的泥沙和鱼类洄游数据仍然分散在各国，我们建议先从共享监测方法做起，再逐步共享数据。

        Speaker: Ms. Anna Berg (WWF Thailand)

        Community fish conservation zones have worked where villages set the rules themselves and the district recognised them.

        黄丽

        女性在灾后恢复中承担了大部分工作，但她们很少参与预警信息的发布和决策，这一点需要改变。

        联系我们

        地址：万象市滨江路1号
        电话：+856-21-000000
        """;
}
