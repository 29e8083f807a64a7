using LmecKnowledgeSearch.Enrichment.CaseStudies;
using LmecKnowledgeSearch.Enrichment.Experts;
using LmecKnowledgeSearch.Tests.Enrichment.Experts;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.CaseStudies;

public sealed class CaseStudyDetectorTests
{
    private static readonly CaseStudyDetector Detector = new(ListEntityRecognizer.Places, ListEntityRecognizer.Organisations);

    private static readonly CaseStudyDetector FormDetector = new(FormEntityRecognizer.Places, FormEntityRecognizer.Organisations);

    private static IReadOnlyList<ExpertView> SeedViews { get; } =
        new BriefingStructureExtractor().Extract(ParagraphDocument.FromText(TestCorpus.ReadSeed()))!.ExpertViews;

    private static IReadOnlyList<CaseStudy> CasesOf(string speaker) => Detector.Detect(SeedViews.Single(v => v.Speaker == speaker).Statement);

    public sealed class On_the_seed_statements
    {
        [Fact]
        public void Finds_the_rubber_plantation_pilots_in_cambodia_and_xishuangbanna()
        {
            var pilot = Assert.Single(CasesOf("Makiko Yashiro"));

            Assert.Contains("柬埔寨", pilot.Places);
            Assert.Contains("西双版纳", pilot.Places);
            Assert.Contains("联合国环境规划署", pilot.Organisations);
            Assert.Contains("试点", pilot.Summary);
            Assert.Contains("Phnom Kulen", pilot.Text);
        }

        [Fact]
        public void Finds_the_yunnan_eco_rubber_demonstration_areas_with_their_follow_up_sentences()
        {
            var demonstration = Assert.Single(CasesOf("张燕"));

            Assert.Contains("示范区", demonstration.Summary);
            Assert.Contains("勐腊", demonstration.Places);
            Assert.Contains("纳板河", demonstration.Places);
            Assert.Contains("种植茶、可可、咖啡", demonstration.Text);
            Assert.Contains("碳汇", demonstration.Text);
        }

        [Fact]
        public void Finds_the_guigang_biomass_heat_and_power_park()
        {
            var cases = CasesOf("吴万洲");

            var guigang = Assert.Single(cases, c => c.Text.Contains("贵港", StringComparison.Ordinal));
            Assert.Contains("贵港", guigang.Places);
            Assert.Contains("生物质热电联产", guigang.Text);
            Assert.Contains("农林生物质能源替代煤炭", guigang.Text);
            Assert.Contains("贵港", guigang.Summary);
            Assert.Contains("热电联产", guigang.Summary);
        }

        [Fact]
        public void Finds_ecom_coffee_agroforestry_in_yunnan()
        {
            var cases = CasesOf("张海涯");

            var coffee = Assert.Single(cases, c => c.Places.Contains("云南"));
            Assert.Contains("咖啡", coffee.Text);
            Assert.Contains("云南", coffee.Summary);
            Assert.Contains("实现了", coffee.Summary);
            Assert.Contains(cases, c => c.Organisations.Contains("ECOM集团"));
        }

        [Fact]
        public void Finds_the_dongjiang_community_water_pilot_and_the_hundred_villages_initiative()
        {
            var pilot = Assert.Single(CasesOf("吴伟玲"));

            Assert.Contains("东江", pilot.Places);
            Assert.Contains("保护国际基金会", pilot.Organisations);
            Assert.Contains("试点", pilot.Summary);
            Assert.Contains("百村倡议", pilot.Text);
            Assert.DoesNotContain("绿色/绿色-灰色基础设施", pilot.Text);
        }

        [Fact]
        public void Finds_the_rubber_intercropping_project_described_by_its_aim()
        {
            var project = Assert.Single(CasesOf("陈英豪"));

            Assert.Contains("湄公河", project.Places);
            Assert.Contains("项目", project.Summary);
            Assert.Contains("橡胶林种植灌木", project.Text);
            Assert.Contains("社区生计", project.Text);
        }

        [Theory]
        [InlineData("李楠")]
        [InlineData("龙迪")]
        [InlineData("康蔼黎")]
        [InlineData("Tatirose Vijitpan")]
        public void Finds_no_case_in_general_reflections(string speaker)
        {
            Assert.Empty(CasesOf(speaker));
        }

