using LmecKnowledgeSearch.Search.Glossary;
using LmecKnowledgeSearch.Tests.Fixtures;
using LmecKnowledgeSearch.TextPrimitives;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Search.Glossary;

public sealed class GlossaryTests
{
    private static readonly LmecKnowledgeSearch.Search.Glossary.Glossary Default =
        LmecKnowledgeSearch.Search.Glossary.Glossary.LoadDefault();

    private static string GlossaryFolder =>
        Path.Combine(TestCorpus.RepoRoot, "src", "LmecKnowledgeSearch", "Data", "glossary");

    public sealed class Data_integrity
    {
        [Fact]
        public void Embedded_glossary_loads_without_issues()
        {
            Assert.Empty(Default.Issues);
        }

        [Fact]
        public void Embedded_glossary_has_at_least_2500_concepts()
        {
            Assert.True(Default.Concepts.Count >= 2500, $"only {Default.Concepts.Count} concepts");
        }

        [Fact]
        public void Every_row_of_every_file_has_six_non_empty_cells_and_a_unique_id()
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var problems = new List<string>();
            foreach (var file in Directory.EnumerateFiles(GlossaryFolder, "*.tsv"))
            {
                var lineNumber = 0;
                foreach (var line in File.ReadLines(file))
                {
                    lineNumber++;
                    if (line.StartsWith('#') || line.StartsWith("id\t", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var cells = line.Split('\t');
                    var where = $"{Path.GetFileName(file)}:{lineNumber}";
                    if (cells.Length != 6)
                    {
                        problems.Add($"{where}: {cells.Length} cells");
                        continue;
                    }

                    if (cells.Any(c => c.Trim().Length == 0) || cells.Any(c => c != c.Trim()))
                    {
                        problems.Add($"{where}: empty or padded cell");
                    }

                    if (cells.Take(5).Any(c => c.Split('|').Any(t => t.Trim().Length == 0)))
                    {
                        problems.Add($"{where}: empty term between '|'");
                    }

                    if (!ids.Add(cells[0]))
                    {
                        problems.Add($"{where}: duplicate id {cells[0]}");
                    }
                }
            }

            Assert.Empty(problems);
        }

        [Fact]
        public void Every_concept_has_a_chinese_term_with_han_characters_and_an_english_term_with_latin_letters()
        {
            var bad = Default.Concepts
                .Where(c => !c.ChineseTerms.Any(t => t.Any(ch => ch >= '\u4E00' && ch <= '\u9FFF'))
                            || !c.EnglishTerms.Any(t => t.Any(char.IsAsciiLetter)))
                .Select(c => c.Id)
                .ToList();
            Assert.Empty(bad);
        }

        [Fact]
        public void Every_broader_id_exists_and_no_concept_is_its_own_ancestor()
        {
            var problems = new List<string>();
            foreach (var concept in Default.Concepts)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var frontier = new Queue<string>(concept.Broader);
                while (frontier.Count > 0)
                {
                    var id = frontier.Dequeue();
                    if (Default.GetById(id) is not { } parent)
                    {
                        problems.Add($"{concept.Id} -> missing {id}");
                        continue;
                    }

                    if (id == concept.Id)
                    {
                        problems.Add($"{concept.Id} is its own ancestor");
                        break;
                    }

                    if (seen.Add(id))
                    {
                        foreach (var b in parent.Broader)
                        {
                            frontier.Enqueue(b);
                        }
                    }
                }
            }

            Assert.Empty(problems);
        }

        [Fact]
        public void Narrower_links_mirror_broader_links()
        {
            foreach (var concept in Default.Concepts)
            {
                foreach (var child in concept.Narrower)
                {
                    Assert.Contains(concept.Id, Default.GetById(child)!.Broader);
                }
            }
        }

        [Fact]
        public void No_chinese_term_english_term_or_acronym_belongs_to_two_concepts()
        {
            var conflicts = new List<string>();
            Collect(conflicts, "zh", Default.Concepts.SelectMany(c => c.ChineseTerms.Select(t => (t, c.Id))));
            Collect(conflicts, "en", Default.Concepts.SelectMany(c => c.EnglishTerms.Select(t => (EnglishWords.Key(t), c.Id))));
            Collect(conflicts, "acronym", Default.Concepts.SelectMany(c => c.Acronyms.Select(t => (t, c.Id))));
            Assert.True(conflicts.Count == 0, string.Join(Environment.NewLine, conflicts));
        }

        private static void Collect(List<string> conflicts, string kind, IEnumerable<(string Term, string Id)> pairs)
        {
            conflicts.AddRange(pairs
                .GroupBy(p => p.Term, StringComparer.Ordinal)
                .Select(g => (g.Key, Ids: g.Select(p => p.Id).Distinct().ToList()))
                .Where(g => g.Ids.Count > 1)
                .Select(g => $"{kind} '{g.Key}': {string.Join(", ", g.Ids)}"));
        }

