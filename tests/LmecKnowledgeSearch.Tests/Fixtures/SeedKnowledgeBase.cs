namespace LmecKnowledgeSearch.Tests.Fixtures;

/// <summary>
/// An index of the seed briefing alone (the .txt), built once per test class that uses it: the user's own document
/// through the whole pipeline, without renditions that would collapse into it.
/// </summary>
public sealed class SeedKnowledgeBase : WrittenCorpusKnowledgeBase
{
    protected override void Write(TempCorpus corpus) => corpus.CopyFromRepoCorpus("lmec-briefing-2022-11.txt");
}
