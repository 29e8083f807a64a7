using LmecKnowledgeSearch.Enrichment.Experts;
using LmecKnowledgeSearch.Ingestion;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.Experts;

public sealed class BriefingStructureExtractorTests
{
    private static readonly string[] SeedSpeakers =
    [
        "Makiko Yashiro", "Thanapon Piman", "Tatirose Vijitpan", "陈英豪", "张燕", "吴万洲",
        "张海涯", "吴伟玲", "李楠", "龙迪", "康蔼黎", "宋扬",
    ];

    private readonly BriefingStructureExtractor _extractor = new();

    public sealed class On_the_seed_briefing
    {
        private readonly ExtractedDocument _document = ParagraphDocument.FromText(TestCorpus.ReadSeed());
        private readonly BriefingStructure _structure;

        public On_the_seed_briefing()
        {
            _structure = new BriefingStructureExtractor().Extract(_document) ?? throw new Xunit.Sdk.XunitException("no structure");
        }

        [Fact]
        public void Extracts_the_twelve_speakers_in_document_order()
        {
            Assert.Equal(SeedSpeakers, _structure.ExpertViews.Select(v => v.Speaker));
            Assert.Equal(Enumerable.Range(1, 12), _structure.ExpertViews.Select(v => v.Order));
        }

        [Fact]
        public void Joins_an_affiliation_that_runs_over_two_lines()
        {
            var views = _structure.ExpertViews.ToDictionary(v => v.Speaker);
            Assert.Equal("澜沧江-湄公河环境合作中心/生态环境部对外合作与交流中心副研究员", views["陈英豪"].Affiliation);
            Assert.Equal("联合国环境规划署国际生态系统管理伙伴计划大湄公河次区域项目协调员", views["Tatirose Vijitpan"].Affiliation);
            Assert.Equal("广西壮族自治区生态环境厅一级调研员/应对气候变化与区域合作专家", views["吴万洲"].Affiliation);
        }

        [Fact]
        public void Extracts_single_line_affiliations_and_those_sharing_the_speaker_line()
        {
            var views = _structure.ExpertViews.ToDictionary(v => v.Speaker);
            Assert.Equal("联合国环境规划署亚太区办公室生态系统管理项目官员/区域协调员", views["Makiko Yashiro"].Affiliation);
            Assert.Equal("斯德哥尔摩环境研究所（SEI）高级研究员", views["Thanapon Piman"].Affiliation);
            Assert.Equal("云南省西双版纳州生态环境局专家", views["张燕"].Affiliation);
            Assert.Equal("ECOM集团普洱天辰咖啡有限公司可持续管理服务中国区经理", views["张海涯"].Affiliation);
            Assert.Equal("野生生物保护协会区域策略主任", views["康蔼黎"].Affiliation);
            Assert.Equal("乐施会高级项目主管", views["宋扬"].Affiliation);
            Assert.All(_structure.ExpertViews, v => Assert.False(string.IsNullOrWhiteSpace(v.Affiliation)));
        }

        [Fact]
        public void Statements_are_the_full_paragraphs_after_each_header()
        {
            var paragraphs = ParagraphDocument.Paragraphs(TestCorpus.ReadSeed());
            Assert.All(_structure.ExpertViews, v => Assert.Contains(v.Statement, paragraphs));
            var first = _structure.ExpertViews[0].Statement;
            Assert.StartsWith("联合国环境规划署开发实施了", first);
            Assert.EndsWith("可持续生态系统管理能力。", first);
            Assert.EndsWith("气候适应能力。", _structure.ExpertViews[^1].Statement);
        }

        [Fact]
        public void Contact_block_and_issuer_description_are_boilerplate_not_views()
        {
            var boilerplate = _structure.Boilerplate.Select(r => _document.Text.Substring(r.Start, r.Length)).ToList();
            Assert.Contains(boilerplate, b => b.StartsWith("联系我们", StringComparison.Ordinal) && b.Contains("微信公众号") && b.Contains("邮编"));
            Assert.Contains(boilerplate, b => b.StartsWith("澜沧江-湄公河环境合作中心：", StringComparison.Ordinal) && b.EndsWith("区域可持续发展。", StringComparison.Ordinal));
            Assert.All(_structure.ExpertViews, v =>
            {
                Assert.DoesNotContain("联系我们", v.Statement);
                Assert.DoesNotContain("正式成立", v.Statement);
            });
        }