        [Fact]
        public void Every_domain_is_one_of_the_documented_domains()
        {
            string[] domains = ["gen", "sci", "eco", "bio", "water", "climate", "land", "agri", "liv", "gov", "energy", "pa", "poll", "fin", "place", "org"];
            Assert.Empty(Default.Concepts.Where(c => !domains.Contains(c.Domain)).Select(c => c.Id));
        }
    }

    public sealed class Lookup
    {
        [Theory]
        [InlineData("自然保护区", "nature-reserve")]
        [InlineData("Nature Reserves", "nature-reserve")]
        [InlineData("nature reserve", "nature-reserve")]
        [InlineData("Smallholders", "smallholder")]
        [InlineData("rural revitalisation", "rural-revitalization")]
        [InlineData("rural revitalization", "rural-revitalization")]
        [InlineData("nature based solutions", "nature-based-solutions")]
        [InlineData("NbS", "nature-based-solutions")]
        [InlineData("MRC", "mrc")]
        [InlineData("mrc", "mrc")]
        [InlineData("NGOs", "ngo")]
        [InlineData("fisheries", "fisheries")]
        [InlineData("women's empowerment", "women-empowerment")]
        [InlineData("碳中和", "carbon-neutrality")]
        public void Finds_a_concept_by_any_of_its_terms(string term, string id)
        {
            Assert.Contains(Default.Find(term), c => c.Id == id);
        }

        [Theory]
        [InlineData("who")]
        [InlineData("see")]
        [InlineData("traffic")]
        [InlineData("Chinese")]
        [InlineData("")]
        public void Does_not_turn_everyday_words_into_concepts(string term)
        {
            Assert.Empty(Default.Find(term));
        }
    }

    public sealed class Loading
    {
        [Fact]
        public void A_glossary_file_replaces_the_embedded_one()
        {
            var path = Path.Combine(Path.GetTempPath(), $"glossary-{Guid.NewGuid():N}.tsv");
            File.WriteAllText(path, "# test\nid\tzh\ten\tacronyms\tbroader\tdomain\nmy-term\t测试概念\tsample concept\tSCX\t-\teco\n");
            try
            {
                var glossary = LmecKnowledgeSearch.Search.Glossary.Glossary.LoadFile(path);
                Assert.Single(glossary.Concepts);
                Assert.Equal("my-term", Assert.Single(glossary.Find("sample concepts")).Id);
                Assert.Empty(glossary.Find("自然保护区"));
                var recognizer = new QueryConceptRecognizer(glossary);
                var expansion = Assert.Single(recognizer.Recognize("测试概念"));
                Assert.Contains(expansion.Terms, t => t.Text == "sample concept");
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public async Task A_glossary_folder_loads_every_tsv_file_in_it()
        {
            var folder = Path.Combine(Path.GetTempPath(), $"glossary-{Guid.NewGuid():N}");
            Directory.CreateDirectory(folder);
            try
            {
                await File.WriteAllTextAsync(Path.Combine(folder, "a.tsv"), "a\t甲概念\tfirst concept\t-\t-\teco\n");
                await File.WriteAllTextAsync(Path.Combine(folder, "b.tsv"), "b\t乙概念\tsecond concept\t-\ta\teco\n");
                var glossary = await LmecKnowledgeSearch.Search.Glossary.Glossary.LoadFileAsync(folder);
                Assert.Equal(2, glossary.Concepts.Count);
                Assert.Equal(["b"], glossary.GetById("a")!.Narrower);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        [Fact]
        public void Malformed_rows_become_issues_and_the_rest_still_loads()
        {
            var text = "ok\t好概念\tgood concept\t-\tmissing-parent\teco\nbroken\tonly three\tcells\nok\t重复\tduplicate\t-\t-\teco\nempty\t\tno chinese\t-\t-\teco\n";
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
            var glossary = LmecKnowledgeSearch.Search.Glossary.Glossary.Load(stream);
            Assert.Single(glossary.Concepts);
            Assert.Empty(glossary.Concepts[0].Broader);
            Assert.Equal(4, glossary.Issues.Count);
        }

        [Fact]
        public void A_missing_glossary_file_is_reported_with_its_path()
        {
            var ex = Assert.Throws<FileNotFoundException>(() => LmecKnowledgeSearch.Search.Glossary.Glossary.LoadFile("/nonexistent/glossary.tsv"));
            Assert.Equal("/nonexistent/glossary.tsv", ex.FileName);
        }
    }
}
