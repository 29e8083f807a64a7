using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.EndToEnd;

/// <summary>
/// Briefings and notes laid out unlike the seed, run from files through indexing to search and answers: the views,
/// metadata, boilerplate and case studies a reader would find.
/// </summary>
public sealed class UnseenBriefingsEndToEndTests(UnseenBriefingsKnowledgeBase kb) : IClassFixture<UnseenBriefingsKnowledgeBase>
{
    public static TheoryData<string, string[], string[]> ExpectedViews => new()
    {
        {
            "english-briefing.txt",
            ["Sophea Chan", "Laura Bennett", "Vilay Phommachanh", "Tran Minh Duc"],
            ["Programme Manager, Ministry of Environment of Cambodia", "Senior Research Fellow, Stockholm Environment Institute",
             "Deputy Director General, Department of Water Resources, Ministry of Natural Resources and Environment of Lao PDR", "Country Director, WWF-Viet Nam"]
        },
        {
            "affiliation-first.txt",
            ["王明", "陈丽华", "刘建国"],
            ["世界自然基金会", "国际自然保护联盟", "云南大学生态学与环境学院"]
        },
        {
            "meeting-notes.txt",
            ["李佳", "Somsak Inthavong", "赵雪"],
            ["老挝国立大学环境科学系教授", "老挝自然资源与环境部森林资源管理司司长", "中国科学院西双版纳热带植物园研究员"]
        },
        {
            "spaced-names.txt",
            ["林晓", "欧阳春", "Nguyen Van Hai"],
            ["云南省生态环境科学研究院气候变化研究所所长", "泰国自然资源与环境部气候变化与环境司高级专家", "越南自然资源与环境部水资源管理局副局长"]
        },
        {
            "two-speakers.txt",
            ["黄文静", "孙立平"],
            ["联合国开发计划署驻华代表处气候变化项目官员", "乐施会项目经理"]
        },
    };

    [Fact]
    public void Indexes_every_written_document()
    {
        Assert.Equal(5, kb.Report.Indexed);
        Assert.Empty(kb.Report.Failed);
    }

    [Theory]
    [MemberData(nameof(ExpectedViews))]
    public void Finds_exactly_the_speakers_with_their_affiliations(string source, string[] speakers, string[] affiliations)
    {
        var views = kb.Units(source, UnitKinds.ExpertView);

        Assert.Equal(speakers, views.Select(v => Compact(v.Speaker)));
        Assert.Equal(affiliations, views.Select(v => v.Affiliation));
    }

