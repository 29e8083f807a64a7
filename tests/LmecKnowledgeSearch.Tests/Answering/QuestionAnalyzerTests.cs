using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Answering;
using LmecKnowledgeSearch.TextPrimitives;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Answering;

public sealed class QuestionAnalyzerTests
{
    private static readonly QuestionAnalyzer Analyzer = new(SegmenterFactory.CreateDefault());

    [Theory]
    [InlineData("谁介绍了超越水边界框架？", QuestionType.Person)]
    [InlineData("哪位专家谈到了橡胶林？", QuestionType.Person)]
    [InlineData("Who introduced the framework?", QuestionType.Person)]
    [InlineData("Which expert spoke about rubber?", QuestionType.Person)]
    [InlineData("圆桌对话是哪天召开的？", QuestionType.Date)]
    [InlineData("中心是什么时候成立的？", QuestionType.Date)]
    [InlineData("项目在哪一年启动？", QuestionType.Date)]
    [InlineData("When was the roundtable held?", QuestionType.Date)]
    [InlineData("In what year was the centre founded?", QuestionType.Date)]
    [InlineData("试点在哪里开展？", QuestionType.Place)]
    [InlineData("项目覆盖哪个国家？", QuestionType.Place)]
    [InlineData("Where was the pilot carried out?", QuestionType.Place)]
    [InlineData("Which country hosted the meeting?", QuestionType.Place)]
    [InlineData("有多少人参加了会议？", QuestionType.Quantity)]
    [InlineData("共实施了几个项目？", QuestionType.Quantity)]
    [InlineData("How many people attended?", QuestionType.Quantity)]
    [InlineData("How much funding was raised?", QuestionType.Quantity)]
    [InlineData("哪个机构开展了水资源管理试点？", QuestionType.Organisation)]
    [InlineData("会议由谁主办？", QuestionType.Organisation)]
    [InlineData("Which organisation runs the programme?", QuestionType.Organisation)]
    [InlineData("Who organised the roundtable?", QuestionType.Organisation)]
    [InlineData("乐施会希望提升什么？", QuestionType.Description)]
    [InlineData("如何改善单一橡胶林种植方式？", QuestionType.Description)]
    [InlineData("Why is the region's resource management weak?", QuestionType.Description)]
    public void Classifies_the_question_type_in_chinese_and_english(string question, QuestionType expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(question).Type);
    }

    [Fact]
    public void Drops_question_words_and_keeps_chinese_content_words()
    {
        var analysis = Analyzer.Analyze("圆桌对话是哪天召开的？");

        var labels = analysis.Groups.Select(g => g.Label).ToArray();
        Assert.Contains("召开", labels);
        Assert.Contains(labels, l => l.Contains('圆'));
        Assert.DoesNotContain(labels, l => l.Contains('哪') || l == "的" || l == "是");
        Assert.Contains("圆桌对话", analysis.Phrases);
    }

    [Fact]
    public void Stems_english_terms_and_drops_stop_and_question_words()
    {
        var analysis = Analyzer.Analyze("How many people attended the meetings?");

        var terms = analysis.Groups.SelectMany(g => g.Terms).ToArray();
        Assert.Contains(" " + EnglishWords.Stem("attend") + " ", terms);
        Assert.Contains(" " + EnglishWords.Stem("meeting") + " ", terms);
        Assert.DoesNotContain(terms, t => t is " how " or " many " or " the ");
        Assert.Contains(" " + EnglishWords.Stem("people") + " ", analysis.Measures);
    }

    [Fact]
    public void Takes_the_counted_noun_of_a_chinese_quantity_question_as_its_measure()
    {
        Assert.Contains("农户", Analyzer.Analyze("ECOM在全球有多少农户参与可持续管理服务？").Measures);
        Assert.Contains("人", Analyzer.Analyze("有多少人参加了会议？").Measures);
        Assert.Contains("公里", Analyzer.Analyze("湄公河的长度是多少公里？").Measures);
    }

    [Fact]
    public void Keeps_a_quoted_name_whole()
    {
        var analysis = Analyzer.Analyze("谁介绍了“超越水边界框架”？");

        Assert.Contains(analysis.Groups, g => g.Terms.Contains("超越水边界框架"));
    }

    [Fact]
    public void Adds_the_expanders_translations_to_the_terms_they_translate()
    {
        var analyzer = new QuestionAnalyzer(SegmenterFactory.CreateDefault(), new FakeGlossary());

        var analysis = analyzer.Analyze("What does Oxfam hope to improve for rural women?");

        Assert.Contains("乐施会", analysis.Groups.Single(g => g.Label == "Oxfam").Terms);
        Assert.Contains("女性", analysis.Groups.Single(g => g.Label == "women").Terms);
        Assert.Contains("农村", analysis.Groups.Single(g => g.Label == "rural").Terms);
    }

    [Fact]
    public void Asks_for_a_quantity_when_an_english_question_names_a_dimension()
    {
        Assert.Equal(QuestionType.Quantity, QuestionCues.Classify("What is the total area of the reserve?"));
        Assert.Contains("平方公里", Analyzer.Analyze("What is the total area of the reserve?").Measures);
    }

    [Fact]
    public void Retrieves_with_the_content_words_only()
    {
        var content = QuestionAnswerer.ContentQuery(Analyzer.Analyze("How much money will the Water Window Challenge winners share?"));

        Assert.DoesNotContain("how", content.Split(' '), StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain("will", content.Split(' '), StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Challenge", content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[12] 王明,李华.高原湿地的碳储量[J].生态学报,2019,39(2):1-10.", true)]
    [InlineData("Smith J, et al. Wetland carbon stocks. Ecology, 2018.", true)]
    [InlineData("2019年，保护区的湿地面积达到12万公顷。", false)]
    public void Recognises_reference_list_entries(string sentence, bool expected) =>
        Assert.Equal(expected, SentenceScorer.IsReferenceEntry(sentence));
}
