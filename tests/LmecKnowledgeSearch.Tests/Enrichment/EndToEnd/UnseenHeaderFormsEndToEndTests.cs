using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.EndToEnd;

/// <summary>The briefings of <see cref="UnseenHeaderForms"/> indexed together.</summary>
public sealed class UnseenHeaderFormsKnowledgeBase : WrittenCorpusKnowledgeBase
{
    protected override void Write(TempCorpus corpus)
    {
        corpus.Write("numbered.txt", UnseenHeaderForms.Numbered);
        corpus.Write("inline-english.txt", UnseenHeaderForms.InlineEnglish);
    }
}

public sealed class UnseenHeaderFormsEndToEndTests(UnseenHeaderFormsKnowledgeBase kb) : IClassFixture<UnseenHeaderFormsKnowledgeBase>
{
    public static TheoryData<string, string[], string[]> ExpectedViews => new()
    {
        {
            "numbered.txt",
            ["王明", "李华", "阮氏梅", "陈志强"],
            ["世界自然基金会北京代表处项目主任", "清华大学环境学院教授", "越南自然保护中心主任", "云南省林业和草原局副局长"]
        },
        {
            "inline-english.txt",
            ["Jane Smith", "Somchai Rattanakorn", "Nguyen Thu Trang"],
            ["Director, Mekong Futures Institute", "Deputy Director, Department of Agriculture of Thailand", "Gender Specialist, UN Women Viet Nam"]
        },
    };

    [Theory]
    [MemberData(nameof(ExpectedViews))]
    public void Finds_exactly_the_speakers_with_their_affiliations(string source, string[] speakers, string[] affiliations)
    {
        var views = kb.Units(source, UnitKinds.ExpertView);

        Assert.Equal(speakers, views.Select(v => v.Speaker));
        Assert.Equal(affiliations, views.Select(v => v.Affiliation));
    }

    [Theory]
    [InlineData("numbered.txt", "责任编辑")]
    [InlineData("numbered.txt", "专题二")]
    [InlineData("inline-english.txt", "newsletter@")]
    [InlineData("inline-english.txt", "For more information")]
    public void Keeps_headings_and_credits_out_of_views(string source, string text)
    {
        var views = kb.Units(source, UnitKinds.ExpertView);

        Assert.NotEmpty(views);
        Assert.All(views, v => Assert.DoesNotContain(text, v.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("numbered.txt", "2023-11-03", "第12期")]
    [InlineData("inline-english.txt", "2023-05-15", "No. 4")]
    public void Reads_briefing_metadata(string source, string date, string issue)
    {
        var document = kb.Units(source, UnitKinds.Document).Single();

        Assert.Equal("briefing", document.DocumentType);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), document.Date);
        Assert.Contains(document.Details, d => d.StartsWith("issue: ", StringComparison.Ordinal) && d.Contains(issue, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("numbered.txt", "王明", "西双版纳")]
    [InlineData("numbered.txt", "阮氏梅", "广南")]
    [InlineData("inline-english.txt", "Jane Smith", "马德望")]
    public void Finds_case_studies_with_places(string source, string speaker, string place)
    {
        var cases = kb.Units(source, UnitKinds.CaseStudy);

        Assert.Contains(cases, c => c.Speaker == speaker && c.Places.Any(p => p.Contains(place, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Who said adaptation programmes must reach women farmers?", "Nguyen Thu Trang")]
    [InlineData("谁介绍了跨境亚洲象联合监测？", "王明")]
    public void Answers_who_said_it(string question, string speaker)
    {
        var answer = kb.Knowledge.Ask(question);

        Assert.NotEmpty(answer.Evidence);
        Assert.Equal(speaker, answer.Evidence[0].Speaker);
    }
}
