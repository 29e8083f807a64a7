using LmecKnowledgeSearch.Analysis;
using LmecKnowledgeSearch.Answering;
using LmecKnowledgeSearch.Answering.Extraction;
using LmecKnowledgeSearch.Answering.Generation;
using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Enrichment;
using LmecKnowledgeSearch.Enrichment.Entities;
using LmecKnowledgeSearch.Search.Facets;
using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Ingestion;
using LmecKnowledgeSearch.Search;
using LmecKnowledgeSearch.Search.Glossary;
using LmecKnowledgeSearch.Search.Queries;
using LmecKnowledgeSearch.Search.Similar;
using LmecKnowledgeSearch.Search.Snippets;

namespace LmecKnowledgeSearch.Composition;

/// <summary>
/// The composition root of the pipeline for one index folder: builds the default stages with plain constructors and
/// hands hosts an indexer and a search service that share one reader, refreshed after each indexing run.
/// </summary>
public sealed class KnowledgeBase : IDisposable
{
    private readonly Lock openLock = new();
    // The segmenter and the entity lists take seconds to load: built on first use, so a missing index is reported
    // before any of them loads.
    private readonly Lazy<ISegmenter> segmenter;
    private readonly Lazy<UnitEntityFinder> entities;
    private readonly Lazy<CorpusIndexer> indexer;
    private KnowledgeIndex? index;
    private SearchService? search;
    private QuestionAnswerer? answerer;
    private readonly Lazy<GlossarySource> glossary;
    private readonly QueryTranslationOptions translation;
    private readonly Lazy<DictionaryTranslator>? translator;
    private readonly Lazy<GroundedAnswerWriter?> answerWriter;
    private readonly Lazy<SpanScoringModel?> spanModel;
    private readonly Lazy<ExtractiveAnswerer> analysisAnswerer;

    /// <summary>A knowledge base over <paramref name="indexPath"/> with the embedded glossary and no generation.</summary>
    public KnowledgeBase(string indexPath, TimeProvider clock, GroundedAnswerWriter? answerWriter = null, SpanScoringModel? spanModel = null)
        : this(new KnowledgeBaseOptions(indexPath), clock, answerWriter, spanModel)
    {
    }

