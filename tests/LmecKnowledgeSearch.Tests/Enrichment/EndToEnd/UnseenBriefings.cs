namespace LmecKnowledgeSearch.Tests.Enrichment.EndToEnd;

/// <summary>
/// Briefing-like documents written for these tests (invented people; real organisations and places of the region),
/// each laid out differently from the seed, to check that the understanding stage generalises.
/// </summary>
public static class UnseenBriefings
{
    /// <summary>English LMEC briefing, four speakers with "Title, Organisation" on the line under the name.</summary>
    public const string English = """
        Lancang-Mekong Environmental Cooperation Center

        Briefing

        Issue 3, 2023

        8 March 2023

        Mekong Wetlands Roundtable: Community Livelihoods and Nature-based Solutions

        On 24 February 2023, the Lancang-Mekong Environmental Cooperation Center held the Mekong Wetlands Roundtable in Vientiane. About 80 participants from environment ministries, international organisations and research institutes attended the meeting.

        The main points made by the speakers are summarised below.

        Sophea Chan
        Programme Manager, Ministry of Environment of Cambodia

        In Stung Treng province we started a community fisheries pilot in 2021 with twelve villages along the Mekong. Villagers patrol the deep pools in the dry season, and fish catches in the protected pools have grown every year since the patrols began.

        Laura Bennett
        Senior Research Fellow, Stockholm Environment Institute

        Our work on the Tonle Sap shows that floodplain forests store large amounts of carbon and protect fish breeding grounds. Water allocation decisions should count these services, and the people who depend on them should have a voice in the decisions from the start.

        Vilay Phommachanh
        Deputy Director General, Department of Water Resources, Ministry of Natural Resources and Environment of Lao PDR

        Laos has prepared wetland management plans for two provinces. We learned that plans only work when district officers, farmers and women's groups draw the maps together, so every plan now begins with village mapping workshops.

        Tran Minh Duc
        Country Director, WWF-Viet Nam

        In the Mekong Delta, WWF has helped farmers in An Giang province switch from a third rice crop to flood-based farming. Letting the floods onto the fields in the wet season brings sediment and fish, cuts fertiliser costs and raises household incomes.

        Contact us

        Lancang-Mekong Environmental Cooperation Center
        No. 5 Houyingfang Hutong, Xicheng District, Beijing 100035
        Tel: +86-10-8226 0000
        Email: briefing@lmec.example.org
        Website: www.lmec.example.org

        About the Center: The Lancang-Mekong Environmental Cooperation Center was established in November 2017 in Beijing. It aims to promote environmental cooperation among the Lancang-Mekong countries and to provide a platform for dialogue on environment and development.
        """;

    /// <summary>Chinese briefing: series name, year and issue on one line, an ISO date, no English name; each speaker
    /// introduced by organisation then name, with the statement after a colon.</summary>
    public const string AffiliationFirst = """
        澜湄环境合作简报 2023年第2期

        2023-03-08

        澜湄流域湿地保护与社区生计交流会专家发言摘要

        2023年2月28日，澜沧江-湄公河环境合作中心在云南昆明举办澜湄流域湿地保护与社区生计交流会，来自澜湄六国的约120名代表参加会议。主要发言摘编如下。

        世界自然基金会 王明：湿地是澜湄流域最重要的生态基础设施之一。我们在云南大理洱海周边开展了湖滨湿地恢复项目，通过退塘还湿和种植本土水生植物，改善了入湖水质，周边村民也通过生态旅游增加了收入。

        国际自然保护联盟 陈丽华：保护地的管理离不开社区参与。在老挝琅勃拉邦，我们与当地村委会共同制定资源利用规则，村民参与巡护并获得补贴，森林砍伐明显减少，社区对保护工作的支持也在不断提高。

        云南大学生态学与环境学院 刘建国：气候变化正在改变澜沧江上游的径流过程。我们的研究表明，恢复高山草甸和源头湿地能够增强流域的调蓄能力，建议将湿地保护纳入流域综合规划和防洪减灾体系。

        联系方式
        地址：北京市西城区后英房胡同5号
        电话：010-8226 0000
        电子邮箱：news@lmec.example.org
        """;

    /// <summary>Meeting notes: 时间/地点/主持人 labels and 发言人： role labels before each speaker, no briefing masthead.</summary>
    public const string MeetingNotes = """
        澜湄生态走廊建设座谈会会议纪要

        时间：2023年6月15日
        地点：老挝万象
        主持人：周海

        会议围绕澜湄生态走廊建设的进展与合作需求进行了交流，与会代表分享了各自的实践经验。

        发言人：李佳 老挝国立大学环境科学系教授
        老挝北部的森林破碎化问题日益突出，野生动物迁徙通道受到农业扩张和道路建设的影响。我们建议在琅南塔省和中国西双版纳之间建立跨境生态廊道，开展联合监测和信息共享。

        发言人：Somsak Inthavong 老挝自然资源与环境部森林资源管理司司长
        老挝政府已将生态廊道纳入国家生物多样性战略。下一步将与周边国家合作，在保护区之间划定连通区域，同时通过发展林下经济保障社区生计。

        发言人：赵雪 中国科学院西双版纳热带植物园研究员
        西双版纳热带植物园在勐腊开展了亚洲象栖息地恢复示范，通过种植象食植物和建设生态廊道，减少了人象冲突。这一经验可以为澜湄国家的跨境保护提供参考。

        会议认为，应加强澜湄国家在生态廊道规划、监测和资金方面的合作。
        """;

