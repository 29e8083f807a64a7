using LmecKnowledgeSearch.Analysis.Lexicon;

namespace LmecKnowledgeSearch.Analysis.Chinese;

/// <summary>Builds the product's default segmenter; the one place to swap in a better one.</summary>
public static class SegmenterFactory
{
    public static ISegmenter CreateDefault() => new DomainSegmenter(new IcuSegmenter(), DomainLexicon.LoadDefault());
}
