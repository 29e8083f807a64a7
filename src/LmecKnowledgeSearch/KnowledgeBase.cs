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

namespace LmecKnowledgeSearch;

/// <summary>
/// The composition root of the pipeline for one index folder: builds the default stages with plain constructors and
/// hands hosts an indexer and a search service that share one reader, refreshed after each indexing run.
/// </summary>
public sealed class KnowledgeBase : IDisposable
{
    public const string DefaultIndexPath = ".lmec/index";
    public const string IndexPathVariable = "LMEC_INDEX";

    private readonly Lock openLock = new();
    private readonly ISegmenter segmenter;
    private readonly UnitEntityFinder entities;
    private KnowledgeIndex? index;
    private SearchService? search;
    private QuestionAnswerer? answerer;
    private readonly Lazy<GlossarySource> glossary;
    private readonly Lazy<GroundedAnswerWriter?> answerWriter;
    private readonly Lazy<SpanScoringModel?> spanModel;
    private readonly Lazy<ExtractiveAnswerer> analysisAnswerer;

    /// <param name="answerWriter">
    /// Writes grounded answers with a language model; null uses the endpoint the environment names
    /// (<see cref="ModelEndpoint"/>), if any — generation is off unless configured.
    /// </param>
    /// <param name="spanModel">The learned span scorer; null loads the one embedded in the library.</param>
    public KnowledgeBase(string indexPath, TimeProvider clock, GroundedAnswerWriter? answerWriter = null, SpanScoringModel? spanModel = null)
    {
        ArgumentNullException.ThrowIfNull(indexPath);
        ArgumentNullException.ThrowIfNull(clock);
        IndexPath = Path.GetFullPath(indexPath);
        this.answerWriter = answerWriter is not null
            ? new Lazy<GroundedAnswerWriter?>(answerWriter)
            : new Lazy<GroundedAnswerWriter?>(() => ModelEndpoint.FromEnvironment() is { } endpoint ? new GroundedAnswerWriter(endpoint.CreateClient()) : null);
        this.spanModel = spanModel is not null ? new Lazy<SpanScoringModel?>(spanModel) : new Lazy<SpanScoringModel?>(SpanScoringModel.LoadEmbedded);
        glossary = new Lazy<GlossarySource>(() => GlossarySource.FromEnvironment(null, GlossaryQueryExpander.SearchWeights));
        analysisAnswerer = new Lazy<ExtractiveAnswerer>(() => new ExtractiveAnswerer(new GlossaryTermExpander(Glossary), segmenter));
        segmenter = SegmenterFactory.CreateDefault();
        entities = UnitEntityFinder.CreateDefault();
        Indexer = new CorpusIndexer(DocumentReaderRegistry.CreateDefault(), DocumentUnitBuilder.CreateDefault(entities), segmenter, clock);
    }

    public string IndexPath { get; }

    public CorpusIndexer Indexer { get; }

    /// <summary>The index folder: the option if given, else $LMEC_INDEX, else .lmec/index in the current directory.</summary>
    public static string ResolveIndexPath(string? option) =>
        !string.IsNullOrWhiteSpace(option) ? option
        : Environment.GetEnvironmentVariable(IndexPathVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DefaultIndexPath;

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
                    index = KnowledgeIndex.Open(IndexPath);
                    var analyzer = IndexSchema.CreateAnalyzer(segmenter);
                    search = new SearchService(
                        index,
                        new UserQueryBuilder(analyzer, new GlossaryQueryExpander(Glossary, analyzer)),
                        new SnippetBuilder(new WordAnalyzer(segmenter), new BigramAnalyzer()),
                        new SimilarUnitsFinder(analyzer),
                        new FilterValueResolver(entities));
                }

                return search;
            }
        }
    }

    /// <summary>Size and last run of the index.</summary>
    public IndexStatus Status()
    {
        _ = Search;
        lock (openLock)
        {
            return index!.Status();
        }
    }

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
                    spanModel.Value is { } model ? new LearnedSpanExtractor(model, segmenter) : null);
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
