using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace LmecKnowledgeSearch.Enrichment.Themes;

/// <summary>
/// The ML.NET pipeline that turns text into features: lower-case without digits or punctuation, characters, hashed
/// character 1-3-grams (Chinese needs no word segmentation for this), L2-normalised.
/// </summary>
internal static class ThemeFeaturizer
{
    // 2^15 hashed n-gram slots: enough for the Chinese bigrams of a few hundred units, small enough for a sub-2 MB model.
    public const int HashBits = 15;
    public const int FeatureCount = 1 << HashBits;

    public static IEstimator<ITransformer> Pipeline(MLContext ml) =>
        ml.Transforms.Text.NormalizeText(
                "NormalizedText",
                nameof(ThemeModelInput.Text),
                TextNormalizingEstimator.CaseMode.Lower,
                keepDiacritics: false,
                keepPunctuations: false,
                keepNumbers: false)
            .Append(ml.Transforms.Text.TokenizeIntoCharactersAsKeys("Characters", "NormalizedText", useMarkerCharacters: false))
            .Append(ml.Transforms.Text.ProduceHashedNgrams("Features", "Characters", numberOfBits: HashBits, ngramLength: 3, useAllLengths: true))
            .Append(ml.Transforms.NormalizeLpNorm("Features"))
            .Append(ml.Transforms.DropColumns("Characters", "NormalizedText"));
}
