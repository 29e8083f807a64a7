namespace LmecKnowledgeSearch.Model;

/// <summary>Finds organisations or places in text.</summary>
public interface IEntityRecognizer
{
    IReadOnlyList<EntityMention> Find(string text);
}
