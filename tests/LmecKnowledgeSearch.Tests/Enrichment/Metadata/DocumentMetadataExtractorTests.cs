using LmecKnowledgeSearch.Enrichment.Metadata;
using LmecKnowledgeSearch.Ingestion;
using LmecKnowledgeSearch.Tests.Enrichment.Experts;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.Metadata;

public sealed class DocumentMetadataExtractorTests
{
    private static DocumentMetadata Extract(string text, string path = "document.txt", DocumentProperties? properties = null) =>
        new DocumentMetadataExtractor().Extract(ParagraphDocument.FromText(text, properties), path);

    public sealed class On_the_seed_briefing
    {
        private readonly DocumentMetadata _metadata = Extract(TestCorpus.ReadSeed(), TestCorpus.SeedBriefing);

        [Fact]
        public void Reads_briefing_masthead()
        {
            Assert.Equal(DocumentTypes.Briefing, _metadata.DocumentType);
            Assert.Equal("澜沧江-湄公河环境合作中心", _metadata.Issuer);
            Assert.Equal("2022年 第11期", _metadata.IssueNumber);
            Assert.Equal(new DateOnly(2022, 5, 20), _metadata.Date);
            Assert.Equal("zh", _metadata.Language);
            Assert.StartsWith("绿色澜湄计划：绿色低碳与可持续基础设施圆桌对话", _metadata.Title);
            Assert.EndsWith("专家观点", _metadata.Title);
        }

        [Fact]
        public void Reads_the_event_from_the_event_paragraph()
        {
            var e = _metadata.Event;

            Assert.NotNull(e);
            Assert.Equal("绿色澜湄计划：绿色低碳与可持续基础设施圆桌对话", e.Name);
            Assert.Equal(new DateOnly(2022, 4, 21), e.Date);
            Assert.Equal("北京", e.Place);
            Assert.Equal(300, e.Participants);
            Assert.StartsWith("2022年4月21日，由生态环境部指导", e.Text);
            Assert.EndsWith("参加了会议。", e.Text);
        }

        [Fact]
        public void Prefers_the_publication_date_when_the_masthead_has_no_date_line()
        {
            var withoutDateLine = TestCorpus.ReadSeed().Replace("2022年5月20日\n", string.Empty).Replace("2022年5月20日\r\n", string.Empty);

            var metadata = Extract(withoutDateLine, "lmec-briefing-202205.txt");

            Assert.Equal(new DateOnly(2022, 5, 1), metadata.Date);
            Assert.Equal(new DateOnly(2022, 4, 21), metadata.Event?.Date);
        }
    }

    public sealed class On_briefings_written_for_the_tests
    {
        [Fact]
        public void Reads_english_briefing_issue_date_and_event()
        {
            var metadata = Extract(WrittenBriefings.English);

            Assert.Equal(DocumentTypes.Briefing, metadata.DocumentType);
            Assert.Equal("en", metadata.Language);
            Assert.Equal("Mekong Water Futures Network", metadata.Issuer);
            Assert.Equal("Issue 7, 2023", metadata.IssueNumber);
            Assert.Equal(new DateOnly(2023, 3, 14), metadata.Date);
            Assert.Equal("River Basin Dialogue on Nature-based Flood Management: Expert Views", metadata.Title);
            Assert.Equal(new EventInfo("River Basin Dialogue on Nature-based Flood Management", new DateOnly(2023, 3, 2), "Bangkok", 120, metadata.Event!.Text), metadata.Event);
        }

        [Fact]
        public void Reads_chinese_briefing_issue_date_and_event()
        {
            var metadata = Extract(WrittenBriefings.Chinese);

            Assert.Equal(DocumentTypes.Briefing, metadata.DocumentType);
            Assert.Equal("第3期（总第15期）", metadata.IssueNumber);
            Assert.Equal(new DateOnly(2023, 9, 8), metadata.Date);
            Assert.Equal("高原湖泊流域保护座谈会专家发言摘要", metadata.Title);
            Assert.Equal("高原湖泊流域保护座谈会", metadata.Event?.Name);
            Assert.Equal("昆明", metadata.Event?.Place);
            Assert.Equal(80, metadata.Event?.Participants);
            Assert.Equal(new DateOnly(2023, 8, 25), metadata.Event?.Date);
        }
    }

    public sealed class On_other_kinds_of_documents
    {
        [Fact]
        public void Uses_the_properties_a_file_states_about_itself()
        {
            var properties = new DocumentProperties { Title = "Microsoft Word - 湄公河水资源合作纪要.docx", Date = new DateOnly(2021, 6, 30), Authors = ["陈静"] };

            var metadata = Extract("会议时间：2021年6月28日\n地点：昆明\n参会人员：各成员单位代表\n\n会议讨论了下一阶段的合作安排，明确了分工。", "notes.docx", properties);

            Assert.Equal("湄公河水资源合作纪要", metadata.Title);
            Assert.Equal(new DateOnly(2021, 6, 30), metadata.Date);
            Assert.Equal(["陈静"], metadata.Authors);
            Assert.Equal(DocumentTypes.Notes, metadata.DocumentType);
        }

