using ICU4N.Text;

namespace LmecKnowledgeSearch.Analysis.Chinese;

/// <summary>
/// Chinese personal names in pinyin as English text writes them ("李楠" → "li nan", "吴伟玲" → "wu weiling"), so an
/// English query or question naming an expert reaches the view printed under their Chinese name. Readings come from
/// ICU's Han-Latin transliteration, the most common reading of each character; tone marks are dropped.
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
