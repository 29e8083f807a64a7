using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Answering;
using LmecKnowledgeSearch.Answering.Spans;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Answering;

public sealed class SpanFinderTests
{
    private static readonly QuestionAnalyzer Analyzer = new(SegmenterFactory.CreateDefault());

    private static SpanContext Context(string question, string? speaker = null, string? affiliation = null, params string[] organisations) =>
        new(Analyzer.Analyze(question), speaker, affiliation, organisations);

    [Theory]
    [InlineData("2022年4月21日，由生态环境部指导的圆桌对话在京召开。", "2022年4月21日")]
    [InlineData("于2017年11月在北京正式成立。", "2017年11月")]
    [InlineData("2020年保护国际基金会成功开展了试点工作。", "2020年")]
    [InlineData("The dialogue was held on April 21, 2022 in Beijing.", "April 21, 2022")]
    [InlineData("The report (2022-04-21) was published.", "2022-04-21")]
    [InlineData("The programme started in 2016 with four pilots.", "2016")]
    public void Finds_the_most_specific_date(string sentence, string expected)
    {
        var spans = new DateSpanFinder().Find(sentence, Context("何时？"));

        Assert.Equal(expected, spans.OrderByDescending(s => s.Quality).First().Text);
    }

    [Fact]
    public void Finds_numbers_with_qualifier_and_unit_but_not_dates()
    {
        var spans = new QuantitySpanFinder().Find("2022年4月21日，企业代表近300人参加了会议，覆盖30%的农户。", Context("多少？"));

        Assert.Equal(["近300人", "30%"], spans.Select(s => s.Text));
    }

    [Fact]
    public void Prefers_the_number_that_counts_the_asked_noun()
    {
        const string sentence = "ECOM在全球共有超过60万直接参与可持续管理服务的农户，共实施了超过300个可持续发展项目。";

        var spans = new QuantitySpanFinder().Find(sentence, Context("有多少农户参与？"));

        Assert.Equal("超过60万", spans.MaxBy(s => s.Quality)!.Text);
        Assert.Equal("超过300个", spans.MinBy(s => s.Quality)!.Text);
    }

    [Fact]
    public void Finds_english_quantities_with_magnitude_and_unit()
    {
        var spans = new QuantitySpanFinder().Find("The project restored more than 5 million hectares and reached 12,000 households.", Context("How many households were reached?"));

        Assert.Contains(spans, s => s.Text == "more than 5 million hectares");
        Assert.Equal("12,000 households", spans.MaxBy(s => s.Quality)!.Text);
    }

    [Fact]
    public void Finds_the_place_between_zai_and_the_verb()
    {
        var spans = new PlaceSpanFinder().Find("通过在柬埔寨暹粒Phnom Kulen国家公园和中国云南西双版纳州景泰绿色产业橡胶种植园开展环境友好型橡胶林试点。", Context("在哪里开展？"));

        Assert.Equal("柬埔寨暹粒Phnom Kulen国家公园和中国云南西双版纳州景泰绿色产业橡胶种植园", spans.MaxBy(s => s.Quality)!.Text);
    }

    [Fact]
    public void Finds_places_ending_in_a_place_word_and_english_capitalised_places()
    {
        var chinese = new PlaceSpanFinder().Find("在中国南方珠江支流的东江流域关键水源地成功开展了试点。", Context("哪里？"));
        var english = new PlaceSpanFinder().Find("Farmers in Stung Treng province of Cambodia adopted the plan.", Context("Where?"));

        Assert.Contains(chinese, s => s.Text == "东江流域");
        Assert.Contains(english, s => s.Text.StartsWith("Stung Treng", StringComparison.Ordinal));
    }

    [Fact]
    public void Takes_the_organisation_out_of_an_affiliation()
    {
        Assert.Equal(["斯德哥尔摩环境研究所（SEI）"], OrganisationNames.FromAffiliation("斯德哥尔摩环境研究所（SEI）高级研究员"));
        Assert.Equal(["乐施会"], OrganisationNames.FromAffiliation("乐施会高级项目主管"));
        Assert.Equal(["澜沧江-湄公河环境合作中心", "生态环境部对外合作与交流中心"], OrganisationNames.FromAffiliation("澜沧江-湄公河环境合作中心/生态环境部对外合作与交流中心副研究员"));
        Assert.Equal(["ECOM集团普洱天辰咖啡有限公司"], OrganisationNames.FromAffiliation("ECOM集团普洱天辰咖啡有限公司可持续管理服务中国区经理"));
    }

    [Fact]
    public void Finds_the_organiser_named_after_you()
    {
        var spans = new OrganisationSpanFinder().Find("由生态环境部指导、澜沧江-湄公河环境合作中心主办的圆桌对话在京召开。", Context("谁主办了圆桌对话？"));

        Assert.Equal("澜沧江-湄公河环境合作中心", spans.MaxBy(s => s.Quality)!.Text);
    }

