using LmecKnowledgeSearch.Ingestion;
using LmecKnowledgeSearch.Ingestion.Pdf;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Ingestion.Pdf;

public sealed class PdfTitleChooserTests
{
    [Fact]
    public void A_word_export_title_that_names_the_file_gives_way_to_the_first_page_heading()
    {
        var evidence = Evidence(
            metadata: "Microsoft Word - 150813 GRP_ARC_Problem_Statement.docx",
            heading: "Crowdsourcing Community Resilience in Urban Slums",
            fileName: "GRP_ARC_Problem_Statement.pdf");

        Assert.Equal("Crowdsourcing Community Resilience in Urban Slums", PdfTitleChooser.Choose(evidence));
    }

    [Fact]
    public void A_metadata_title_the_first_pages_set_out_is_kept()
    {
        var evidence = Evidence(
            metadata: "100 billion dollar COP-out",
            heading: "Contents",
            opening: ["100 billion dollar COP-out", "A thesis on climate finance"],
            fileName: "thesis.pdf");

        Assert.Equal("100 billion dollar COP-out", PdfTitleChooser.Choose(evidence));
    }

    [Fact]
    public void A_template_title_loses_to_the_line_the_file_is_named_after_and_its_footnote_mark_is_dropped()
    {
        var evidence = Evidence(
            metadata: "2023年清华大学学生暑假社会实践支队成果总结报告",
            heading: "2025 年清华大学学生暑假社会实践支队总结报告",
            firstPage: ["2025 年清华大学学生暑假社会实践支队总结报告", "“鸟岛与少年”生态调研报告1 青海湖周边不同生境植物群落分析2", "内容摘要：为探究青海湖周边不同生境植物群落的组成特征"],
            fileName: "青海湖周边不同生境植物群落分析_2025.pdf");

        Assert.Equal("青海湖周边不同生境植物群落分析", PdfTitleChooser.Choose(evidence));
    }

    [Fact]
    public void A_title_wrapped_over_two_paragraphs_is_joined_when_the_file_name_has_both_halves()
    {
        var evidence = Evidence(
            heading: "2025 年清华大学学生暑假社会实践支队总结报告",
            firstPage: ["2025 年清华大学学生暑假社会实践支队总结报告", "旅游与放牧干扰对于青海湖周边地区生物量及生物多样性", "的影响分析", "内容摘要：本研究"],
            fileName: "旅游与放牧干扰对于青海湖周边地区生物量及生物多样性的影响分析_2025.pdf");

        Assert.Equal("旅游与放牧干扰对于青海湖周边地区生物量及生物多样性的影响分析", PdfTitleChooser.Choose(evidence));
    }

    [Fact]
    public void A_running_header_of_words_names_the_document_before_a_generic_heading()
    {
        var evidence = Evidence(
            heading: "Refined Problem Statement",
            header: "Women’s Action towards Climate Resilience for Urban Poor in South Asia",
            fileName: "Refined-Problem-Statement-for-GRP.pdf");

        Assert.Equal("Women’s Action towards Climate Resilience for Urban Poor in South Asia", PdfTitleChooser.Choose(evidence));
    }

    [Theory]
    [InlineData("生态学报 第37卷第3期 2017年2月")]
    [InlineData("Annual Report")]
    public void A_header_with_numbers_or_too_few_words_is_not_a_title(string header)
    {
        var evidence = Evidence(heading: "三江源生态保护成效评估", header: header, fileName: "paper.pdf");

        Assert.Equal("三江源生态保护成效评估", PdfTitleChooser.Choose(evidence));
    }

    [Fact]
    public void Without_a_heading_an_unconfirmed_metadata_title_is_better_than_none_unless_it_is_a_file_name()
    {
        Assert.Equal("GSI Resilience Team Problem statement", PdfTitleChooser.Choose(Evidence(metadata: "GSI Resilience Team Problem statement", fileName: "a.pdf")));
        Assert.Null(PdfTitleChooser.Choose(Evidence(metadata: "Summary_of_Teams_FINAL", fileName: "a.pdf")));
    }

    [SharedCorpusTheory]
    [InlineData("grp-resilience-en/pdf/GRP_ARC_Problem_Statement.pdf", "Crowdsourcing Community Resilience in Urban Slums")]
    [InlineData("grp-resilience-en/pdf/Refined-Problem-Statement-for-GRP.pdf", "Women’s Action towards Climate Resilience for Urban Poor in South Asia")]
    [InlineData("grp-resilience-en/pdf/Mangrove-Revised-Problem-Statement.pdf", "Building Coastal Resilience in South & Southeast Asia Through Mangrove Restoration for Risk Reduction")]
    [InlineData("thesis-climate-adaptation-en/100-billion-dollar-COP-out.pdf", "100 billion dollar COP-out")]
    [InlineData("tsinghua-birdisland-zh-pdf/多样性报告/环青海湖鸟种多样性调研_2025.pdf", "环青海湖鸟种多样性调研")]
    [InlineData("tsinghua-birdisland-zh-pdf/人文调研/刚察县非物质文化遗产传承与保护的历史、现状和未来_2024.pdf", "刚察县非物质文化遗产传承与保护的历史、现状和未来")]
    public async Task Real_pdfs_get_the_title_a_reader_sees_on_their_first_page(string path, string title)
    {
        var file = Path.Combine(TestCorpus.SharedCorpus!, path);

        var document = Assert.IsType<ReadResult.Success>(await new PdfReader().ReadAsync(file)).Document;

        Assert.Equal(title, document.Properties.Title);
    }

    private static PdfTitleEvidence Evidence(
        string? metadata = null,
        string? heading = null,
        IReadOnlyList<string>? firstPage = null,
        string? header = null,
        IReadOnlyList<string>? opening = null,
        string fileName = "document.pdf") =>
        new(metadata, heading, firstPage ?? (heading is null ? [] : [heading]), header, opening ?? firstPage ?? [], fileName);
}
