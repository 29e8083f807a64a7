using LmecKnowledgeSearch.Answering;
using Xunit;
using Xunit.Abstractions;

namespace LmecKnowledgeSearch.Tests.Answering;

public sealed class ExtractiveAnswererTests(ITestOutputHelper output)
{
    private static readonly ExtractiveAnswerer Plain = new();
    private static readonly FakeGlossary Glossary = new();
    private static readonly ExtractiveAnswerer WithGlossary = new(Glossary);

    private AnswerResult Ask(string question, bool glossary = false)
    {
        var answerer = glossary ? WithGlossary : Plain;
        var result = answerer.Answer(question, SeedCandidates.For(question, glossary ? Glossary : null));
        output.WriteLine($"{question} -> {result.Answer} ({result.Confidence})");
        foreach (var evidence in result.Evidence)
        {
            output.WriteLine($"  [{evidence.Id} {evidence.Speaker}] {evidence.Text}");
        }

        return result;
    }

    [Fact]
    public void Answers_a_chinese_date_question_with_the_full_date()
    {
        var result = Ask("圆桌对话是哪天召开的？");

        Assert.Equal("2022年4月21日", result.Answer);
        Assert.True(result.Confidence >= 0.6, $"confidence {result.Confidence}");
        Assert.Contains("2022年4月21日", result.Evidence[0].Text);
    }

    [Fact]
    public void Answers_an_english_date_question_over_chinese_text_through_the_glossary()
    {
        var result = Ask("When was the roundtable held?", glossary: true);

        Assert.Equal("2022年4月21日", result.Answer);
    }

    [Fact]
    public void Offers_a_date_guess_only_as_evidence_for_an_english_question_without_a_glossary()
    {
        var result = Ask("When was the roundtable held?");

        Assert.Equal(ExtractiveAnswerer.NoAnswer, result.Answer);
        Assert.True(result.Confidence < 0.4, $"a guess by type alone must not be stated: {result.Confidence}");
        Assert.Matches(@"20\d\d年", result.Evidence[0].Text);
    }

    [Fact]
    public void Answers_a_chinese_count_question_with_qualifier_and_unit()
    {
        var result = Ask("有多少人参加了会议？");

        Assert.Equal("近300人", result.Answer);
    }

    [Theory]
    [InlineData("How many people took part in the roundtable?")]
    [InlineData("How many people attended the roundtable dialogue?")]
    public void Counts_people_asked_for_in_english_in_the_chinese_person_classifier(string question)
    {
        var result = Ask(question, glossary: true);

        Assert.Equal("近300人", result.Answer);
    }

    [Fact]
    public void Answers_an_english_count_question_through_the_glossary()
    {
        var result = Ask("How many people attended?", glossary: true);

        Assert.Equal("近300人", result.Answer);
    }

    [Fact]
    public void Picks_the_number_that_counts_the_asked_noun()
    {
        var result = Ask("ECOM在全球有多少农户参与可持续管理服务？");

        Assert.Equal("超过60万", result.Answer);
        Assert.Equal("张海涯", result.Evidence[0].Speaker);
    }

    [Fact]
    public void Answers_which_organisation_and_cites_the_expert()
    {
        var result = Ask("哪个机构在东江流域开展了基于社区的水资源管理试点？");

        Assert.Equal("保护国际基金会", result.Answer);
        Assert.Equal("吴伟玲", result.Evidence[0].Speaker);
        Assert.Equal("保护国际基金会淡水项目经理", result.Evidence[0].Affiliation);
    }

    [Theory]
    [InlineData("圆桌对话由哪个机构主办？", false)]
    [InlineData("Who organised the roundtable?", true)]
    public void Answers_who_organised_with_the_organiser_not_the_guiding_ministry(string question, bool glossary)
    {
        var result = Ask(question, glossary);

        Assert.Equal("澜沧江-湄公河环境合作中心/生态环境部对外合作与交流中心", result.Answer);
    }

    [Fact]
    public void Answers_who_introduced_a_framework_in_english_with_the_speaker_of_the_view()
    {
        var result = Ask("Who introduced the Beyond Water Boundaries framework?", glossary: true);

        Assert.StartsWith("Thanapon Piman", result.Answer);
        Assert.Contains("SEI", result.Answer);
    }