        [Fact]
        public void Finds_few_cases_across_the_whole_briefing()
        {
            var all = SeedViews.SelectMany(v => Detector.Detect(v.Statement)).ToList();

            Assert.InRange(all.Count, 6, 10);
            Assert.All(all, c => Assert.False(string.IsNullOrWhiteSpace(c.Summary)));
            Assert.All(all, c => Assert.True(c.Places.Count + c.Organisations.Count > 0));
        }

        [Fact]
        public void Finds_each_case_once_in_the_whole_briefing_text()
        {
            var perView = SeedViews.SelectMany(v => Detector.Detect(v.Statement)).Select(c => c.Summary).ToList();

            var whole = Detector.Detect(TestCorpus.ReadSeed()).Select(c => c.Summary).ToList();

            Assert.Equal(perView, whole);
            Assert.Equal(whole.Count, whole.Distinct().Count());
        }

        [Fact]
        public void Finds_no_case_in_the_event_intro_and_centre_description()
        {
            var paragraphs = ParagraphDocument.Paragraphs(TestCorpus.ReadSeed());
            var notCases = paragraphs.Where(p => p.StartsWith("2022年4月21日", StringComparison.Ordinal)
                                                 || p.StartsWith("会议专题二", StringComparison.Ordinal)
                                                 || p.StartsWith("澜沧江-湄公河环境合作中心：", StringComparison.Ordinal)).ToList();

            Assert.Equal(3, notCases.Count);
            Assert.All(notCases, p => Assert.Empty(Detector.Detect(p)));
        }
    }

    public sealed class On_passages_written_for_the_tests
    {
        [Fact]
        public void Finds_an_english_pilot_with_place_and_organisation()
        {
            var cases = Detector.Detect("Flood risk keeps rising in the delta. In 2019 USAID piloted floating rice cultivation with 40 households in An Giang, and yields held up during the high-water season. Such approaches are important for the region.");

            var pilot = Assert.Single(cases);
            Assert.Contains("安江", pilot.Places);
            Assert.Contains("美国国际开发署", pilot.Organisations);
            Assert.Contains("piloted", pilot.Summary);
            Assert.DoesNotContain("important", pilot.Text);
        }

        [Fact]
        public void Keeps_an_english_sentence_whole_across_initials()
        {
            var cases = Detector.Detect("Rivers flood every year. The U.S. Agency for International Development (USAID) piloted community flood maps in An Giang, Vietnam. Maps are useful.");

            var pilot = Assert.Single(cases);
            Assert.StartsWith("The U.S. Agency", pilot.Summary);
            Assert.Contains("越南", pilot.Places);
        }

        [Fact]
        public void Ignores_projects_that_are_only_wished_for_or_valued()
        {
            var cases = Detector.Detect("项目对社区发展非常重要。建议在澜湄国家开展更多生态修复试点。希望世界自然基金会未来在云南推广这一模式。Projects should be scaled up across the Mekong.");

            Assert.Empty(cases);
        }

        [Fact]
        public void Finds_a_chinese_case_without_a_case_noun_when_done_somewhere()
        {
            var cases = Detector.Detect("在大理，洱海周边村庄已建成12座生态湿地，入湖污染负荷明显下降。");

            var wetland = Assert.Single(cases);
            Assert.Contains("大理", wetland.Places);
        }

        [Fact]
        public void Keeps_separate_paragraphs_as_separate_cases()
        {
            var cases = Detector.Detect("世界自然基金会在西双版纳开展了社区护林试点。\n\n乐施会在昆明实施了城市社区气候适应项目。");

            Assert.Equal(2, cases.Count);
            Assert.Equal(["世界自然基金会"], cases[0].Organisations);
            Assert.Equal(["乐施会"], cases[1].Organisations);
        }

        [Fact]
        public void Ignores_a_news_item_about_a_policy()
        {
            var cases = FormDetector.Detect("国务院办公厅近日印发《关于加强生态保护修复的指导意见》，要求各地完善生态保护修复项目管理制度。意见提出，到2025年云南等重点区域生态修复取得明显成效。");

            Assert.Empty(cases);
        }

