using System.Diagnostics;
using LmecKnowledgeSearch.Enrichment.Organisations;
using LmecKnowledgeSearch.Enrichment.Places;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.Organisations;

public sealed class OrganisationRecognizerTests
{
    private static readonly OrganisationRecognizer Recognizer = OrganisationRecognizer.CreateDefault();

    public sealed class On_the_seed_briefing
    {
        private readonly string text = TestCorpus.ReadSeed();

        [Theory]
        [InlineData("联合国环境规划署")]
        [InlineData("斯德哥尔摩环境研究所")]
        [InlineData("保护国际基金会")]
        [InlineData("世界自然基金会")]
        [InlineData("克莱恩斯欧洲环保协会")]
        [InlineData("野生生物保护协会")]
        [InlineData("乐施会")]
        [InlineData("ECOM集团")]
        [InlineData("生态环境部")]
        [InlineData("澜沧江-湄公河环境合作中心")]
        [InlineData("生态环境部对外合作与交流中心")]
        [InlineData("广西壮族自治区生态环境厅")]
        public void Finds_the_organisations_named(string name)
        {
            Assert.Contains(Recognizer.Find(text), m => m.Name == name);
        }

        [Fact]
        public void Resolves_the_acronym_SEI_to_the_Stockholm_Environment_Institute()
        {
            var sei = Recognizer.Find(text).Where(m => m.Surface == "SEI").ToList();

            Assert.NotEmpty(sei);
            Assert.All(sei, m => Assert.Equal("斯德哥尔摩环境研究所", m.Name));
        }

        [Fact]
        public void Resolves_the_em_dash_spelling_of_the_centre_to_the_same_name()
        {
            Assert.Contains(Recognizer.Find(text), m => m.Surface == "澜沧江—湄公河环境合作中心" && m.Name == "澜沧江-湄公河环境合作中心");
        }

        [Fact]
        public void Keeps_a_representative_office_as_its_organisation()
        {
            var office = Recognizer.Find(text).First(m => m.Surface.StartsWith("世界自然基金会", StringComparison.Ordinal));

            Assert.Equal("世界自然基金会北京代表处", office.Surface);
            Assert.Equal("世界自然基金会", office.Name);
        }

        [Fact]
        public void Recognises_the_coffee_company_by_its_form_next_to_its_parent_group()
        {
            var mentions = Recognizer.Find(text);

            Assert.Contains(mentions, m => m.Surface == "普洱天辰咖啡有限公司" && m.Country == "中国");
        }

        [Fact]
        public void Does_not_take_government_departments_in_general_for_the_ministry()
        {
            var index = text.IndexOf("地方生态环境部门", StringComparison.Ordinal);

            Assert.DoesNotContain(Recognizer.Find(text), m => m.Start >= index && m.Start < index + 8);
        }

        [Fact]
        public void Reports_offsets_that_point_at_the_surface()
        {
            var mentions = Recognizer.Find(text);

            Assert.All(mentions, m => Assert.Equal(m.Surface, text.Substring(m.Start, m.Length)));
        }

        [Fact]
        public void Recognises_the_seed_quickly()
        {
            var recognizer = Recognizer;
            recognizer.Find(text);
            var best = TimeSpan.MaxValue;
            for (var run = 0; run < 10; run++)
            {
                var watch = Stopwatch.StartNew();
                recognizer.Find(text);
                best = watch.Elapsed < best ? watch.Elapsed : best;
            }

            Assert.True(best < TimeSpan.FromMilliseconds(100), $"best of 10 runs took {best.TotalMilliseconds:F1} ms");
        }
    }

    public sealed class Unknown_organisations
    {
        [Theory]
        [InlineData("该研究由云南省林业和草原科学院开展。", "云南省林业和草原科学院")]
        [InlineData("该项目由贵州省林业科学研究院承担。", "贵州省林业科学研究院")]
        [InlineData("来自老挝国立农林研究所的专家参加了会议。", "老挝国立农林研究所")]
        [InlineData("生态环境部环境发展中心的专家介绍了经验。", "生态环境部环境发展中心")]
        [InlineData("湖北省妇女儿童发展基金会捐赠了物资。", "湖北省妇女儿童发展基金会")]
        public void Recognises_Chinese_organisations_by_their_suffix(string sentence, string expected)
        {
            Assert.Contains(Recognizer.Find(sentence), m => m.Surface == expected);
        }

