namespace LmecKnowledgeSearch.Enrichment.Organisations;

/// <summary>Broad type of an organisation; TSV spelling is the lower-case member name.</summary>
public enum OrganisationType
{
    Un,
    Intergovernmental,
    Government,
    Ngo,
    Research,
    University,
    Company,
    Donor,
    Other,
}