    /// <summary>Chinese briefing: names with a space inside, affiliations on two lines, a compound surname.</summary>
    public const string SpacedNames = """
        澜沧江-湄公河环境合作中心

        简报

        2023年 第5期

        2023年7月12日

        澜湄气候适应与基于自然的解决方案研讨会 专家观点

        2023年6月28日，澜沧江-湄公河环境合作中心在北京举办澜湄气候适应与基于自然的解决方案研讨会，近150人线上线下参加了会议。相关专家观点摘编如下。

        林 晓
        云南省生态环境科学研究院
        气候变化研究所所长

        云南省在普洱市开展了基于自然的气候适应试点，通过恢复河岸植被和建设小型蓄水塘，减轻了干旱对咖啡和茶叶种植的影响。试点村农户的收入稳定性明显提高，这一做法正在向临沧市推广。

        欧阳 春
        泰国自然资源与环境部
        气候变化与环境司高级专家

        泰国在湄公河沿岸的廊开府推广红树林和湿地恢复，同时建立社区气候预警系统。妇女小组负责预警信息的传播和灾后互助，社区应对极端天气的能力得到增强。

        Nguyen Van Hai
        越南自然资源与环境部
        水资源管理局副局长

        湄公河三角洲面临海平面上升和咸水入侵的双重压力。越南在槟知省开展了以自然为基础的海岸防护项目，恢复红树林带，并帮助农户调整种植结构，从水稻转向虾稻轮作。

        联系我们

        澜沧江—湄公河环境合作中心
        北京市西城区后英房胡同5号
        邮编：100035
        电话：+86-10-8226 0000
        电子邮箱：briefing@lmec.example.org

        澜沧江-湄公河环境合作中心：澜沧江-湄公河环境合作中心于2017年11月在北京正式成立，旨在推动澜湄国家生态环境保护合作，为澜湄国家提供环境与发展对话平台。
        """;

    /// <summary>Short Chinese briefing: a masthead and only two speakers, one with name and affiliation on one line.</summary>
    public const string TwoSpeakers = """
        澜沧江-湄公河环境合作中心

        简报

        2024年 第1期

        2024年1月10日

        澜湄绿色发展伙伴对话会 专家观点

        2023年12月20日，澜湄绿色发展伙伴对话会在柬埔寨金边召开，约60人参加会议。

        黄文静
        联合国开发计划署驻华代表处气候变化项目官员

        联合国开发计划署在柬埔寨暹粒省支持社区开展可持续农业示范，通过推广节水灌溉和有机肥料，帮助农户适应降雨变化，同时减少化肥使用对洞里萨湖水质的影响。

        孙立平 乐施会项目经理

        乐施会在云南怒江州开展了农村妇女生计项目，支持妇女合作社发展特色种植和手工艺品销售，提升了农村女性在家庭和社区决策中的话语权。

        联系我们

        澜沧江—湄公河环境合作中心
        电话：+86-10-8226 0000
        电子邮箱：briefing@lmec.example.org
        """;
}

/// <summary>Meeting notes with two labelled speakers, in both languages: too few for a panel by affiliation alone.</summary>
public static class UnseenNotes
{
    /// <summary>Chinese minutes: two 发言人 entries, the second without affiliation, and a closing decision.</summary>
    public const string Chinese = """
        澜湄水资源合作工作组第三次会议记录

        会议时间：2023年9月20日
        会议地点：线上
        主持人：高峰

        发言人：杨柳 中国水利水电科学研究院高级工程师
        澜沧江干流水文站的数据显示，今年旱季的来水量明显低于多年平均水平。我们建议各国共享枯水期的调度信息，并联合评估下游湿地和渔业受到的影响。

        发言人：Bounmy Keola
        老挝南部的农户反映，灌溉用水在三月份最为紧张。去年地方政府在沙拉湾省试点了社区用水协会，由农户自己商定轮灌时间，上下游之间的用水纠纷明显减少。

        会议决定：下次会议前由秘书处汇总各国的枯水期调度数据。
        """;

    /// <summary>English call notes: "Speaker:" labels, one affiliation on the name's line, one speaker without, action items.</summary>
    public const string English = """
        Notes of the Mekong Sediment Working Group call

        Date: 12 September 2023
        Chair: Anna Lee
        Attendees: six members of the working group

        Speaker: Somchai Phongsavath, Senior Hydrologist, Mekong River Commission Secretariat
        Sediment monitoring at Kratie shows that the load reaching the delta has fallen by more than half over two decades. The secretariat proposes a joint sampling campaign with the national line agencies during the next wet season.

        Speaker: Mai Thi Hoa
        Farmers in the delta provinces already see the effect in their fields, where riverbanks collapse and the soil gets poorer every year. Local authorities want the sampling results shared in time for the land use plans that are being revised this year.

        Action items: the secretariat will circulate the sampling protocol before the next call.
        """;
}