        [Fact]
        public void Splits_a_list_of_organisations_joined_by_and()
        {
            var mentions = Recognizer.Find("黑龙江省林业厅及洪河自然保护区管理局联合开展调查");

            Assert.Contains(mentions, m => m.Surface == "黑龙江省林业厅");
            Assert.DoesNotContain(mentions, m => m.Surface.Contains('及'));
        }

        [Theory]
        [InlineData("Researchers at the Mekong Delta Development Research Institute said", "Mekong Delta Development Research Institute")]
        [InlineData("a grant from the Ministry of Mines and Energy of Cambodia.", "Ministry of Mines and Energy of Cambodia")]
        [InlineData("Students of Kasetsart University and of the University of Dhaka met.", "University of Dhaka")]
        [InlineData("Data came from the Bureau of Forestry.Statistical yearbooks were also used.", "Bureau of Forestry")]
        public void Recognises_English_organisations_by_their_head_word(string sentence, string expected)
        {
            Assert.Contains(Recognizer.Find(sentence), m => m.Surface == expected);
        }

        [Theory]
        [InlineData("以社区为中心，推动西部地区发展。")]
        [InlineData("大学生学会了从全局看问题。")]
        [InlineData("地方生态环境部门加强监管。")]
        [InlineData("The Adaptation Programme ran for three years.")]
        [InlineData("SOCIAL CITY planning")]
        [InlineData("村里有三位学生今年考上大学。")]
        [InlineData("受访者的受教育水平达到大学。")]
        public void Does_not_take_common_words_for_organisations(string sentence)
        {
            Assert.Empty(Recognizer.Find(sentence));
        }
    }

    public sealed class Acronyms
    {
        [Theory]
        [InlineData("UNEP", "联合国环境规划署")]
        [InlineData("SEI", "斯德哥尔摩环境研究所")]
        [InlineData("WWF", "世界自然基金会")]
        [InlineData("WCS", "野生生物保护协会")]
        [InlineData("MRC", "湄公河委员会")]
        [InlineData("LMEC", "澜沧江-湄公河环境合作中心")]
        [InlineData("FECO", "生态环境部对外合作与交流中心")]
        [InlineData("Oxfam", "乐施会")]
        [InlineData("ClientEarth", "克莱恩斯欧洲环保协会")]
        public void Resolve_to_the_registered_organisation(string acronym, string name)
        {
            var mention = Assert.Single(Recognizer.Find($"Experts from {acronym} attended the dialogue."));

            Assert.Equal(name, mention.Name);
        }

        [Fact]
        public void Are_matched_case_sensitively_as_whole_words()
        {
            var mentions = Recognizer.Find("SEI and IUCN worked with sei members and the IUCNs.");

            Assert.Equal(["SEI", "IUCN"], mentions.Select(m => m.Surface));
        }

        [Fact]
        public void Ambiguous_ones_need_the_full_name_in_the_same_text()
        {
            Assert.Empty(Recognizer.Find("The 95% CI was wide."));

            var confirmed = Recognizer.Find("Conservation International (CI) said CI will help.");
            Assert.Equal(3, confirmed.Count(m => m.Name == "保护国际基金会"));
        }
    }

    public sealed class With_its_own_data
    {
        [Fact]
        public void Recognises_names_from_a_registry_it_is_given()
        {
            var registry = OrganisationRegistry.Parse(new StringReader(
                "id\ttype\tzh_names\ten_names\tacronyms\tcountry\nx\tngo\t湄公河之友\tFriends of the Mekong\tFOM\t泰国\n"));
            var recognizer = new OrganisationRecognizer(registry, new PlaceRecognizer(new Gazetteer([])));

            var mentions = recognizer.Find("FOM (Friends of the Mekong) 即湄公河之友。");

            Assert.Equal(3, mentions.Count);
            Assert.All(mentions, m => Assert.Equal("湄公河之友", m.Name));
            Assert.All(mentions, m => Assert.Equal("泰国", m.Country));
        }

        [Fact]
        public void Default_registry_holds_a_few_hundred_organisations_of_every_type()
        {
            var entries = Recognizer.Registry.Entries;

            Assert.True(entries.Count >= 300, $"only {entries.Count} organisations");
            foreach (var type in new[] { OrganisationType.Un, OrganisationType.Ngo, OrganisationType.Research, OrganisationType.Government, OrganisationType.Company, OrganisationType.University, OrganisationType.Intergovernmental })
            {
                Assert.Contains(entries, e => e.Type == type);
            }
        }
    }
}
