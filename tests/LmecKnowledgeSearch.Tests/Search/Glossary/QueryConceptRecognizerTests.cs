using System.Diagnostics;
using LmecKnowledgeSearch.Search.Glossary;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Search.Glossary;

public sealed class QueryConceptRecognizerTests
{
    private static readonly QueryConceptRecognizer Recognizer =
        new(LmecKnowledgeSearch.Search.Glossary.Glossary.LoadDefault());

    private static List<ExpansionTerm> TermsOf(string query) =>
        Recognizer.Recognize(query).SelectMany(e => e.Terms).ToList();

    private static void AssertProposes(string query, params string[] expected)
    {
        var terms = TermsOf(query).Select(t => t.Text).ToList();
        foreach (var text in expected)
        {
            Assert.True(terms.Contains(text), $"'{query}' did not propose '{text}'; it proposed: {string.Join(", ", terms)}");
        }
    }

    public sealed class Cross_language
    {
        [Fact]
        public void Tibetan_nature_reserves_proposes_xizang_and_nature_reserve_in_chinese()
        {
            var expansions = Recognizer.Recognize("Tibetan nature reserves");
            Assert.Equal(["Tibetan", "nature reserves"], expansions.Select(e => e.Surface));
            AssertProposes("Tibetan nature reserves", "西藏", "自然保护区");
        }

        [Fact]
        public void Desertification_reversal_proposes_both_chinese_names_and_the_broader_concept()
        {
            AssertProposes("desertification reversal", "荒漠化逆转", "沙漠化逆转", "荒漠化");
            var first = TermsOf("desertification reversal")[0];
            Assert.Equal(("荒漠化逆转", ExpansionKind.Translation, 0.6), (first.Text, first.Kind, first.Weight));
        }

        [Fact]
        public void Early_warning_translates_both_ways()
        {
            AssertProposes("early warning", "早期预警");
            AssertProposes("早期预警", "early warning");
        }

        [Fact]
        public void Smallholder_in_chinese_proposes_smallholder_farmers_in_english()
        {
            var terms = TermsOf("小农户");
            Assert.Contains(terms, t => t.Language == "en" && t.Text.StartsWith("smallholder", StringComparison.Ordinal));
        }

        [Fact]
        public void Nature_based_solutions_with_hyphen_or_spaces_proposes_the_chinese_term()
        {
            AssertProposes("nature-based solutions", "基于自然的解决方案");
            AssertProposes("Nature Based Solution", "基于自然的解决方案");
        }

        [Fact]
        public void Carbon_sink_in_chinese_proposes_carbon_sink()
        {
            AssertProposes("碳汇", "carbon sink");
        }

        [Fact]
        public void Rubber_plantation_proposes_rubber_forest_and_plantation_terms()
        {
            AssertProposes("rubber plantation", "橡胶林", "橡胶种植园");
        }

        [Theory]
        [InlineData("NbS", "基于自然的解决方案")]
        [InlineData("EbA", "基于生态系统的适应")]
        [InlineData("MRC", "湄公河委员会")]
        [InlineData("mrc", "Mekong River Commission")]
        [InlineData("IPCC", "政府间气候变化专门委员会")]
        public void Acronyms_are_recognised(string query, string expected)
        {
            AssertProposes(query, expected);
        }
    }

    public sealed class Field_vocabulary
    {
        private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase) { "of", "in", "the", "and", "for", "at", "by", "on", "to", "与", "和", "的" };

