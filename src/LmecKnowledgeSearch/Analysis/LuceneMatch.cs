using Lucene.Net.Util;

namespace LmecKnowledgeSearch.Analysis;

/// <summary>The one Lucene compatibility version every analyzer, parser and writer uses.</summary>
public static class LuceneMatch
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
}
