using ICU4N.Text;

namespace LmecKnowledgeSearch.Analysis.Chinese;

/// <summary>
/// Chinese names in pinyin as English text writes them: people as "surname given" ("李楠" → "li nan", "吴伟玲" → "wu
/// weiling"), places as one word without their administrative suffix ("贵港市" → "guigang", "东江" → "dongjiang"). So
/// an English query or question naming an expert or a place reaches the text that prints it in Chinese. Readings come
/// from ICU's Han-Latin transliteration, the most common reading of each character; tone marks are dropped.
/// </summary>
public sealed class PinyinNames
{
    private const int MinNameLength = 2;
    private const int MaxNameLength = 4;

    // Two-character surnames: the given name starts after them, not after the first character.
    private static readonly string[] CompoundSurnames =
    [
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "申屠",
    ];

    // Longest first, so 自治州 goes before 州.
    private static readonly string[] AdministrativeSuffixes = ["傣族自治州", "自治州", "自治县", "自治区", "特别行政区", "省", "市", "县", "州", "区", "镇", "乡", "村"];

    private readonly Lock gate = new();
    private readonly Transliterator transliterator = Transliterator.GetInstance("Han-Latin; Latin-ASCII");

    /// <summary>The name as "surname given", lower case, or null when it is not a Chinese personal name of 2–4 characters.</summary>
    public string? Romanise(string? name)
    {
        var compact = name is null ? string.Empty : new string(name.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (compact.Length is < MinNameLength or > MaxNameLength || !compact.All(HanCharacters.IsHan))
        {
            return null;
        }

        var surnameLength = CompoundSurnames.Any(s => compact.StartsWith(s, StringComparison.Ordinal)) && compact.Length > 2 ? 2 : 1;
        return $"{Syllables(compact[..surnameLength])} {Syllables(compact[surnameLength..])}";
    }

    /// <summary>The place name as one lower-case word, its 省/市/县/州/镇/乡/村 suffix left out; null when not Chinese.</summary>
    public string? RomanisePlace(string? name)
    {
        var compact = name is null ? string.Empty : new string(name.Where(c => !char.IsWhiteSpace(c)).ToArray());
        compact = AdministrativeSuffixes.FirstOrDefault(s => compact.EndsWith(s, StringComparison.Ordinal) && compact.Length > s.Length + 1) is { } suffix
            ? compact[..^suffix.Length]
            : compact;
        return compact.Length >= MinNameLength && compact.All(HanCharacters.IsHan) ? Syllables(compact) : null;
    }

    private string Syllables(string han)
    {
        string latin;
        lock (gate)
        {
            latin = transliterator.Transliterate(han);
        }

        return new string(latin.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant).ToArray());
    }
}