        [Fact]
        public void Event_and_intro_paragraphs_are_not_views()
        {
            Assert.All(_structure.ExpertViews, v =>
            {
                Assert.DoesNotContain("近300人参加", v.Statement);
                Assert.DoesNotContain("摘编如下", v.Statement);
            });
        }
    }

    public sealed class On_other_renditions_of_the_seed
    {
        [Fact]
        public void Extracts_the_same_views_when_speaker_affiliation_and_statement_share_a_block()
        {
            var original = new BriefingStructureExtractor().Extract(ParagraphDocument.FromText(TestCorpus.ReadSeed()))!;
            var grouped = new BriefingStructureExtractor().Extract(ParagraphDocument.GroupedLikePdf(TestCorpus.ReadSeed()));

            Assert.NotNull(grouped);
            Assert.Equal(original.ExpertViews, grouped.ExpertViews);
        }

        [Fact]
        public void Extracts_the_same_speakers_when_statements_are_hard_wrapped()
        {
            var original = new BriefingStructureExtractor().Extract(ParagraphDocument.FromText(TestCorpus.ReadSeed()))!;
            var wrapped = new BriefingStructureExtractor().Extract(ParagraphDocument.WrappedLikePdf(TestCorpus.ReadSeed(), 38));

            Assert.NotNull(wrapped);
            Assert.Equal(SeedSpeakers, wrapped.ExpertViews.Select(v => v.Speaker));
            Assert.Equal(original.ExpertViews.Select(v => v.Affiliation), wrapped.ExpertViews.Select(v => v.Affiliation));
            Assert.Equal(original.ExpertViews.Select(v => v.Statement), wrapped.ExpertViews.Select(v => v.Statement.Replace("\n", string.Empty)));
        }

        [Fact]
        public void Extracts_speaker_and_affiliation_when_on_one_line()
        {
            var text = SeedVariants.Rebuild((speaker, affiliation) => $"{speaker} {affiliation}");

            var structure = new BriefingStructureExtractor().Extract(ParagraphDocument.FromText(text));

            Assert.NotNull(structure);
            Assert.Equal(SeedSpeakers, structure.ExpertViews.Select(v => v.Speaker));
            Assert.Equal(SeedVariants.SeedViews.Select(v => v.Affiliation), structure.ExpertViews.Select(v => v.Affiliation));
        }

        [Fact]
        public void Extracts_speaker_and_affiliation_when_separated_by_a_comma()
        {
            var text = SeedVariants.Rebuild((speaker, affiliation) => $"{speaker}，{affiliation}");

            var structure = new BriefingStructureExtractor().Extract(ParagraphDocument.FromText(text));

            Assert.NotNull(structure);
            Assert.Equal(SeedSpeakers, structure.ExpertViews.Select(v => v.Speaker));
            Assert.Equal(SeedVariants.SeedViews.Select(v => v.Affiliation), structure.ExpertViews.Select(v => v.Affiliation));
        }

        [Fact]
        public void Extracts_speaker_when_the_affiliation_comes_first()
        {
            var text = SeedVariants.Rebuild((speaker, affiliation) => $"{affiliation}\n{speaker}");

            var structure = new BriefingStructureExtractor().Extract(ParagraphDocument.FromText(text));

            Assert.NotNull(structure);
            Assert.Equal(SeedSpeakers, structure.ExpertViews.Select(v => v.Speaker));
            Assert.Equal(SeedVariants.SeedViews.Select(v => v.Affiliation), structure.ExpertViews.Select(v => v.Affiliation));
            Assert.Equal(SeedVariants.SeedViews.Select(v => v.Statement), structure.ExpertViews.Select(v => v.Statement));
        }

        [Fact]
        public void Extracts_speaker_when_the_affiliation_is_in_brackets()
        {
            var text = SeedVariants.Rebuild((speaker, affiliation) => $"{speaker}（{affiliation}）");

            var structure = new BriefingStructureExtractor().Extract(ParagraphDocument.FromText(text));

            Assert.NotNull(structure);
            Assert.Equal(SeedSpeakers, structure.ExpertViews.Select(v => v.Speaker));
        }