    [Fact]
    public void Answers_who_introduced_a_quoted_framework_in_chinese_with_the_speaker_of_the_view()
    {
        var result = Ask("谁介绍了\"超越水边界框架\"？");

        Assert.StartsWith("Thanapon Piman", result.Answer);
        Assert.Equal("Thanapon Piman", result.Evidence[0].Speaker);
    }

    [Fact]
    public void Answers_where_with_the_place_of_the_pilot()
    {
        var result = Ask("环境友好型橡胶林试点在哪里开展？");

        Assert.Contains("Phnom Kulen", result.Answer);
        Assert.Contains("西双版纳", result.Answer);
    }

    [Fact]
    public void Answers_when_an_organisation_was_founded_with_year_and_month()
    {
        var result = Ask("澜沧江-湄公河环境合作中心何时成立？");

        Assert.Equal("2017年11月", result.Answer);
    }

    [Fact]
    public void Answers_a_what_question_with_the_best_sentence_of_the_right_speaker()
    {
        var result = Ask("What does Oxfam hope to improve for rural women?", glossary: true);

        Assert.Contains("气候适应能力", result.Answer);
        Assert.Equal("宋扬", result.Evidence[0].Speaker);
    }

    [Fact]
    public void Answers_a_chinese_what_question_with_the_best_sentence()
    {
        var result = Ask("乐施会希望提升农村女性的什么能力？");

        Assert.Contains("气候适应能力", result.Answer);
    }

    [Theory]
    [InlineData("湄公河的长度是多少公里？", false)]
    [InlineData("What is the GDP of Laos in 2030?", true)]
    [InlineData("What is the GDP of Laos in 2030?", false)]
    [InlineData("老挝2030年的国内生产总值是多少？", false)]
    [InlineData("谁发明了电话？", false)]
    [InlineData("ECOM在全球有多少家咖啡店？", false)]
    [InlineData("保护国际基金会在东江流域种植了多少棵树？", false)]
    [InlineData("乐施会是哪一年成立的？", false)]
    [InlineData("When was Oxfam founded?", true)]
    [InlineData("How many trees did Oxfam plant?", true)]
    public void Says_no_answer_when_the_documents_do_not_state_it(string question, bool glossary)
    {
        var result = Ask(question, glossary);

        Assert.Equal(ExtractiveAnswerer.NoAnswer, result.Answer);
        Assert.True(result.Confidence < 0.4, $"confidence {result.Confidence}");
    }

    [Theory]
    [InlineData("水-生态-社会工具包含几点核心理念？", "三点", "Thanapon Piman")]
    [InlineData("贵港的生物质热电联产项目用什么做燃料？", "农林废弃物", "吴万洲")]
    [InlineData("哪位专家来自世界自然基金会？", "李楠", "李楠")]
    public void Cites_the_expert_view_rather_than_the_same_text_indexed_as_a_plain_passage(string question, string answer, string speaker)
    {
        // The index holds each view twice: as a plain passage (no speaker, ranked first here) and as the expert's view.
        var views = SeedCandidates.For(question);
        var passages = views.Select(c => c with { Id = c.Id + "-passage", Speaker = null, Affiliation = null, RetrievalScore = c.RetrievalScore + 1 });
        var candidates = passages.Concat(views).ToArray();

        var result = Plain.Answer(question, candidates);

        Assert.Contains(answer, result.Answer);
        Assert.Equal(speaker, result.Evidence[0].Speaker);
    }

    [Fact]
    public void Says_no_answer_without_candidates()
    {
        var result = Plain.Answer("圆桌对话是哪天召开的？", []);

        Assert.Equal(ExtractiveAnswerer.NoAnswer, result.Answer);
        Assert.Empty(result.Evidence);
        Assert.Equal(0, result.Confidence);
    }

    [Fact]
    public void Cites_at_most_the_configured_number_of_sentences_with_their_passage_fields()
    {
        var answerer = new ExtractiveAnswerer(options: new AnswererOptions(MaxEvidence: 2));
        var candidates = SeedCandidates.For("橡胶林的可持续管理");

        var result = answerer.Answer("橡胶林如何实现可持续管理？", candidates);

        Assert.InRange(result.Evidence.Count, 1, 2);
        Assert.All(result.Evidence, e => Assert.Contains(candidates, c => c.Id == e.Id && c.Text.Contains(e.Text, StringComparison.Ordinal)));
    }
}
