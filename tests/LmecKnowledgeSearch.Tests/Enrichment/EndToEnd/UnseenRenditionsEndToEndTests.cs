using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.EndToEnd;

/// <summary>Markdown and DOCX renditions of the written briefings, and minutes with only two labelled speakers, indexed together.</summary>
public sealed class UnseenRenditionsKnowledgeBase : WrittenCorpusKnowledgeBase
{
    protected override void Write(TempCorpus corpus)
    {
        corpus.Write("english-briefing.md", UnseenRenditions.EnglishMarkdown());
        corpus.Write("spaced-names.docx", UnseenRenditions.SpacedNamesDocx());
        corpus.Write("notes-zh.txt", UnseenNotes.Chinese);
        corpus.Write("notes-en.txt", UnseenNotes.English);
    }
}

public sealed class UnseenRenditionsEndToEndTests(UnseenRenditionsKnowledgeBase kb) : IClassFixture<UnseenRenditionsKnowledgeBase>
{
    public static TheoryData<string, string[], string?[]> ExpectedViews => new()
    {
        {
            "english-briefing.md",
            ["Sophea Chan", "Laura Bennett", "Vilay Phommachanh", "Tran Minh Duc"],
            ["Programme Manager, Ministry of Environment of Cambodia", "Senior Research Fellow, Stockholm Environment Institute",
             "Deputy Director General, Department of Water Resources, Ministry of Natural Resources and Environment of Lao PDR", "Country Director, WWF-Viet Nam"]
        },
        {
            "spaced-names.docx",
            ["林晓", "欧阳春", "Nguyen Van Hai"],
            ["云南省生态环境科学研究院气候变化研究所所长", "泰国自然资源与环境部气候变化与环境司高级专家", "越南自然资源与环境部水资源管理局副局长"]
        },
        {
            "notes-zh.txt",
            ["杨柳", "Bounmy Keola"],
            ["中国水利水电科学研究院高级工程师", null]
        },
        {
            "notes-en.txt",
            ["Somchai Phongsavath", "Mai Thi Hoa"],
            ["Senior Hydrologist, Mekong River Commission Secretariat", null]
        },
    };

    [Fact]
    public void Indexes_every_rendition()
    {
        Assert.Equal(4, kb.Report.Indexed);
        Assert.Empty(kb.Report.Failed);
    }

    [Theory]
    [MemberData(nameof(ExpectedViews))]
    public void Finds_exactly_the_speakers_with_their_affiliations(string source, string[] speakers, string?[] affiliations)
    {
        var views = kb.Units(source, UnitKinds.ExpertView);

        Assert.Equal(speakers, views.Select(v => Compact(v.Speaker)));
        Assert.Equal(affiliations, views.Select(v => v.Affiliation));
    }

    [Theory]
    [InlineData("notes-zh.txt", "会议决定")]
    [InlineData("notes-en.txt", "Action items")]
    [InlineData("english-briefing.md", "Houyingfang")]
    [InlineData("english-briefing.md", "was established in")]
    [InlineData("spaced-names.docx", "后英房胡同")]
    [InlineData("spaced-names.docx", "正式成立")]
    public void Keeps_closing_matter_out_of_the_last_view(string source, string closing)
    {
        var views = kb.Units(source, UnitKinds.ExpertView);

        Assert.NotEmpty(views);
        Assert.All(views, v => Assert.DoesNotContain(closing, v.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("english-briefing.md", "briefing", "2023-03-08")]
    [InlineData("spaced-names.docx", "briefing", "2023-07-12")]
    [InlineData("notes-zh.txt", "notes", "2023-09-20")]
    [InlineData("notes-en.txt", "notes", "2023-09-12")]
    public void Reads_type_and_date(string source, string type, string date)
    {
        var document = kb.Units(source, UnitKinds.Document).Single();

        Assert.Equal(type, document.DocumentType);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), document.Date);
    }

    [Theory]
    [InlineData("english-briefing.md", "Tran Minh Duc", "安江")]
    [InlineData("spaced-names.docx", "林晓", "普洱")]
    [InlineData("notes-zh.txt", "Bounmy Keola", "沙拉湾")]
    public void Finds_case_studies_in_every_format(string source, string speaker, string place)
    {
        var cases = kb.Units(source, UnitKinds.CaseStudy);

        Assert.Contains(cases, c => Compact(c.Speaker) == speaker && c.Places.Any(p => p.Contains(place, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("谁建议共享枯水期的调度信息？", "杨柳")]
    [InlineData("Who proposed a joint sediment sampling campaign?", "Somchai Phongsavath")]
    public void Answers_who_said_it_in_minutes(string question, string speaker)
    {
        var answer = kb.Knowledge.Ask(question);

        Assert.NotEmpty(answer.Evidence);
        Assert.Equal(speaker, Compact(answer.Evidence[0].Speaker));
    }

    private static string? Compact(string? name) =>
        name is not null && name.Any(c => c >= 0x4E00) ? name.Replace(" ", string.Empty, StringComparison.Ordinal) : name;
}
