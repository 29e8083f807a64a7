using LmecKnowledgeSearch.Analysis;
using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Analysis.Lexicon;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Analysis.Chinese;

public sealed class DomainSegmenterTests
{
    private static readonly Lazy<DomainLexicon> Lexicon = new(DomainLexicon.LoadDefault);
    private static readonly Lazy<DomainSegmenter> Segmenter = new(() => new DomainSegmenter(SegmenterFactory.CreateDictionaryBase(), Lexicon.Value));

    private static string[] Words(ISegmenter segmenter, string text) =>
        segmenter.Segment(text).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    public sealed class Lexicon_words
    {
        [Fact]
        public void Stay_whole_where_icu_alone_splits_them()
        {
            const string Text = "湄公河流域水资源开发、气候变化、土地利用、森林砍伐和生态系统服务的过度使用";

            var icu = Words(new IcuSegmenter(), Text);
            var product = Words(Segmenter.Value, Text);

            Assert.DoesNotContain("生态系统服务", icu);
            Assert.Contains("生态系统服务", product);
            Assert.Contains("湄公河流域", product);
        }

        [Fact]
        public void Every_lexicon_word_is_one_segment_between_punctuation()
        {
            var words = LexiconWords().ToList();
            Assert.True(words.Count > 1500, $"only {words.Count} lexicon words");

            var broken = words.Where(w => !Words(Segmenter.Value, "，" + w + "。").SequenceEqual([w])).ToList();

            Assert.Empty(broken);
        }

        [Fact]
        public void Yield_to_icu_boundaries_when_a_shorter_lexicon_word_fits()
        {
            // 生态环境部 is a lexicon word, but here the text says 生态环境 + 部门 (departments).
            var words = Words(Segmenter.Value, "来自生态环境部及地方生态环境部门");

            Assert.Equal(["来自", "生态环境部", "及", "地方", "生态环境", "部门"], words);
        }

        private static IEnumerable<string> LexiconWords()
        {
            var assembly = typeof(DomainLexicon).Assembly;
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("LmecKnowledgeSearch.Data.lexicon", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
                {
                    var word = line.Split('#')[0].Trim().Split('\t', ' ')[0];
                    if (word.Length > 1)
                    {
                        yield return word;
                    }
                }
            }
        }
    }

    public sealed class Numbers
    {
        [Theory]
        [InlineData("2022年4月21日", new[] { "2022年", "4月", "21日" })]
        [InlineData("二○○○年十二月三十一日", new[] { "二○○○年", "十二月", "三十一日" })]
        [InlineData("收入达到55.6亿元，增长25％", new[] { "收入", "达到", "55.6亿", "元", "增长", "25％" })]
        [InlineData("代表近300人参加了会议", new[] { "代表", "近", "300", "人", "参加", "了", "会议" })]
        [InlineData("第三步战略目标", new[] { "第三", "步", "战略", "目标" })]
        public void Merge_with_their_parts_and_units_as_sighan_writes_them(string text, string[] expected)
        {
            Assert.Equal(expected, Words(Segmenter.Value, text));
        }

        [Fact]
        public void Leave_mixed_latin_tokens_as_icu_gives_them()
        {
            var words = Words(Segmenter.Value, "新冠COVID-19疫情与PM2.5浓度");

            Assert.Contains("PM2.5", words);
            Assert.DoesNotContain("19", words.Where(w => w != "COVID-19" && w.EndsWith("19", StringComparison.Ordinal) && w.Length > 2));
        }

        [Fact]
        public void Are_typed_numeric()
        {
            var segments = Segmenter.Value.Segment("增长25％");

            Assert.Equal(SegmentKind.Numeric, segments[^1].Kind);
        }
    }

    public sealed class Single_characters_icu_leaves
    {
        [Fact]
        public void Join_a_given_name_after_a_surname()
        {
            // ICU has no entry for this name and leaves three single characters.
            Assert.Equal(["主席", "江", "泽民", "发表", "新年", "贺词"], Words(Segmenter.Value, "主席江泽民发表新年贺词"));
        }

        [Fact]
        public void Join_a_derivational_suffix_to_its_word()
        {
            var words = Words(Segmenter.Value, "推进现代化建设，提高竞争力");

            Assert.Contains("现代化", words);
            Assert.Contains("竞争力", words);
        }

        [Theory]
        [InlineData("这种做法在各项工作中每年都有", new[] { "这种", "各项", "每年" })]
        [InlineData("近年来澜湄合作不断深化", new[] { "近年来" })]
        [InlineData("有的地区水资源短缺，有的地区洪涝频发", new[] { "有的" })]
        [InlineData("反对保护主义和单边主义", new[] { "保护主义", "单边主义" })]
        public void Join_demonstratives_isms_and_recent_years_into_one_word(string text, string[] expected)
        {
            var words = Words(Segmenter.Value, text);

            Assert.All(expected, word => Assert.Contains(word, words));
        }

        [Fact]
        public void Split_an_enumerating_numeral_from_the_verb_after_it()
        {
            var words = Words(Segmenter.Value, "一是加强水资源合作，二是推进绿色发展，更多项目落地");

            Assert.Equal(["一", "是"], words[..2]);
            Assert.Contains("二", words);
            Assert.Contains("更", words);
        }

        [Fact]
        public void Split_adverbs_and_pronouns_from_the_verb_after_them()
        {
            var words = Words(Segmenter.Value, "双方都在努力，他在会上说，项目将会按期完成");

            Assert.Contains("都", words);
            Assert.Contains("他", words);
            Assert.Contains("将", words);
            Assert.DoesNotContain("都在", words);
        }

        [Fact]
        public void Split_only_then_can_but_keep_the_noun_talent()
        {
            var words = Words(Segmenter.Value, "只有加强合作才能实现共赢，青年的才能得到发挥");

            Assert.Equal(2, words.Count(w => w == "才能" || w == "才"));
            Assert.Contains("才", words);
            Assert.Contains("才能", words);
        }

        [Fact]
        public void Keep_a_numeral_apart_from_its_measure_word()
        {
            var words = Words(Segmenter.Value, "一种新的合作模式");

            Assert.Equal("一", words[0]);
        }
    }
}
