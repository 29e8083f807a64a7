namespace LmecKnowledgeSearch.Enrichment.Places;

/// <summary>Names written wholly in capitals (GMS, SEI, UNEP) are acronyms and are matched case-sensitively.</summary>
public static class AcronymForm
{
    public static bool IsAcronym(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var letters = 0;
        foreach (var c in name)
        {
            if (c is >= 'A' and <= 'Z')
            {
                letters++;
            }
            else if (c is not ((>= '0' and <= '9') or '-' or '&' or '.'))
            {
                return false;
            }
        }

        return letters >= 2 && name.Length <= 10;
    }
}