        // Queries of the field, written for this test (not taken from the judged set): every content word must be covered
        // by a concept that proposes at least one term in the other language, or a cross-lingual search loses it.
        [Theory]
        [InlineData("home-based employment of rural women")]
        [InlineData("river basin organizations and data sharing")]
        [InlineData("permafrost thaw on the Tibetan Plateau")]
        [InlineData("logging ban and natural forest protection")]
        [InlineData("fair trade coffee certification")]
        [InlineData("spatial distribution of fish diversity")]
        [InlineData("mangrove planting in coastal areas")]
        [InlineData("carbon emissions trading pilot")]
        [InlineData("climate vulnerability of smallholders")]
        [InlineData("气象灾害早期预警")]
        [InlineData("居家就业与手工艺")]
        [InlineData("红树林种植成效")]
        [InlineData("湖泊水量变化")]
        [InlineData("冻土退化")]
        [InlineData("流域机构 数据共享")]
        [InlineData("禁伐 天然林保护")]
        public void Every_content_word_is_covered_with_a_translation(string query)
        {
            var expansions = Recognizer.Recognize(query);
            var covered = new bool[query.Length];
            foreach (var expansion in expansions.Where(e => e.Terms.Any(t => t.Kind is ExpansionKind.Translation or ExpansionKind.TranslationSynonym)))
            {
                Array.Fill(covered, true, expansion.Start, expansion.Length);
            }

            var uncovered = Words(query).Where(w => !FunctionWords.Contains(w.Text) && !covered[w.Start..(w.Start + w.Text.Length)].All(c => c)).Select(w => w.Text).ToList();
            Assert.True(uncovered.Count == 0, $"'{query}' leaves uncovered: {string.Join(", ", uncovered)}");
        }