    [Fact]
    public void Finds_an_organisation_by_its_suffix_after_a_year()
    {
        var spans = new OrganisationSpanFinder().Find("2020年保护国际基金会在东江流域开展了试点。", Context("哪个机构开展了试点？"));

        Assert.Contains(spans, s => s.Text == "保护国际基金会");
    }

    [Fact]
    public void Names_the_speaker_with_affiliation_for_a_who_question()
    {
        var spans = new PersonSpanFinder().Find("SEI开发了综合性的水-生态-社会工具。", Context("谁开发了工具？", "Thanapon Piman", "斯德哥尔摩环境研究所（SEI）高级研究员"));

        Assert.Equal("Thanapon Piman (斯德哥尔摩环境研究所（SEI）高级研究员)", spans.Single().Text);
    }

    [Fact]
    public void Finds_a_named_person_next_to_a_speech_verb()
    {
        var chinese = new PersonSpanFinder().Find("会上，李明指出社区参与十分重要。", Context("谁指出？"));
        var english = new PersonSpanFinder().Find("Jane Smith said the basin needs more data.", Context("Who said that?"));

        Assert.Equal("李明", chinese.Single().Text);
        Assert.Equal("Jane Smith", english.Single().Text);
    }

    [Theory]
    [InlineData("3月5日，市民在湖边举行了植树活动。", "3月5日")]
    [InlineData("The centre opened on March 5 with a small ceremony.", "March 5")]
    public void Finds_a_day_given_without_its_year(string sentence, string expected)
    {
        var spans = new DateSpanFinder().Find(sentence, Context("哪天？"));

        Assert.Equal(expected, spans.OrderByDescending(s => s.Quality).First().Text);
    }

    [Theory]
    [InlineData("保护区平均海拔4000米以上，总面积12.5万平方公里，有300多名管护员。", "保护区总面积是多少？", "12.5万平方公里")]
    [InlineData("保护区平均海拔4000米以上，总面积12.5万平方公里，有300多名管护员。", "保护区的海拔有多高？", "4000米以上")]
    [InlineData("The fund pools US$5 million and covers 40 villages.", "How much money does the fund pool?", "US$5 million")]
    public void Prefers_the_number_in_the_unit_of_the_asked_dimension(string sentence, string question, string expected)
    {
        var spans = new QuantitySpanFinder().Find(sentence, Context(question));

        Assert.Equal(expected, spans.MaxBy(s => s.Quality)!.Text);
    }

    [Fact]
    public void Finds_the_place_where_a_meeting_closed()
    {
        var spans = new PlaceSpanFinder().Find("第三届论坛昨日在泰国曼谷闭幕，会议通过了联合声明。", Context("论坛在哪里闭幕？"));

        Assert.Equal("泰国曼谷", spans.MaxBy(s => s.Quality)!.Text);
    }

    [Fact]
    public void Does_not_take_the_particle_suo_for_an_organisation_suffix()
    {
        var spans = new OrganisationSpanFinder().Find("队员把巡护工作中所获的影像上传到平台，由省林业局保护处主办。", Context("由哪个单位主办？"));

        Assert.DoesNotContain(spans, s => s.Text.EndsWith('所'));
        Assert.Contains(spans, s => s.Text == "省林业局保护处");
    }

    [Theory]
    [InlineData("“Restoring Coastal Wetlands,” Maria Lopez and Tom Baker, World Resources Institute", "Maria Lopez")]
    [InlineData("The survey was designed by Dr. Anna Berg in 2019.", "Anna Berg")]
    [InlineData("Peter Olsen is the Global Practice Lead for water at the firm.", "Peter Olsen")]
    [InlineData("Ann McDonald, right, is the senior adviser for fisheries.", "Ann McDonald")]
    [InlineData("Sean O'Brien, the Programme Director, opened the session.", "Sean O'Brien")]
    public void Finds_english_names_introduced_by_title_or_role(string sentence, string expected)
    {
        var spans = new PersonSpanFinder().Find(sentence, Context("Who leads the team?"));

        Assert.Contains(spans, s => s.Text == expected);
    }

    [Fact]
    public void Does_not_count_section_numbers()
    {
        var spans = new QuantitySpanFinder().Find("5.1 调查结论 5.1.1 共记录到猛禽6种", Context("共记录到多少种猛禽？"));

        Assert.Equal(["6种"], spans.Select(s => s.Text));
    }

    [Fact]
    public void Takes_a_phone_number_whole_when_the_question_asks_for_it()
    {
        var spans = new QuantitySpanFinder().Find("业务咨询电话0871-6543210，工作日受理。", Context("咨询电话是多少？"));

        Assert.Equal("0871-6543210", spans.MaxBy(s => s.Quality)!.Text);
    }
}
