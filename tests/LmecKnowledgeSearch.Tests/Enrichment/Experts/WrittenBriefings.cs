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
}