    [Theory]
    [MemberData(nameof(ExpectedViews))]
    public void Keeps_contact_blocks_and_centre_descriptions_out_of_views_and_passages(string source, string[] speakers, string[] affiliations)
    {
        _ = speakers;
        _ = affiliations;
        var units = kb.Units(source, UnitKinds.ExpertView).Concat(kb.Units(source, UnitKinds.Passage)).ToList();

        Assert.NotEmpty(units);
        foreach (var unit in units)
        {
            Assert.DoesNotContain("example.org", unit.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("8226 0000", unit.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("后英房胡同", unit.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Houyingfang", unit.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("正式成立", unit.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("was established in", unit.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(ExpectedViews))]
    public void Leaves_speaker_headers_to_their_views_not_to_passages(string source, string[] speakers, string[] affiliations)
    {
        var passages = kb.Units(source, UnitKinds.Passage);

        Assert.NotEmpty(passages);
        foreach (var passage in passages)
        {
            var text = passage.Text.Replace(" ", string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain(speakers, s => text.Contains(s.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));
            Assert.DoesNotContain(affiliations, a => text.Contains(a.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("english-briefing.txt", "briefing", "2023-03-08", "Issue 3", "Mekong Wetlands Roundtable")]
    [InlineData("affiliation-first.txt", "briefing", "2023-03-08", "第2期", "澜湄流域湿地保护与社区生计交流会专家发言摘要")]
    [InlineData("meeting-notes.txt", "notes", "2023-06-15", null, "澜湄生态走廊建设座谈会会议纪要")]
    [InlineData("spaced-names.txt", "briefing", "2023-07-12", "第5期", "澜湄气候适应与基于自然的解决方案研讨会")]
    [InlineData("two-speakers.txt", "briefing", "2024-01-10", "第1期", "澜湄绿色发展伙伴对话会")]
    public void Reads_the_document_metadata(string source, string type, string date, string? issue, string titleStart)
    {
        var document = kb.Units(source, UnitKinds.Document).Single();

        Assert.Equal(type, document.DocumentType);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), document.Date);
        Assert.StartsWith(titleStart, document.Title, StringComparison.Ordinal);
        if (issue is not null)
        {
            Assert.Contains(document.Details, d => d.StartsWith("issue: ", StringComparison.Ordinal) && d.Contains(issue, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("two-speakers.txt", "孙立平", "gender")]
    [InlineData("two-speakers.txt", "孙立平", "livelihoods")]
    [InlineData("spaced-names.txt", "林晓", "nature-based-solutions")]
    [InlineData("english-briefing.txt", "Tran Minh Duc", "livelihoods")]
    public void Tags_views_with_the_themes_a_reader_would_give(string source, string speaker, string theme)
    {
        var view = kb.Units(source, UnitKinds.ExpertView).Single(v => Compact(v.Speaker) == speaker);

        Assert.Contains(view.Themes, t => t.Id == theme);
    }

    [Theory]
    [InlineData("english-briefing.txt", "2023-02-24", "Vientiane", "80")]
    [InlineData("affiliation-first.txt", "2023-02-28", "昆明", "120")]
    [InlineData("spaced-names.txt", "2023-06-28", "北京", "150")]
    [InlineData("two-speakers.txt", "2023-12-20", "金边", "60")]
    public void Reads_the_event_of_a_briefing(string source, string date, string place, string participants)
    {
        var details = kb.Units(source, UnitKinds.Document).Single().Details;

        Assert.Contains($"event date: {date}", details);
        Assert.Contains(details, d => d.StartsWith("event place: ", StringComparison.Ordinal) && d.Contains(place, StringComparison.Ordinal));
        Assert.Contains($"participants: {participants}", details);
    }

    [Theory]
    [InlineData("english-briefing.txt", "Tran Minh Duc", "安江")]
    [InlineData("english-briefing.txt", "Sophea Chan", "上丁")]
    [InlineData("affiliation-first.txt", "王明", "大理")]
    [InlineData("meeting-notes.txt", "赵雪", "勐腊")]
    [InlineData("spaced-names.txt", "林晓", "普洱")]
    [InlineData("spaced-names.txt", "Nguyen Van Hai", "槟椥")]
    [InlineData("two-speakers.txt", "孙立平", "怒江")]
    public void Finds_the_case_studies_with_their_places_and_speakers(string source, string speaker, string place)
    {
        var cases = kb.Units(source, UnitKinds.CaseStudy);

        Assert.Contains(cases, c => Compact(c.Speaker) == speaker && c.Places.Any(p => p.Contains(place, StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("english-briefing.txt", "Tran Minh Duc", "世界自然基金会")]
    [InlineData("two-speakers.txt", "孙立平", "乐施会")]
    [InlineData("affiliation-first.txt", "王明", "世界自然基金会")]
    public void Credits_case_studies_to_the_speakers_organisation(string source, string speaker, string organisation)
    {
        var cases = kb.Units(source, UnitKinds.CaseStudy).Where(c => Compact(c.Speaker) == speaker).ToList();

        Assert.NotEmpty(cases);
        Assert.Contains(cases, c => c.Organisations.Any(o => o.Contains(organisation, StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("Who talked about flood-based farming in An Giang?", "Tran Minh Duc")]
    [InlineData("谁谈到了洱海湖滨湿地恢复？", "王明")]
    [InlineData("谁介绍了亚洲象栖息地恢复示范？", "赵雪")]
    [InlineData("谁提到了槟知省的红树林？", "Nguyen Van Hai")]
    [InlineData("谁介绍了怒江州妇女合作社？", "孙立平")]
    public void Answers_who_said_it_with_the_right_speaker(string question, string speaker)
    {
        var answer = kb.Knowledge.Ask(question);

        Assert.NotEmpty(answer.Evidence);
        Assert.Equal(speaker, Compact(answer.Evidence[0].Speaker));
    }

    private static string? Compact(string? name) => name?.Replace(" ", string.Empty, StringComparison.Ordinal) switch
    {
        { } compact when compact.Any(c => c >= 0x4E00) => compact,
        _ => name,
    };
}