        [Fact]
        public void Recognises_meeting_minutes_by_their_labels()
        {
            var metadata = Extract("""
                澜湄水资源合作工作组第五次会议

                时间：2023年3月2日
                地点：万象
                参会人员：六国工作组成员
                主持人：工作组秘书处

                一、各方通报了本国旱季用水情况。
                二、会议同意在雨季前完成联合监测方案。
                """);

            Assert.Equal(DocumentTypes.Notes, metadata.DocumentType);
            Assert.Equal("澜湄水资源合作工作组第五次会议", metadata.Title);
            Assert.Equal(new DateOnly(2023, 3, 2), metadata.Date);
        }

        [Fact]
        public void Recognises_a_paper_and_its_byline()
        {
            var metadata = Extract("""
                # 澜沧江流域农户生计脆弱性评价

                杨晓明1，欧阳丽2，Peter Morris3

                摘要：以澜沧江中游三个县为例，构建了农户生计脆弱性评价指标体系，并分析了其空间差异。

                关键词：生计脆弱性；农户；澜沧江

                # 参考文献
                """, "ChinaXiv-202104.00012V1.md");

            Assert.Equal(DocumentTypes.Paper, metadata.DocumentType);
            Assert.Equal("澜沧江流域农户生计脆弱性评价", metadata.Title);
            Assert.Equal(["杨晓明", "欧阳丽", "Peter Morris"], metadata.Authors);
            Assert.Equal(new DateOnly(2021, 4, 1), metadata.Date);
            Assert.Equal("zh", metadata.Language);
        }

        [Fact]
        public void Recognises_a_news_item_by_its_dateline()
        {
            var metadata = Extract("2023-07-09 10:20，正文：原标题：湿地公园迎来首批候鸟 近日，某湿地公园监测到首批越冬候鸟，保护人员表示今年到达时间比往年提前。");

            Assert.Equal(DocumentTypes.News, metadata.DocumentType);
            Assert.Equal(new DateOnly(2023, 7, 9), metadata.Date);
            Assert.Equal("湿地公园迎来首批候鸟", metadata.Title);
        }

        [Theory]
        [InlineData("Published 20 May 2022", 2022, 5, 20)]
        [InlineData("Date: May 20, 2022", 2022, 5, 20)]
        [InlineData("日期：2022-05-20", 2022, 5, 20)]
        [InlineData("二〇二二年五月二十日", 2022, 5, 20)]
        public void Reads_dates_written_in_different_ways(string dateLine, int year, int month, int day)
        {
            var metadata = Extract("Flood season outlook\n\n" + dateLine + "\n\nThe outlook expects higher than usual water levels in the lower basin during August.");

            Assert.Equal(new DateOnly(year, month, day), metadata.Date);
        }

        [Theory]
        [InlineData("2016-08-03-national-governments-hold-the-key.md", 2016, 8, 3)]
        [InlineData("briefing_202203.pdf", 2022, 3, 1)]
        [InlineData("notes-20190412.docx", 2019, 4, 12)]
        public void Falls_back_to_the_date_in_the_file_name(string fileName, int year, int month, int day)
        {
            var metadata = Extract("Working notes on sediment\n\nThe group compared sediment samples from three stations.", fileName);

            Assert.Equal(new DateOnly(year, month, day), metadata.Date);
        }

        [Fact]
        public void Falls_back_to_the_file_name_for_the_title()
        {
            var metadata = Extract("本研究表明，湿地恢复能够显著提高流域的洪水调蓄能力，并改善下游水质状况。这一结论在三个试验区得到了验证，建议在更大范围推广。", "wetland-study.txt");

            Assert.False(string.IsNullOrWhiteSpace(metadata.Title));
            Assert.Null(metadata.Event);
        }

        [Theory]
        [InlineData("The basin committee met in Vientiane to agree on the dry season plan.", "en")]
        [InlineData("流域委员会在万象召开会议，商定旱季用水计划。", "zh")]
        [InlineData("流域委员会 basin committee 在万象 Vientiane 召开会议 met to agree the plan，商定旱季计划。", "mixed")]
        public void Classifies_language_by_script_share(string text, string expected)
        {
            Assert.Equal(expected, Extract(text).Language);
        }
    }

    public sealed class On_the_shared_corpus
    {
        public static TheoryData<string> News => SharedCorpusFiles.Under("crud-rag-zh-news-env");

        public static TheoryData<string> Papers => SharedCorpusFiles.Under("chinaxiv-zh-ecology");

