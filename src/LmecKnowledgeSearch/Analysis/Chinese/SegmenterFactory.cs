using LmecKnowledgeSearch.Analysis.Lexicon;

namespace LmecKnowledgeSearch.Analysis.Chinese;

/// <summary>Builds the product's default segmenter; the one place to swap in a better one.</summary>
public static class SegmenterFactory
{
    public static ISegmenter CreateDefault() => new DomainSegmenter(new SmartCnSegmenter(CreateDictionaryBase()), DomainLexicon.LoadDefault());

    /// <summary>The segmenter before SmartCn: ICU's dictionary words with the domain lexicon and merge rules on top.</summary>
    public static ISegmenter CreateIcuBased() => new DomainSegmenter(CreateDictionaryBase(), DomainLexicon.LoadDefault());

    /// <summary>ICU's dictionary words, searched directly when ICU4N's dictionary data can be read, else by ICU's iterator.</summary>
    public static ISegmenter CreateDictionaryBase()
    {
        var icu = new IcuSegmenter();
        var dictionary = CjkDictionary.TryLoad();
        return dictionary is null ? icu : new CjkDictionarySegmenter(dictionary, icu);
    }
}