        [Fact]
        public void Keeps_a_view_without_affiliation()
        {
            var text = SeedVariants.Rebuild((speaker, affiliation) => speaker == "龙迪" ? speaker : $"{speaker}\n{affiliation}");

            var structure = new BriefingStructureExtractor().Extract(ParagraphDocument.FromText(text));

            Assert.NotNull(structure);
            Assert.Equal(SeedSpeakers, structure.ExpertViews.Select(v => v.Speaker));
            var longDi = structure.ExpertViews.Single(v => v.Speaker == "龙迪");
            Assert.Null(longDi.Affiliation);
            Assert.StartsWith("澜湄流域生态基础设施支持社区可持续发展议题具有重要意义", longDi.Statement);
        }
    }

    public sealed class On_briefings_written_for_the_tests
    {
        [Fact]
        public void Extracts_english_speakers_with_english_affiliations()
        {
            var document = ParagraphDocument.FromText(WrittenBriefings.English);

            var structure = new BriefingStructureExtractor().Extract(document);

            Assert.NotNull(structure);
            Assert.Equal(["Helen Marsh", "Somchai Rattanakorn", "Nguyen Thi Lan", "Peter van Dijk"], structure.ExpertViews.Select(v => v.Speaker));
            Assert.Equal(
                ["Senior Programme Officer, Delta Resilience Institute", "Director, Department of Water Planning", null, "Associate Professor, Riverine Ecology Group, Lowland University"],
                structure.ExpertViews.Select(v => v.Affiliation));
            Assert.StartsWith("Sediment matters as much as water.", structure.ExpertViews[3].Statement);
            Assert.EndsWith("sediment flows in mind.", structure.ExpertViews[3].Statement);
        }

        [Fact]
        public void Marks_english_contact_block_and_about_section_as_boilerplate()
        {
            var document = ParagraphDocument.FromText(WrittenBriefings.English);

            var structure = new BriefingStructureExtractor().Extract(document)!;

            var boilerplate = structure.Boilerplate.Select(r => document.Text.Substring(r.Start, r.Length)).ToList();
            Assert.Contains(boilerplate, b => b.StartsWith("Contact", StringComparison.Ordinal) && b.EndsWith("www.example.org", StringComparison.Ordinal));
            Assert.Contains(boilerplate, b => b.StartsWith("About us", StringComparison.Ordinal) && b.Contains("aims to connect"));
            Assert.DoesNotContain(structure.ExpertViews, v => v.Statement.Contains("Riverside Road"));
        }

        [Fact]
        public void Extracts_chinese_speakers_in_every_header_shape()
        {
            var document = ParagraphDocument.FromText(WrittenBriefings.Chinese);

            var structure = new BriefingStructureExtractor().Extract(document);

            Assert.NotNull(structure);
            Assert.Equal(["欧阳明远", "赵敏", "林晓峰", "周慧"], structure.ExpertViews.Select(v => v.Speaker));
            Assert.Equal(["滇池研究所副所长", "高原湖泊保护基金会项目官员", "云南大学生态学与环境学院教授", null], structure.ExpertViews.Select(v => v.Affiliation));
            Assert.EndsWith("给她们更多发言权。", structure.ExpertViews[3].Statement);
        }

        [Fact]
        public void Marks_chinese_contact_block_with_other_wording_as_boilerplate()
        {
            var document = ParagraphDocument.FromText(WrittenBriefings.Chinese);

            var structure = new BriefingStructureExtractor().Extract(document)!;

            var boilerplate = structure.Boilerplate.Select(r => document.Text.Substring(r.Start, r.Length)).ToList();
            Assert.Contains(boilerplate, b => b.StartsWith("联系方式", StringComparison.Ordinal) && b.EndsWith("office@example.cn", StringComparison.Ordinal));
            Assert.Contains(boilerplate, b => b.StartsWith("西南生态发展研究会：", StringComparison.Ordinal));
            Assert.DoesNotContain(structure.ExpertViews, v => v.Statement.Contains("联系人"));
        }

        [Fact]
        public void Extracts_speakers_behind_list_numbers_emphasis_and_middle_dots()
        {
            var structure = new BriefingStructureExtractor().Extract(ParagraphDocument.FromText(WrittenBriefings.Decorated));

            Assert.NotNull(structure);
            Assert.Equal(["陈明", "塔妮娅·苏万", "李华", "Somchai Rattanakorn", "John K. Smith", "王建国", "刘志强", "Anna Berg", "黄丽"], structure.ExpertViews.Select(v => v.Speaker));
            Assert.Equal("水利部水利水电规划设计总院高级工程师", structure.ExpertViews[0].Affiliation);
            Assert.Equal("中国科学院地理科学与资源研究所研究员", structure.ExpertViews[2].Affiliation);
        }

