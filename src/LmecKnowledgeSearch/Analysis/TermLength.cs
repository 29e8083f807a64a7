namespace LmecKnowledgeSearch.Analysis;

/// <summary>
/// How long one indexed term may be. Lucene refuses a document holding a term over 32,766 UTF-8 bytes ("immense term")
/// and, before this limit, one such token (a hex dump, a base64 blob, a 20 MB line without spaces) failed the whole run.
/// </summary>
public static class TermLength
{
    /// <summary>
    /// Longer tokens are cut to this many chars: no word or number a user searches for is longer, 255 is what Lucene's
    /// StandardTokenizer (the bigram fields) allows, and 255 chars stay far below 32,766 bytes even at 4 bytes a char.
    /// </summary>
    public const int MaxTermChars = 255;

    /// <summary>Facet values (organisations, places, speakers…) are names; a longer "name" is a recogniser's mistake, not a facet.</summary>
    public const int MaxFacetValueChars = 256;
}
