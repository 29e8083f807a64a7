namespace LmecKnowledgeSearch.Enrichment.Metadata;

/// <summary>Tells Chinese, English and mixed text apart by the share of Han characters against Latin letters.</summary>
public sealed class LanguageClassifier
{
    public const string Chinese = "zh";
    public const string English = "en";
    public const string Mixed = "mixed";

    // One Han character carries about as much text as a short English word; weighting Latin letters down keeps
    // a Chinese briefing with English names, e-mail addresses and URLs "zh".
    private const double LatinLetterWeight = 0.25;
    private const double DominantShare = 0.8;

    /// <summary>"zh", "en" or "mixed"; <paramref name="declared"/> decides when the text has too few letters to tell.</summary>
    public string Classify(string text, string? declared = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var han = 0;
        var latin = 0;
        foreach (var c in text)
        {
            if (HanCharacters.IsHan(c))
            {
                han++;
            }
            else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                latin++;
            }
        }

        var weighted = han + (latin * LatinLetterWeight);
        if (weighted < 5)
        {
            return Normalise(declared) ?? (han > 0 ? Chinese : English);
        }

        var hanShare = han / weighted;
        return hanShare >= DominantShare ? Chinese : hanShare <= 1 - DominantShare ? English : Mixed;
    }

    private static string? Normalise(string? declared) =>
        declared?.ToLowerInvariant() switch
        {
            null or "" => null,
            var d when d.StartsWith("zh", StringComparison.Ordinal) => Chinese,
            var d when d.StartsWith("en", StringComparison.Ordinal) => English,
            _ => null,
        };
}
