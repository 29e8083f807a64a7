using LmecKnowledgeSearch.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Search.Similarities;

namespace LmecKnowledgeSearch.Indexing;

/// <summary>
/// Every Lucene field of the index, with why it exists. Facet fields are indexed twice: as an untokenized
/// term (exact filtering) and as SortedSetDocValues (counting facets without loading stored fields).
/// </summary>
public static class IndexSchema
{
    /// <summary>Unique key (source path + unit number): stored, untokenized, so re-indexing can upsert by term.</summary>
    public const string Id = "id";

    /// <summary>The source path of the unit's document: untokenized, so a changed or deleted file drops all its units at once.</summary>
    public const string Source = "source";

    /// <summary>The folder the document was indexed from (full path), so a run deletes only files missing from its own folders.</summary>
    public const string Root = "root";

    /// <summary>SHA-256 of the file's bytes, stored on the document unit only: the incremental indexer compares it.</summary>
    public const string ContentHash = "hash";

    /// <summary>Unit number inside its document (0 = the document itself). Stored for display and ordering.</summary>
    public const string Number = "number";

    /// <summary>Title: stored, word-analyzed and boosted at query time.</summary>
    public const string Title = "title";

    /// <summary>Title as CJK bigrams, for recall when segmentation differs between query and title.</summary>
    public const string TitleBigram = "title_bigram";

    /// <summary>
    /// The file's name as CJK bigrams, not stored: people name files for what they hold ("青海湖水鸟调查_2023.pdf"),
    /// and many PDFs carry a generic title ("成果总结报告", "Problem statement").
    /// </summary>
    public const string FileName = "file_name";

    /// <summary>The unit's text: stored (snippets re-analyze it for exact offsets) and word-analyzed.</summary>
    public const string Text = "text";

    /// <summary>The unit's text as CJK bigrams: the recall field beside the word field; not stored.</summary>
    public const string TextBigram = "text_bigram";

    /// <summary>Heading path ("Section › Subsection"): stored, word-analyzed, boosted a little.</summary>
    public const string Heading = "heading";

    /// <summary>Speaker name as words (so a query naming the speaker matches); the facet value is in <see cref="SpeakerFacet"/>.</summary>
    public const string Speaker = "speaker";

    /// <summary>A Chinese speaker's name in pinyin, stored apart from <see cref="Speaker"/> and searched with it.</summary>
    public const string SpeakerLatin = "speaker_latin";

    /// <summary>The unit's Chinese places in pinyin, one value each, stored for the answerer and searched.</summary>
    public const string PlaceLatin = "place_latin";

    /// <summary>Affiliation: stored and word-analyzed (organisation words match).</summary>
    public const string Affiliation = "affiliation";

    /// <summary>ISO date (yyyy-MM-dd), stored for display; <see cref="DateSort"/> holds the sortable number.</summary>
    public const string Date = "date";

    /// <summary>yyyyMMdd as numeric doc values, for sorting by date.</summary>
    public const string DateSort = "date_sort";

    /// <summary>Page of a PDF passage: stored only.</summary>
    public const string Page = "page";

    /// <summary>Theme tags with score and evidence as JSON: stored only, shown by `lmec show`.</summary>
    public const string ThemeDetail = "theme_detail";

    /// <summary>Kind-specific lines (a case study's what/where/who): stored only.</summary>
    public const string Details = "details";

    /// <summary>1 for units that are hits of their own (expert views, case studies), 0 for documents and passages: numeric doc values for collapsing.</summary>
    public const string Standalone = "standalone";

    /// <summary>SimHash of the unit's text (numeric doc values): near-identical units collapse into one hit.</summary>
    public const string UnitSignature = "unit_sig";

    /// <summary>SimHash of the whole document's text on each of its units: renditions of one document collapse.</summary>
    public const string DocumentSignature = "doc_sig";

    // Facets: each is a StringField (stored, for display and exact filters) plus SortedSetDocValues of the same name (counts).
    public const string KindFacet = "kind";
    public const string ThemeFacet = "theme";
    public const string OrganisationFacet = "org";
    public const string SpeakerFacet = "speaker_facet";
    public const string PlaceFacet = "place";
    public const string CountryFacet = "country";
    public const string YearFacet = "year";
    public const string DocumentTypeFacet = "doctype";
    public const string LanguageFacet = "lang";

    /// <summary>Facet fields in the order the CLI and API list them, with their public names.</summary>
    public static IReadOnlyList<(string PublicName, string Field)> Facets { get; } =
    [
        ("kind", KindFacet),
        ("theme", ThemeFacet),
        ("org", OrganisationFacet),
        ("speaker", SpeakerFacet),
        ("place", PlaceFacet),
        ("country", CountryFacet),
        ("year", YearFacet),
        ("doctype", DocumentTypeFacet),
        ("lang", LanguageFacet),
    ];

    /// <summary>BM25 for indexing (norms) and searching alike.</summary>
    public static Similarity CreateSimilarity() => new SparseFieldBm25Similarity();

    /// <summary>Fields a query names exactly (`kind:expert_view`, `theme:gender`): matched as whole values, not analyzed.</summary>
    public static IReadOnlyList<string> ExactFields { get; } =
        [Id, Source, KindFacet, ThemeFacet, OrganisationFacet, SpeakerFacet, PlaceFacet, CountryFacet, YearFacet, DocumentTypeFacet, LanguageFacet];

    /// <summary>
    /// The per-field analyzer for indexing and query parsing: bigram fields get CJK bigrams, exact fields stay whole,
    /// everything else gets words.
    /// </summary>
    public static Analyzer CreateAnalyzer(ISegmenter segmenter)
    {
        var perField = new Dictionary<string, Analyzer>
        {
            [TextBigram] = new BigramAnalyzer(),
            [TitleBigram] = new BigramAnalyzer(),
            [FileName] = new BigramAnalyzer(),
        };
        var keyword = new KeywordAnalyzer();
        foreach (var field in ExactFields)
        {
            perField[field] = keyword;
        }

        return new PerFieldAnalyzerWrapper(new WordAnalyzer(segmenter), perField);
    }
}