        [Fact]
        public void Reads_the_speaker_after_a_role_label()
        {
            var structure = new BriefingStructureExtractor().Extract(ParagraphDocument.FromText(WrittenBriefings.Decorated))!;

            Assert.Equal("云南大学国际河流与生态安全研究院副研究员", structure.ExpertViews.Single(v => v.Speaker == "刘志强").Affiliation);
            Assert.Equal("WWF Thailand", structure.ExpertViews.Single(v => v.Speaker == "Anna Berg").Affiliation);
        }

        [Fact]
        public void Joins_an_organisation_on_the_name_line_with_a_title_on_the_next_line()
        {
            var structure = new BriefingStructureExtractor().Extract(ParagraphDocument.FromText(WrittenBriefings.Decorated))!;

            var view = structure.ExpertViews.Single(v => v.Speaker == "塔妮娅·苏万");
            Assert.Equal("泰国自然资源与环境部水资源司司长", view.Affiliation);
            Assert.StartsWith("泰国在东北部建立了村级水资源管理委员会", view.Statement);
        }

        [Fact]
        public void Joins_a_two_line_english_affiliation_with_a_space()
        {
            var structure = new BriefingStructureExtractor().Extract(ParagraphDocument.FromText(WrittenBriefings.Decorated))!;

            Assert.Equal(
                "Director, Department of Water Planning, Ministry of Natural Resources and Environment",
                structure.ExpertViews.Single(v => v.Speaker == "Somchai Rattanakorn").Affiliation);
        }

        [Fact]
        public void Extracts_a_header_that_shares_its_line_with_the_statement()
        {
            var structure = new BriefingStructureExtractor().Extract(ParagraphDocument.FromText(WrittenBriefings.Decorated))!;

            var view = structure.ExpertViews.Single(v => v.Speaker == "王建国");
            Assert.Equal("西南大学资源环境学院教授", view.Affiliation);
            Assert.StartsWith("流域治理要把上下游的利益放在一起算账，否则补偿机制很难持续。", view.Statement);
        }

        [Fact]
        public void Does_not_take_a_reported_quote_for_a_speaker_header()
        {
            var structure = new BriefingStructureExtractor().Extract(ParagraphDocument.FromText(WrittenBriefings.Decorated))!;

            Assert.DoesNotContain(structure.ExpertViews, v => v.Speaker == "Mary Jones");
            Assert.Null(structure.ExpertViews.Single(v => v.Speaker == "黄丽").Affiliation);
            Assert.DoesNotContain(structure.ExpertViews, v => v.Statement.Contains("滨江路"));
        }

        [Fact]
        public void Extracts_the_same_views_when_grouped_like_pdf()
        {
            var paragraphs = new BriefingStructureExtractor().Extract(ParagraphDocument.FromText(WrittenBriefings.Chinese))!;
            var grouped = new BriefingStructureExtractor().Extract(ParagraphDocument.GroupedLikePdf(WrittenBriefings.Chinese));

            Assert.NotNull(grouped);
            Assert.Equal(paragraphs.ExpertViews, grouped.ExpertViews);
        }
    }

    public sealed class On_documents_that_are_not_briefings
    {
        public static TheoryData<string> PapersNewsAndPosts => SharedCorpusFiles.Under(
            "chinaxiv-zh-ecology", "crud-rag-zh-news-env", "dai-developments-mekong-en", "green-spectator-zh-en", "grp-resilience-en");

        [SharedCorpusTheory]
        [MemberData(nameof(PapersNewsAndPosts))]
        public void Invents_no_expert_views(string file)
        {
            var document = ParagraphDocument.FromText(SharedCorpusFiles.Read(file));

            var structure = new BriefingStructureExtractor().Extract(document);

            Assert.True(structure is null || structure.ExpertViews.Count == 0,
                structure is null ? string.Empty : string.Join(" | ", structure.ExpertViews.Select(v => v.Speaker + " / " + v.Affiliation)));
        }

        [Fact]
        public void Returns_null_for_prose_without_speaker_headers()
        {
            var document = ParagraphDocument.FromText("""
                流域生态补偿研究

                本文以澜沧江流域为例，分析了生态补偿标准的确定方法。研究表明，补偿标准应综合考虑保护成本与发展机会成本。

                关键词：生态补偿；流域；澜沧江
                """);

            Assert.Null(new BriefingStructureExtractor().Extract(document));
        }
    }
}
