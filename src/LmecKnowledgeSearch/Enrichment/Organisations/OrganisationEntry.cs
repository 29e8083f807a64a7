namespace LmecKnowledgeSearch.Enrichment.Organisations;

/// <summary>
/// An acronym of an organisation. Ambiguous ones (CI, TNC, WHO) are only believed when the organisation is also
/// named in full somewhere in the same text.
/// </summary>
public sealed record OrganisationAcronym(string Text, bool NeedsConfirmation);

/// <summary>One registry row.</summary>
public sealed record OrganisationEntry(
    string Id,
    OrganisationType Type,
    IReadOnlyList<string> ChineseNames,
    IReadOnlyList<string> EnglishNames,
    IReadOnlyList<OrganisationAcronym> Acronyms,
    string? Country)
{
    /// <summary>Display name: the first Chinese name where there is one.</summary>
    public string Name => ChineseNames.Count > 0 ? ChineseNames[0]
        : EnglishNames.Count > 0 ? EnglishNames[0]
        : Acronyms.Count > 0 ? Acronyms[0].Text
        : Id;

    /// <summary>Sub-units are named after these (生态环境部对外合作与交流中心, 中国科学院昆明植物研究所); companies and NGOs are not.</summary>
    public bool IsParentOfSubUnits => Type is OrganisationType.Government or OrganisationType.Research or OrganisationType.University or OrganisationType.Un;
}