    /// <param name="options">The index folder, glossary override and model endpoint, as the host resolved them.</param>
    /// <param name="clock">The time indexing runs are stamped with.</param>
    /// <param name="answerWriter">
    /// Writes grounded answers with a language model; null uses <see cref="KnowledgeBaseOptions.ModelEndpoint"/>, if
    /// any — generation is off unless configured.
    /// </param>
    /// <param name="spanModel">The learned span scorer; null loads the one embedded in the library.</param>
    public KnowledgeBase(KnowledgeBaseOptions options, TimeProvider clock, GroundedAnswerWriter? answerWriter = null, SpanScoringModel? spanModel = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.IndexPath);
        ArgumentNullException.ThrowIfNull(clock);
        IndexPath = Path.GetFullPath(options.IndexPath);
        this.answerWriter = answerWriter is not null
            ? new Lazy<GroundedAnswerWriter?>(answerWriter)
            : new Lazy<GroundedAnswerWriter?>(() => options.ModelEndpoint is { } endpoint ? new GroundedAnswerWriter(endpoint.CreateClient()) : null);
        glossary = new Lazy<GlossarySource>(() => new GlossarySource(options.GlossaryPath, GlossaryQueryExpander.SearchWeights));
        translation = options.Translation;
        // The dictionary is read on the first query that needs it, not at start-up.
        translator = translation.Dictionary
            ? new Lazy<DictionaryTranslator>(() => new DictionaryTranslator(BilingualDictionary.LoadDefault(), GlossaryQueryExpander.SearchWeights))
            : null;
        segmenter = new Lazy<ISegmenter>(SegmenterFactory.CreateDefault);
        entities = new Lazy<UnitEntityFinder>(UnitEntityFinder.CreateDefault);
        indexer = new Lazy<CorpusIndexer>(() => new CorpusIndexer(new DocumentPipeline(DocumentReaderRegistry.CreateDefault(), DocumentUnitBuilder.CreateDefault(entities.Value)), segmenter.Value, clock));
        this.spanModel = spanModel is not null ? new Lazy<SpanScoringModel?>(spanModel) : new Lazy<SpanScoringModel?>(SpanScoringModel.LoadEmbedded);
        analysisAnswerer = new Lazy<ExtractiveAnswerer>(() => new ExtractiveAnswerer(new GlossaryTermExpander(Glossary), segmenter.Value));
    }

    public string IndexPath { get; }

    public CorpusIndexer Indexer => indexer.Value;

    public async Task<IndexRunReport> IndexAsync(
        IReadOnlyList<string> roots,
        IProgress<IndexProgress>? progress = null,
        CancellationToken cancellationToken = default,
        IReadOnlyList<string>? exclude = null)
    {
        var report = await Indexer.IndexAsync(IndexPath, roots, progress, cancellationToken, exclude).ConfigureAwait(false);
        lock (openLock)
        {
            index?.Refresh();
        }

        return report;
    }

    /// <summary>The glossary query understanding and answering share, loaded on first use.</summary>
    private GlossarySource Glossary => glossary.Value;

    /// <summary>The search service over this index; opening it fails clearly when no index exists yet.</summary>
    public SearchService Search
    {
        get
        {
            lock (openLock)
            {
                if (search is null)
                {
                    OpenIndex();
                    var analyzer = IndexSchema.CreateAnalyzer(segmenter.Value);
                    search = new SearchService(
                        index!,
                        new UserQueryBuilder(analyzer, new GlossaryQueryExpander(translation.CuratedGlossary ? Glossary : null, analyzer, translator)),
                        new SnippetBuilder(new WordAnalyzer(segmenter.Value), new BigramAnalyzer()),
                        new SimilarUnitsFinder(analyzer),
                        new FilterValueResolver(entities.Value),
                        facetNames: FacetValueNames.CreateDefault(() => Glossary.Current));
                }

                return search;
            }
        }
    }

    /// <summary>Size and last run of the index; needs no model, so it answers at once.</summary>
    public IndexStatus Status()
    {
        lock (openLock)
        {
            OpenIndex();
            return index!.Status();
        }
    }

    /// <summary>Fails with "run lmec index first" before anything slow loads when there is no index.</summary>
    public void EnsureIndexExists()
    {
        lock (openLock)
        {
            OpenIndex();
        }
    }

    private void OpenIndex() => index ??= KnowledgeIndex.Open(IndexPath);

    /// <summary>An extractive answer to a question, with the evidence that supports it.</summary>
    public AnswerResult Ask(string question) => Answerer.Ask(question);

    /// <summary>The passages ask reads for a question and its analysis (what the span extractor learns from).</summary>
    public (IReadOnlyList<AnswerCandidate> Candidates, QuestionAnalysis Analysis) ReadFor(string question) =>
        (Answerer.Candidates(question), analysisAnswerer.Value.Analyze(question));

    private QuestionAnswerer Answerer
    {
        get
        {
            var search = Search;
            lock (openLock)
            {
                return answerer ??= new QuestionAnswerer(
                    search,
                    analysisAnswerer.Value,
                    spanModel.Value is { } model ? new LearnedSpanExtractor(model, segmenter.Value) : null);
            }
        }
    }

    /// <summary>
    /// The extractive answer and, when a model endpoint is configured and there is evidence, an answer the model wrote
    /// from that evidence alone. A model that cannot be reached leaves the extractive answer as it is.
    /// </summary>
    public async Task<AnswerResult> AskAsync(string question, CancellationToken cancellationToken = default)
    {
        var extracted = Ask(question);
        if (answerWriter.Value is not { } writer || extracted.Evidence.Count == 0)
        {
            return extracted;
        }

        try
        {
            return extracted with { Generated = await writer.WriteAsync(question, extracted.Evidence, cancellationToken).ConfigureAwait(false) };
        }
        catch (Exception e) when (e is HttpRequestException or System.ClientModel.ClientResultException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return extracted;
        }
    }

    public void Dispose()
    {
        lock (openLock)
        {
            index?.Dispose();
            index = null;
            search = null;
        }
    }
}