        public static TheoryData<string> Everything => SharedCorpusFiles.Under(
            "chinaxiv-zh-ecology", "crud-rag-zh-news-env", "dai-developments-mekong-en", "green-spectator-zh-en", "grp-resilience-en");

        [SharedCorpusTheory]
        [MemberData(nameof(News))]
        public void Classifies_crud_rag_items_as_news_in_chinese(string file)
        {
            var metadata = new DocumentMetadataExtractor().Extract(ParagraphDocument.FromText(SharedCorpusFiles.Read(file)), SharedCorpusFiles.FullPath(file));

            Assert.Equal(DocumentTypes.News, metadata.DocumentType);
            Assert.Equal("zh", metadata.Language);
            Assert.InRange(metadata.Title.Length, 4, 80);
        }

        [SharedCorpusTheory]
        [MemberData(nameof(Papers))]
        public void Classifies_chinaxiv_preprints_as_papers_dated_by_their_submission_month(string file)
        {
            var metadata = new DocumentMetadataExtractor().Extract(ParagraphDocument.FromText(SharedCorpusFiles.Read(file)), SharedCorpusFiles.FullPath(file));

            Assert.Contains(metadata.DocumentType, new[] { DocumentTypes.Paper, DocumentTypes.Report });
            Assert.NotNull(metadata.Date);
            Assert.InRange(metadata.Date.Value.Year, 2016, 2022);
            Assert.DoesNotContain("DOI", metadata.Title);
            Assert.Equal(file.Contains("md-en", StringComparison.Ordinal) ? "en" : "zh", metadata.Language == "mixed" ? "zh" : metadata.Language);
        }

        [SharedCorpusTheory]
        [MemberData(nameof(Everything))]
        public void Never_calls_a_paper_news_item_or_post_a_briefing(string file)
        {
            var metadata = new DocumentMetadataExtractor().Extract(ParagraphDocument.FromText(SharedCorpusFiles.Read(file)), SharedCorpusFiles.FullPath(file));

            Assert.NotEqual(DocumentTypes.Briefing, metadata.DocumentType);
            Assert.Null(metadata.IssueNumber);
            Assert.False(string.IsNullOrWhiteSpace(metadata.Title));
            Assert.DoesNotContain("---", metadata.Title);
        }

        [SharedCorpusFact]
        public void Reads_a_crud_rag_news_item_with_its_dateline_date()
        {
            var metadata = ExtractShared("crud-rag-zh-news-env/txt/news-001.txt");

            Assert.Equal(DocumentTypes.News, metadata.DocumentType);
            Assert.Equal(new DateOnly(2023, 8, 6), metadata.Date);
            Assert.Equal("金陵石化获评国家石油炼制绿色发展先进水平企业", metadata.Title);
        }

        [SharedCorpusFact]
        public void Reads_a_chinaxiv_paper_title_and_authors()
        {
            var metadata = ExtractShared("chinaxiv-zh-ecology/md/ChinaXiv-201702.00092V1.md");

            Assert.Equal(DocumentTypes.Paper, metadata.DocumentType);
            Assert.Equal("生物多样性与生态系统服务评估指标与方法", metadata.Title);
            Assert.Equal(["于丹丹", "吕楠", "傅伯杰"], metadata.Authors);
            Assert.Equal(new DateOnly(2017, 2, 1), metadata.Date);
            Assert.Equal("zh", metadata.Language);
        }

        [SharedCorpusFact]
        public void Reads_an_english_chinaxiv_paper()
        {
            var metadata = ExtractShared("chinaxiv-zh-ecology/md-en/ChinaXiv-201605.00511V1.md");

            Assert.Equal(DocumentTypes.Paper, metadata.DocumentType);
            Assert.Equal("en", metadata.Language);
            Assert.StartsWith("Synergies and trade-offs between renewable energy expansion", metadata.Title);
            Assert.Contains("ANDREA SANTANGELI", metadata.Authors);
        }

        [SharedCorpusFact]
        public void Reads_front_matter_of_a_markdown_post_read_as_text()
        {
            var metadata = ExtractShared("dai-developments-mekong-en/2016-08-03-tapping-climate-change-adaptation-financing-for-the-benefit-of-the-rural-poor-of-the-mekong-basin.markdown");

            Assert.Equal("National Governments Hold the Key to Sustainable Local Climate Change Adaptation in the Mekong Basin", metadata.Title);
            Assert.Equal(new DateOnly(2016, 8, 3), metadata.Date);
            Assert.Equal(["Del McCluskey", "Ornsaran Manuamorn"], metadata.Authors);
            Assert.Equal("en", metadata.Language);
        }

        private static DocumentMetadata ExtractShared(string file) =>
            new DocumentMetadataExtractor().Extract(ParagraphDocument.FromText(SharedCorpusFiles.Read(file)), SharedCorpusFiles.FullPath(file));
    }
}
