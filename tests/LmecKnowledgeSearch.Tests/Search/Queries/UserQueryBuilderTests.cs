using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Search.Glossary;
using LmecKnowledgeSearch.Search.Queries;
using Lucene.Net.Search;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Search.Queries;

public sealed class UserQueryBuilderTests
{
    private static readonly UserQueryBuilder Builder = CreateBuilder();

    private static UserQueryBuilder CreateBuilder()
    {
        var analyzer = IndexSchema.CreateAnalyzer(SegmenterFactory.CreateDefault());
        return new UserQueryBuilder(analyzer, new GlossaryQueryExpander(new GlossarySource(), analyzer));
    }

    [Fact]
    public void Rewards_neighbouring_words_of_different_concepts_found_together()
    {
        var pairs = Phrases(Builder.Build("社区生计改善"));

        Assert.Contains(pairs, p => p.SequenceEqual(["社区", "生计改善"]));
    }

    [Fact]
    public void Takes_a_hyphen_inside_a_word_for_part_of_the_word_not_an_operator()
    {
        var pairs = Phrases(Builder.Build("women-led 社区生计改善"));

        Assert.Contains(pairs, p => p.SequenceEqual(["社区", "生计改善"]));
    }

    [Fact]
    public void Does_not_reward_the_words_of_one_concept_for_standing_together()
    {
        var pairs = Phrases(Builder.Build("waterbird diversity at Qinghai Lake"));

        Assert.DoesNotContain(pairs, p => p.SequenceEqual(["qinghai", "lake"]));
        Assert.Contains(pairs, p => p.SequenceEqual(["waterbird", "divers"]));
    }

    [Theory]
    [InlineData("\"社区生计\" 改善")]
    [InlineData("社区 AND 生计")]
    [InlineData("title:生计 社区")]
    [InlineData("社区生计改善 -橡胶")]
    public void Leaves_queries_in_lucene_syntax_as_written(string query)
    {
        Assert.Empty(Phrases(Builder.Build(query)));
    }

    [Fact]
    public void Coordinates_the_words_of_a_chinese_term_in_the_body_but_not_in_the_title()
    {
        var query = Builder.Build("牧民生计");

        var booleans = Flatten(query).OfType<BooleanQuery>().Where(b => b.Clauses.Count > 1 && b.Clauses.All(c => c.Query is TermQuery)).ToList();
        Assert.Contains(booleans, b => !b.CoordDisabled && b.Clauses.All(c => ((TermQuery)c.Query).Term.Field == IndexSchema.Text));
        Assert.DoesNotContain(booleans, b => !b.CoordDisabled && b.Clauses.Any(c => ((TermQuery)c.Query).Term.Field == IndexSchema.Title));
    }

    // Terms as indexed: English words are stemmed ("diversity" → "divers").
    private static List<string[]> Phrases(Query query) =>
        Flatten(query).OfType<PhraseQuery>().Where(p => p.Slop > 0).Select(p => p.GetTerms().Select(t => t.Text).ToArray()).ToList();

    private static IEnumerable<Query> Flatten(Query query)
    {
        yield return query;
        var children = query switch
        {
            BooleanQuery b => b.Clauses.Select(c => c.Query),
            DisjunctionMaxQuery d => d.Disjuncts,
            _ => [],
        };
        foreach (var child in children.SelectMany(Flatten))
        {
            yield return child;
        }
    }
}
