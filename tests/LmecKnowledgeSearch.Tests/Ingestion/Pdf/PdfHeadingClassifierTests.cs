using LmecKnowledgeSearch.Ingestion;
using LmecKnowledgeSearch.Ingestion.Pdf;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Ingestion.Pdf;

public sealed class PdfHeadingClassifierTests
{
    private static readonly PdfParagraph Title = new("青海湖水位波动对水鸟的影响", 22, 1);
    private static readonly PdfParagraph Section = new("1 前言", 14, 1);
    private static readonly PdfParagraph Body = new(string.Concat(Enumerable.Repeat("本次调查报告获得了青海湖国家级自然保护区管理局的数据支持。", 5)), 10.5, 4);
    private static readonly PdfParagraph LongLargeParagraph = new(string.Concat(Enumerable.Repeat("放大排版的引言段落，", 20)), 14, 6);

    private readonly PdfHeadingClassifier classifier = new([Title, Section, Body, Body, LongLargeParagraph]);

    [Fact]
    public void Ranks_larger_sizes_as_higher_heading_levels()
    {
        Assert.Equal(1, classifier.LevelOf(Title));
        Assert.Equal(2, classifier.LevelOf(Section));
    }

    [Fact]
    public void Treats_body_sized_and_long_paragraphs_as_body_text()
    {
        Assert.Equal(0, classifier.LevelOf(Body));
        Assert.Equal(0, classifier.LevelOf(LongLargeParagraph));
    }

    [Fact]
    public void Takes_the_top_heading_of_the_first_page_as_title()
    {
        TextBlock[] blocks =
        [
            new(BlockKind.Heading, "1 前言", 2, Page: 1),
            new(BlockKind.Heading, "青海湖水位波动对水鸟的影响", 1, Page: 1),
            new(BlockKind.Heading, "附录", 1, Page: 2),
        ];

        Assert.Equal("青海湖水位波动对水鸟的影响", classifier.TitleOf(blocks));
    }

    [Fact]
    public void Joins_a_title_that_wraps_onto_a_second_heading_block()
    {
        TextBlock[] chinese =
        [
            new(BlockKind.Heading, "刚察县非物质文化遗产传承与保护的", 1, Page: 1),
            new(BlockKind.Heading, "历史、现状和未来", 1, Page: 1),
            new(BlockKind.Paragraph, "“鸟岛与少年”实践支队", 0, Page: 1),
            new(BlockKind.Heading, "一、引言", 1, Page: 1),
        ];
        TextBlock[] english =
        [
            new(BlockKind.Heading, "Dialling up resilience:", 1, Page: 1),
            new(BlockKind.Heading, "mobile services for smallholder farmers", 1, Page: 1),
        ];

        Assert.Equal("刚察县非物质文化遗产传承与保护的历史、现状和未来", classifier.TitleOf(chinese));
        Assert.Equal("Dialling up resilience: mobile services for smallholder farmers", classifier.TitleOf(english));
    }
}
