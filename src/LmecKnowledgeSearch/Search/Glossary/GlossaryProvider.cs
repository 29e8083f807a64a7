namespace LmecKnowledgeSearch.Search.Glossary;

/// <summary>
/// Gives query understanding the current glossary: the embedded one, or the TSV file or folder the user points at
/// (<c>LMEC_GLOSSARY</c>), read again when its files change, so an edited glossary takes effect at the next query
/// without re-indexing. A glossary file broken mid-edit keeps the last good version in use.
/// </summary>
public sealed class GlossaryProvider
{
    public const string PathVariable = "LMEC_GLOSSARY";

    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Translations weigh nearly as much as the user's words: in a bilingual archive the other language's documents
    /// are as relevant as the query's own, and they can only be reached through them. Still below 1, so an exact
    /// match ranks first when all else is equal.
    /// </summary>
    public static ExpansionWeights SearchWeights { get; } = new(Translation: 0.8, TranslationSynonym: 0.65, Synonym: 0.5, Acronym: 0.5, Narrower: 0.3, Broader: 0.2);

    private readonly string? path;
    private readonly TimeProvider clock;
    private readonly Lock gate = new();
    private QueryConceptRecognizer current;
    private DateTime loadedStamp;
    private DateTimeOffset nextCheck;

    public GlossaryProvider(string? path, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        this.path = string.IsNullOrWhiteSpace(path) ? null : Path.GetFullPath(path);
        this.clock = clock;
        if (this.path is not null && !File.Exists(this.path) && !Directory.Exists(this.path))
        {
            throw new LmecException(LmecErrorKind.InvalidInput, $"glossary not found: {this.path}");
        }

        loadedStamp = Stamp();
        current = new QueryConceptRecognizer(this.path is null ? Glossary.LoadDefault() : Glossary.LoadFile(this.path), SearchWeights);
        nextCheck = clock.GetUtcNow() + CheckInterval;
    }

    /// <summary>The embedded glossary, or the one $LMEC_GLOSSARY names.</summary>
    public static GlossaryProvider FromEnvironment(TimeProvider clock) =>
        new(Environment.GetEnvironmentVariable(PathVariable), clock);

    public QueryConceptRecognizer Current
    {
        get
        {
            if (path is null)
            {
                return current;
            }

            lock (gate)
            {
                var now = clock.GetUtcNow();
                if (now < nextCheck)
                {
                    return current;
                }

                nextCheck = now + CheckInterval;
                var stamp = Stamp();
                if (stamp != loadedStamp)
                {
                    try
                    {
                        current = new QueryConceptRecognizer(Glossary.LoadFile(path), SearchWeights);
                        loadedStamp = stamp;
                    }
                    catch (IOException)
                    {
                        // Being written right now; the next check reads it again.
                    }
                }

                return current;
            }
        }
    }

    private DateTime Stamp()
    {
        if (path is null)
        {
            return default;
        }

        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.tsv") : File.Exists(path) ? [path] : [];
        return files.Length == 0 ? default : files.Max(File.GetLastWriteTimeUtc);
    }
}