        private static IEnumerable<(int Start, string Text)> Words(string query)
        {
            var start = -1;
            for (var i = 0; i <= query.Length; i++)
            {
                var inWord = i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] != '-';
                if (inWord && start < 0)
                {
                    start = i;
                }
                else if (!inWord && start >= 0)
                {
                    var word = query[start..i];
                    if (word.All(c => c >= '\u4E00' && c <= '\u9FFF'))
                    {
                        // A Chinese run: single function characters aside, every character must be covered.
                        for (var k = 0; k < word.Length; k++)
                        {
                            yield return (start + k, word[k].ToString());
                        }
                    }
                    else
                    {
                        yield return (start, word);
                    }

                    start = -1;
                }
            }
        }
    }

    public sealed class Spans
    {
        [Fact]
        public void Mixed_query_finds_the_chinese_and_the_english_concept_with_their_offsets()
        {
            var expansions = Recognizer.Recognize("小农户 livelihoods");
            Assert.Equal(2, expansions.Count);
            Assert.Equal((0, 3, "小农户"), (expansions[0].Start, expansions[0].Length, expansions[0].Surface));
            Assert.Equal((4, 11, "livelihoods"), (expansions[1].Start, expansions[1].Length, expansions[1].Surface));
            Assert.Contains(expansions[1].Terms, t => t.Text == "生计");
        }

        [Fact]
        public void Women_in_rubber_plantations_finds_women_and_the_plural_phrase()
        {
            var expansions = Recognizer.Recognize("women in rubber plantations");
            Assert.Equal(["women", "rubber-plantation"], expansions.Select(e => e.Concept.Id));
            Assert.Contains(expansions[0].Terms, t => t.Text == "妇女");
        }

        [Fact]
        public void Longest_english_phrase_wins_over_its_words()
        {
            var expansion = Assert.Single(Recognizer.Recognize("Asian elephant"));
            Assert.Equal("asian-elephant", expansion.Concept.Id);
        }

        [Fact]
        public void Chinese_run_is_split_into_the_terms_that_cover_it_best()
        {
            var expansions = Recognizer.Recognize("西藏自然保护区");
            Assert.Equal(["西藏", "自然保护区"], expansions.Select(e => e.Surface));
        }

        [Fact]
        public void English_phrases_do_not_run_across_punctuation()
        {
            var expansions = Recognizer.Recognize("nature, reserves");
            Assert.DoesNotContain(expansions, e => e.Concept.Id == "nature-reserve");
        }

        [Fact]
        public void A_query_without_glossary_concepts_gives_no_expansions()
        {
            Assert.Empty(Recognizer.Recognize("the quick brown fox"));
            Assert.Empty(Recognizer.Recognize(""));
        }
    }

    public sealed class Sensible_expansions
    {
        [Fact]
        public void Chinese_as_an_adjective_is_not_expanded_to_china()
        {
            Assert.DoesNotContain(TermsOf("Chinese documents on mangroves"), t => t.Text == "中国");
        }

        [Fact]
        public void Demonyms_fold_to_their_country()
        {
            AssertProposes("Cambodian fishers", "柬埔寨", "渔民");
            AssertProposes("Vietnamese farmers", "越南");
        }

        [Fact]
        public void Places_do_not_expand_to_their_provinces_or_their_country()
        {
            var terms = TermsOf("Yunnan");
            Assert.Contains(terms, t => t.Text == "云南");
            Assert.DoesNotContain(terms, t => t.Text is "中国" or "昆明" or "西双版纳");
        }

        [Fact]
        public void A_single_han_character_is_never_matched_or_proposed()
        {
            Assert.All(Recognizer.Recognize("水和林"), e => Assert.True(e.Length >= 2));
            Assert.DoesNotContain(TermsOf("Tibet"), t => t.Language == "zh" && t.Text.Length < 2);
        }

        [Fact]
        public void Acronyms_that_are_everyday_words_are_not_proposed()
        {
            Assert.DoesNotContain(TermsOf("Tibet"), t => t.Text == "TAR");
            Assert.DoesNotContain(TermsOf("可持续发展"), t => t.Text == "SD");
        }

        [Fact]
        public void Everyday_words_written_like_acronyms_in_lower_case_are_not_concepts()
        {
            Assert.Empty(Recognizer.Recognize("who can see the traffic"));
        }

        [Fact]
        public void Weights_rank_translation_over_synonyms_over_related_concepts()
        {
            var terms = TermsOf("early warning");
            var translation = terms.Single(t => t.Kind == ExpansionKind.Translation).Weight;
            Assert.All(terms.Where(t => t.Kind is ExpansionKind.Synonym or ExpansionKind.TranslationSynonym), t => Assert.True(t.Weight < translation));
            Assert.All(terms.Where(t => t.Kind is ExpansionKind.Narrower or ExpansionKind.Broader), t => Assert.True(t.Weight < 0.5));
        }

        [Fact]
        public void The_matched_words_themselves_are_not_proposed_again()
        {
            Assert.DoesNotContain(TermsOf("rubber plantations"), t => t.Text is "rubber plantation" or "rubber plantations");
            Assert.DoesNotContain(TermsOf("碳汇"), t => t.Text == "碳汇");
        }

        [Fact]
        public void Custom_weights_are_used()
        {
            var recognizer = new QueryConceptRecognizer(
                LmecKnowledgeSearch.Search.Glossary.Glossary.LoadDefault(), new ExpansionWeights(Translation: 0.9));
            Assert.Equal(0.9, recognizer.Recognize("碳汇")[0].Terms[0].Weight);
        }
    }

    public sealed class Performance
    {
        private static readonly string[] Queries =
        [
            "Tibetan nature reserves", "desertification reversal", "早期预警", "小农户 livelihoods",
            "women in rubber plantations", "澜湄流域生态基础设施支持社区可持续发展专家观点",
            "climate finance for the rural poor in the Mekong Delta", "湄公河下游渔业与水电开发的影响",
        ];

        [Fact]
        public void Recognition_takes_well_under_a_millisecond_per_query()
        {
            foreach (var q in Queries)
            {
                Recognizer.Recognize(q);
            }

            // Best of several batches: the machine is shared, so one slow batch says little about the code.
            var best = double.MaxValue;
            for (var batch = 0; batch < 5; batch++)
            {
                var stopwatch = Stopwatch.StartNew();
                for (var round = 0; round < 50; round++)
                {
                    foreach (var q in Queries)
                    {
                        Recognizer.Recognize(q);
                    }
                }

                best = Math.Min(best, stopwatch.Elapsed.TotalMilliseconds / (50 * Queries.Length));
            }

            Assert.True(best < 1.0, $"{best:F3} ms per query");
        }

        [Fact]
        public void One_recognizer_gives_the_same_answers_on_many_threads()
        {
            var expected = Queries.Select(q => string.Join("|", Recognizer.Recognize(q).Select(e => e.Concept.Id + e.Terms.Count))).ToArray();
            Parallel.For(0, 200, i =>
            {
                var k = i % Queries.Length;
                Assert.Equal(expected[k], string.Join("|", Recognizer.Recognize(Queries[k]).Select(e => e.Concept.Id + e.Terms.Count)));
            });
        }
    }
}
