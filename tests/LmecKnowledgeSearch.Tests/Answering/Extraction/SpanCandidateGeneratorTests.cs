using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Answering.Extraction;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Answering.Extraction;

/// <summary>Candidate answers of real sentences of the seed briefing.</summary>
public sealed class SpanCandidateGeneratorTests
{
    private static readonly SpanCandidateGenerator Generator = new(SegmenterFactory.CreateDefault());

    private static List<string> Candidates(string sentence) =>
        Generator.Generate(sentence).Select(s => sentence.Substring(s.Start, s.Length)).ToList();

    [Fact]
    public void Offers_a_list_of_coordinated_items_as_one_span()
    {
        const string sentence = "通过种植茶、可可、咖啡和药用植物等改变种植结构，发展橡胶农林业，增加经济产出。";

        var spans = Candidates(sentence);

        Assert.Contains("茶、可可、咖啡和药用植物", spans);
        Assert.Contains("咖啡", spans);
    }

    [Fact]
    public void Offers_the_content_of_quotes_and_runs_of_clauses_but_no_other_span_across_a_clause_break()
    {
        const string sentence = "SEI利用先进的建模工具和遥感技术，开发了“超越水边界框架”下综合性的水-生态-社会工具。";

        var candidates = Generator.Generate(sentence);
        var texts = candidates.Select(s => sentence.Substring(s.Start, s.Length)).ToList();

        Assert.Contains("超越水边界框架", texts);
        Assert.Contains("SEI利用先进的建模工具和遥感技术", texts);
        Assert.Contains(candidates, c => c.IsClause && sentence.Substring(c.Start, c.Length) == "SEI利用先进的建模工具和遥感技术，开发了");
        Assert.All(candidates.Where(c => !c.IsClause && !c.IsQuoted), c => Assert.DoesNotContain('，', sentence.Substring(c.Start, c.Length)));
        Assert.All(candidates.Where(c => !c.IsClause), c => Assert.InRange(c.Length, 1, SpanCandidateGenerator.MaxSpanLength));
    }
}