        [Fact]
        public void Ignores_an_english_news_item_about_new_regulations()
        {
            var cases = FormDetector.Detect("The Ministry of Natural Resources and Environment issued new guidelines on river sand mining in Vietnam. The guidelines cover licensing for projects along the Mekong.");

            Assert.Empty(cases);
        }

        [Fact]
        public void Ignores_cited_case_studies_in_a_bibliography_and_keyword_lists()
        {
            var text = "参考文献\n\n[1] 王明, 李红. 湿地恢复工程的效益评估——以云南省大理州洱海为例[J]. 生态学报, 2019, 39(4): 1-10.\n\n"
                       + "关键词：生态恢复;示范工程;社区参与;大理\n\n"
                       + "Nguyen V. et al. Community forestry pilots in Vietnam. Forest Policy and Economics, 2018.";

            Assert.Empty(FormDetector.Detect(text));
        }

        [Fact]
        public void Ignores_a_project_that_will_only_be_carried_out()
        {
            Assert.Empty(FormDetector.Detect("双方将共同推动昆明湿地修复项目实施落地。"));
        }

        [Fact]
        public void Summarises_with_the_action_not_the_source_or_a_link()
        {
            var chinese = Detector.Detect("据世界自然基金会介绍，在西双版纳已建成3个社区护林示范点。").Single();
            var english = Detector.Detect("See [the project page](https://example.org/projects/pilot-page): in 2020 USAID piloted solar pumps in An Giang with 30 farmers.").Single();

            Assert.DoesNotContain("介绍", chinese.Summary);
            Assert.Contains("示范点", chinese.Summary);
            Assert.DoesNotContain("example.org", english.Summary);
            Assert.Contains("piloted", english.Summary);
        }

        [Fact]
        public void Does_not_count_a_bare_construction_slogan_as_a_case()
        {
            Assert.Empty(FormDetector.Detect("云南省生态文明建设取得显著成效，各项目标任务落地见效。"));
        }
    }

    public sealed class On_the_shared_corpus
    {
        private static readonly CaseStudyDetector Generous = new(FormEntityRecognizer.Places, FormEntityRecognizer.Organisations);

        [SharedCorpusFact]
        public void Finds_cases_in_a_minority_of_news_items()
        {
            var news = Directory.GetFiles(Path.Combine(TestCorpus.SharedCorpus!, "crud-rag-zh-news-env", "txt"), "*.txt");
            var texts = news.Select(File.ReadAllText).ToList();

            var withCase = texts.Count(t => Generous.Detect(t).Count > 0);
            var cases = texts.Sum(t => Generous.Detect(t).Count);

            Assert.True(texts.Count > 50);
            Assert.InRange(withCase, 1, texts.Count * 45 / 100);
            Assert.True(cases <= texts.Count, $"{cases} cases in {texts.Count} news items");
        }

        [SharedCorpusFact]
        public void Finds_cases_rarely_in_research_papers()
        {
            var papers = Directory.GetFiles(Path.Combine(TestCorpus.SharedCorpus!, "chinaxiv-zh-ecology"), "*.md", SearchOption.AllDirectories);
            var text = papers.Select(File.ReadAllText).ToList();
            var characters = text.Sum(t => (long)t.Length);

            var cases = text.Sum(t => Generous.Detect(t).Count);

            Assert.True(characters > 100_000);
            Assert.True(cases * 5_000L <= characters, $"{cases} cases in {characters} characters");
        }

        [SharedCorpusFact]
        public void Every_case_has_a_short_summary_taken_from_its_text_without_links()
        {
            var reports = Directory.GetFiles(Path.Combine(TestCorpus.SharedCorpus!, "dai-developments-mekong-en"), "*.markdown");

            var cases = reports.SelectMany(r => Generous.Detect(File.ReadAllText(r))).ToList();

            Assert.NotEmpty(cases);
            Assert.All(cases, c => Assert.Contains(c.Summary[..Math.Min(6, c.Summary.Length)], c.Text, StringComparison.Ordinal));
            Assert.All(cases, c => Assert.InRange(c.Summary.Length, 20, 161));
            Assert.All(cases, c => Assert.DoesNotContain("//", c.Summary, StringComparison.Ordinal));
        }
    }
}