/// <summary>Briefings whose speaker headers are numbered, bracketed or share the statement's line.</summary>
public static class UnseenHeaderForms
{
    /// <summary>Chinese: issue line alone, an issuer label, two 专题 sections, numbered speakers with the affiliation in
    /// brackets or after a comma, and editorial credits at the end.</summary>
    public const string Numbered = """
        主办：澜沧江-湄公河环境合作中心

        第12期

        2023年11月3日

        澜湄生物多样性保护与可持续利用论坛专家观点

        2023年10月18日，澜湄生物多样性保护与可持续利用论坛在云南西双版纳召开，来自六国的政府部门、科研机构和社会组织代表约200人参加了论坛。

        专题一：跨境保护地合作

        1. 王明（世界自然基金会北京代表处项目主任）

        世界自然基金会与当地林业部门合作，在西双版纳尚勇保护区和老挝南塔省之间开展了跨境亚洲象联合监测，建立了信息通报机制，双方巡护人员每季度交换一次监测数据。

        2. 李华，清华大学环境学院教授

        我们对澜沧江流域的鱼类多样性进行了十年的连续调查，发现梯级开发改变了洄游鱼类的分布。保护鱼类洄游通道需要把水电调度和栖息地保护结合起来考虑。

        专题二：社区参与与生计

        3. 阮氏梅 越南自然保护中心主任

        越南自然保护中心在广南省的社区林业项目中，支持村民组建护林队，并通过发展竹编和林下种植获得收入，村民参与保护的积极性明显提高。

        4. 陈志强（云南省林业和草原局副局长）

        云南省持续推进以国家公园为主体的自然保护地体系建设，在普洱和临沧等地开展了生态护林员制度，累计吸纳当地脱贫人口就业数万人。

        （责任编辑：周敏  审核：吴刚）
        """;

    /// <summary>English: speakers introduced inline before a colon, an "Issue No." line, "For more information" contact.</summary>
    public const string InlineEnglish = """
        LMEC Newsletter

        No. 4

        15 May 2023

        Lancang-Mekong Dialogue on Climate-resilient Agriculture: What the Experts Said

        On 28 April 2023, the Lancang-Mekong Dialogue on Climate-resilient Agriculture brought together about 90 participants in Phnom Penh to discuss how farmers can adapt to drought and floods.

        Dr. Jane Smith (Director, Mekong Futures Institute): Rainfall in the lower Mekong has become harder to predict, and smallholders carry most of the risk. In Battambang province, our institute worked with 300 households to test drought-tolerant rice varieties, and yields held up in the dry year of 2022.

        Somchai Rattanakorn, Deputy Director, Department of Agriculture of Thailand: Thailand has trained village volunteers in Ubon Ratchathani to run weather stations and share forecasts by phone. Farmers now decide when to plant with better information, and crop losses have fallen in the villages that joined.

        Nguyen Thu Trang, Gender Specialist, UN Women Viet Nam: Women in the Mekong Delta often lack land titles, so they are left out of credit and extension services. Adaptation programmes need to reach women farmers directly, or they will widen the gap they are meant to close.

        For more information, please contact:
        Email: newsletter@lmec.example.org
        Tel: +86-10-8226 0000
        """;
}

/// <summary>A one-line masthead, affiliations printed above the name, honorifics, and statements of several paragraphs.</summary>
public static class UnseenLayouts
{
    public const string AffiliationAbove = """
        澜湄环境合作简报 第3期 2023年3月8日

        澜湄流域塑料污染治理经验交流会专家观点

        2023年2月20日，澜湄流域塑料污染治理经验交流会在泰国曼谷召开，来自澜湄国家环境部门、国际组织和企业的约70名代表参加了会议。

        世界自然基金会北京代表处
        项目主任
        李楠 女士

        河流是塑料垃圾进入海洋的主要通道。世界自然基金会在湄公河沿岸的三个城市开展了无塑城市试点，帮助市政部门建立垃圾分类和回收体系，试点城市进入河道的塑料垃圾明显减少。

        此外，我们与当地企业合作推广可重复使用的包装，在菜市场和学校开展宣传活动，居民自带购物袋的比例逐年提高。

        联合国环境规划署亚太区办公室
        化学品与污染行动项目官员
        Kakuko Nagatani-Yoshida

        塑料污染治理需要覆盖产品的全生命周期。各国应在设计、生产、消费和废弃各环节制定协调一致的政策，并加强对河流塑料垃圾的监测，为区域合作提供数据基础。

        泰国污染控制厅副厅长 Pralong Dumrongthai 博士

        泰国在2019年发布了塑料废弃物管理路线图。我们在曼谷和清迈的社区建立了回收站，由社区合作社运营，回收收入用于社区公共事务，已有上百个社区加入。
        """;
}
