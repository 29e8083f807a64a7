using System.Diagnostics;
using LmecKnowledgeSearch.Enrichment.Places;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.Places;

public sealed class PlaceRecognizerTests
{
    private static readonly PlaceRecognizer Recognizer = PlaceRecognizer.CreateDefault();

    private static PlaceMention? FindBySurfaceOrName(IEnumerable<PlaceMention> places, string value) =>
        places.FirstOrDefault(p => p.Mention.Surface == value || p.Mention.Name == value);

    public sealed class On_the_seed_briefing
    {
        private readonly string text = TestCorpus.ReadSeed();

        [Theory]
        [InlineData("柬埔寨", "柬埔寨")]
        [InlineData("暹粒", "柬埔寨")]
        [InlineData("云南", "中国")]
        [InlineData("广西", "中国")]
        [InlineData("贵港", "中国")]
        [InlineData("东江", "中国")]
        [InlineData("珠江", "中国")]
        public void Finds_the_places_named_with_their_country(string surface, string country)
        {
            var place = FindBySurfaceOrName(Recognizer.FindPlaces(text), surface);

            Assert.NotNull(place);
            Assert.Equal(country, place.Mention.Country);
        }

        [Fact]
        public void Finds_Xishuangbanna_as_a_Chinese_prefecture()
        {
            var place = Recognizer.FindPlaces(text).First(p => p.Mention.Surface.StartsWith("西双版纳", StringComparison.Ordinal));

            Assert.Equal("西双版纳州", place.Mention.Name);
            Assert.Equal(PlaceKind.Prefecture, place.Kind);
            Assert.Equal("中国", place.Mention.Country);
        }

        [Fact]
        public void Finds_Phnom_Kulen_national_park_as_a_protected_area_in_Cambodia()
        {
            var park = Recognizer.FindPlaces(text).Single(p => p.Mention.Surface == "Phnom Kulen国家公园");

            Assert.Equal(PlaceKind.ProtectedArea, park.Kind);
            Assert.Equal("柬埔寨", park.Mention.Country);
        }

        [Fact]
        public void Finds_the_Mekong_as_a_river_without_a_single_country()
        {
            var mekong = Recognizer.FindPlaces(text).First(p => p.Mention.Surface == "湄公河");

            Assert.Equal(PlaceKind.River, mekong.Kind);
            Assert.Null(mekong.Mention.Country);
        }

        [Fact]
        public void Reports_offsets_that_point_at_the_surface()
        {
            var mentions = Recognizer.Find(text);

            Assert.NotEmpty(mentions);
            Assert.All(mentions, m => Assert.Equal(m.Surface, text.Substring(m.Start, m.Length)));
        }

        [Fact]
        public void Reports_mentions_in_text_order_without_overlaps()
        {
            var mentions = Recognizer.Find(text);

            for (var i = 1; i < mentions.Count; i++)
            {
                Assert.True(mentions[i - 1].Start + mentions[i - 1].Length <= mentions[i].Start);
            }
        }
    }

    public sealed class Unknown_places
    {
        [Fact]
        public void Recognises_a_county_after_its_province_and_takes_its_country()
        {
            var place = Assert.Single(Recognizer.FindPlaces("调研组在云南省双柏县开展了调查。"), p => p.PlaceId is null);

            Assert.Equal("双柏县", place.Mention.Surface);
            Assert.Equal(PlaceKind.County, place.Kind);
            Assert.Equal("中国", place.Mention.Country);
        }

        [Fact]
        public void Recognises_a_latin_named_national_park_written_in_Chinese_text()
        {
            var park = Assert.Single(Recognizer.FindPlaces("项目在越南Cuc Phuong国家公园开展。"), p => p.Kind == PlaceKind.ProtectedArea);

            Assert.Equal("Cuc Phuong国家公园", park.Mention.Surface);
            Assert.Equal("越南", park.Mention.Country);
        }

        [Fact]
        public void Recognises_a_nature_reserve_named_after_a_landform()
        {
            var reserve = Recognizer.FindPlaces("在洪河国家级自然保护区监测到白枕鹤。").Single(p => p.Kind == PlaceKind.ProtectedArea);

            Assert.Equal("洪河国家级自然保护区", reserve.Mention.Surface);
        }

        [Theory]
        [InlineData("全省各县都要加强城市管理。")]
        [InlineData("我们将进一步推动国家公园体制建设。")]
        [InlineData("各级自然保护区要加强巡护。")]
        [InlineData("超市和菜市场供应充足。")]
        public void Does_not_take_common_words_for_places(string sentence)
        {
            Assert.Empty(Recognizer.FindPlaces(sentence));
        }
    }

