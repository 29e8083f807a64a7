using LmecKnowledgeSearch.Search;
using LmecKnowledgeSearch.Tests.Fixtures;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Enrichment.EndToEnd;

/// <summary>
/// The seed's committed renditions (DOCX, PDF, GB18030 text) and the original, each indexed in its own folder: indexed
/// together they would be recognised as copies of one document.
/// </summary>
public sealed class SeedRenditionsKnowledgeBase : IAsyncLifetime
{
    public static readonly string[] Files = ["lmec-briefing-2022-11.txt", "lmec-briefing-2022-11.docx", "lmec-briefing-2022-11.pdf", "lmec-briefing-2022-11.gb18030.txt"];

    private readonly Dictionary<string, (TempCorpus Temp, KnowledgeBase Knowledge)> bases = [];

    public async Task InitializeAsync()
    {
        foreach (var file in Files)
        {
            var temp = new TempCorpus();
            temp.CopyFromRepoCorpus(file);
            var knowledge = new KnowledgeBase(temp.IndexPath, TimeProvider.System);
            bases[file] = (temp, knowledge);
            await knowledge.IndexAsync([temp.Corpus]);
        }
    }

    public IReadOnlyList<IndexUnit> Units(string source, string kind)
    {
        var knowledge = bases[source].Knowledge;
        return knowledge.Search.Search(new SearchRequest { Top = SearchRequest.MaxTop, Filters = new Dictionary<string, IReadOnlyList<string>> { ["kind"] = [kind] } })
            .Hits.Select(h => knowledge.Search.GetUnit(h.Id)!)
            .OrderBy(u => u.Number)
            .ToList();
    }

    public Task DisposeAsync()
    {
        foreach (var (temp, knowledge) in bases.Values)
        {
            knowledge.Dispose();
            temp.Dispose();
        }

        return Task.CompletedTask;
    }
}

public sealed class SeedRenditionsEndToEndTests(SeedRenditionsKnowledgeBase kb) : IClassFixture<SeedRenditionsKnowledgeBase>
{
    private const string Original = "lmec-briefing-2022-11.txt";

    [Theory]
    [InlineData("lmec-briefing-2022-11.docx")]
    [InlineData("lmec-briefing-2022-11.pdf")]
    [InlineData("lmec-briefing-2022-11.gb18030.txt")]
    public void Gives_every_rendition_the_same_twelve_speakers_and_affiliations(string rendition)
    {
        var expected = kb.Units(Original, UnitKinds.ExpertView).Select(v => (v.Speaker, v.Affiliation)).ToList();

        var actual = kb.Units(rendition, UnitKinds.ExpertView).Select(v => (v.Speaker, v.Affiliation)).ToList();

        Assert.Equal(12, expected.Count);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("lmec-briefing-2022-11.docx")]
    [InlineData("lmec-briefing-2022-11.pdf")]
    [InlineData("lmec-briefing-2022-11.gb18030.txt")]
    public void Gives_every_rendition_the_same_document_metadata_and_case_count(string rendition)
    {
        var original = kb.Units(Original, UnitKinds.Document).Single();
        var copy = kb.Units(rendition, UnitKinds.Document).Single();

        Assert.Equal(original.Date, copy.Date);
        Assert.Equal(original.DocumentType, copy.DocumentType);
        Assert.Equal(original.Title.Replace(" ", string.Empty, StringComparison.Ordinal), copy.Title.Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Equal(kb.Units(Original, UnitKinds.CaseStudy).Count, kb.Units(rendition, UnitKinds.CaseStudy).Count);
        Assert.All(kb.Units(rendition, UnitKinds.Passage), p => Assert.DoesNotContain("邮编", p.Text, StringComparison.Ordinal));
    }
}
