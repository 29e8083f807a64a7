using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Search.Documents;

/// <summary>The seed briefing laid out for reading: its speakers as sections, in order, with their units anchored.</summary>
public sealed class DocumentLayoutTests(SeedKnowledgeBase seed) : IClassFixture<SeedKnowledgeBase>
{
    [Fact]
    public void Opens_a_section_for_each_speaker_in_briefing_order_with_the_header_lines_folded_into_it()
    {
        var views = seed.Knowledge.Search.Search(new() { Filters = new Dictionary<string, IReadOnlyList<string>> { ["kind"] = [UnitKinds.ExpertView] }, Top = 50 }).Hits;
        var document = seed.Knowledge.Search.GetDocument(views[0].Id)!;

        var speakers = document.Blocks.Where(b => b.Kind == "speaker").ToList();

        Assert.Equal(views.Count, speakers.Count);
        Assert.Equal(["Makiko Yashiro", "Thanapon Piman", "Tatirose Vijitpan", "陈英豪", "张燕"], speakers.Take(5).Select(s => s.Html.Split(" · ")[0]));
        // The lone name line before 陈英豪's statement is in the section heading now, not a paragraph of its own.
        Assert.DoesNotContain(document.Blocks, b => b.Kind == "paragraph" && b.Html == "陈英豪");
        Assert.All(speakers, s => Assert.Single(s.Units));
        Assert.Contains(document.Blocks, b => b.Kind == "heading" && b.Html == document.Title);
    }

    [Fact]
    public void Anchors_a_case_study_at_its_paragraph_and_marks_the_hit_there()
    {
        var caseStudy = seed.Knowledge.Search.Search(new() { Query = "橡胶", Filters = new Dictionary<string, IReadOnlyList<string>> { ["kind"] = [UnitKinds.CaseStudy] } }).Hits[0];

        var document = seed.Knowledge.Search.GetDocument(caseStudy.Id, "橡胶")!;

        var block = Assert.Single(document.Blocks, b => b.Units.Contains(caseStudy.Id));
        Assert.Equal("paragraph", block.Kind);
        Assert.True(block.Marked);
        Assert.Contains("<mark>橡胶</mark>", block.Html, StringComparison.Ordinal);
    }
}