    public sealed class Known_names
    {
        [Fact]
        public void Prefers_the_longest_name()
        {
            var place = Assert.Single(Recognizer.FindPlaces("西双版纳傣族自治州"));

            Assert.Equal("西双版纳傣族自治州", place.Mention.Surface);
            Assert.Equal("西双版纳州", place.Mention.Name);
        }

        [Fact]
        public void Matches_English_names_case_insensitively_on_word_boundaries()
        {
            var places = Recognizer.Find("Farmers in AN GIANG and Can Tho grow rice; Cantho is not split.");

            Assert.Contains(places, p => p.Surface == "AN GIANG" && p.Country == "越南");
            Assert.Contains(places, p => p.Surface == "Can Tho" && p.Name == "芹苴");
        }

        [Fact]
        public void Does_not_match_inside_longer_words()
        {
            Assert.Empty(Recognizer.Find("Chinatown and Laotian restaurants in Mekongville"));
        }

        [Fact]
        public void Ignores_names_inside_links()
        {
            Assert.Empty(Recognizer.Find("See https://example.org/projects/mekong-delta-resilience for details."));
        }

        [Fact]
        public void Takes_a_designation_after_a_bare_name_into_the_surface()
        {
            var place = Assert.Single(Recognizer.FindPlaces("清迈府的农民"));

            Assert.Equal("清迈府", place.Mention.Surface);
            Assert.Equal("泰国", place.Mention.Country);
        }

        [Fact]
        public void Does_not_find_places_inside_words_that_only_contain_their_name()
        {
            Assert.Empty(Recognizer.FindPlaces("大理石和普洱茶"));
        }

        [Theory]
        [InlineData("太行山东麓降水较多。", "山东")]
        [InlineData("巴颜喀拉山南坡草甸退化。", "山南")]
        [InlineData("洞庭湖北岸湿地扩大。", "湖北")]
        [InlineData("伶仃洋与珠江西岸城市。", "江西")]
        public void Does_not_take_the_side_of_a_mountain_or_water_for_a_province(string sentence, string province)
        {
            Assert.DoesNotContain(Recognizer.FindPlaces(sentence), p => p.Mention.Surface == province);
        }

        [Theory]
        [InlineData("会议在山东部署了秸秆还田工作。", "山东")]
        [InlineData("河南岸线整治", "河南")]
        public void Still_finds_a_province_after_a_word_that_ends_a_name_or_at_the_start(string sentence, string province)
        {
            Assert.Contains(Recognizer.FindPlaces(sentence), p => p.Mention.Surface == province);
        }
    }

    public sealed class Gazetteer_data
    {
        [Fact]
        public void Has_several_hundred_places_covering_the_six_countries()
        {
            var gazetteer = Recognizer.Gazetteer;

            Assert.True(gazetteer.Entries.Count > 500, $"only {gazetteer.Entries.Count} places");
            foreach (var country in new[] { "中国", "柬埔寨", "老挝", "缅甸", "泰国", "越南" })
            {
                Assert.True(gazetteer.Entries.Count(e => e.Country == country && e.Kind is PlaceKind.Province or PlaceKind.State) >= 10, country);
            }
        }

        [Fact]
        public void Gives_every_subnational_place_of_the_six_countries_a_resolvable_parent()
        {
            var gazetteer = Recognizer.Gazetteer;
            var orphans = gazetteer.Entries
                .Where(e => e.Kind is PlaceKind.Province or PlaceKind.State or PlaceKind.Prefecture or PlaceKind.City or PlaceKind.County)
                .Where(e => e.ParentId is null || gazetteer.FindById(e.ParentId) is null)
                .Select(e => e.Id)
                .ToList();

            Assert.Empty(orphans);
        }
    }

    public sealed class Speed
    {
        [Fact]
        public void Handles_a_60_kB_document_in_a_few_milliseconds()
        {
            var seed = TestCorpus.ReadSeed();
            var text = string.Concat(Enumerable.Repeat(seed, (60_000 / seed.Length) + 1));
            Recognizer.Find(text);

            var best = TimeSpan.MaxValue;
            for (var run = 0; run < 10; run++)
            {
                var watch = Stopwatch.StartNew();
                Recognizer.Find(text);
                best = watch.Elapsed < best ? watch.Elapsed : best;
            }

            // The machine is shared; the bound leaves room for that while still catching a quadratic regression.
            Assert.True(best < TimeSpan.FromMilliseconds(250), $"best of 10 runs took {best.TotalMilliseconds:F1} ms");
        }
    }
}
