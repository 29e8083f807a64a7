using System.Buffers.Binary;
using System.Reflection;
using ICU4N.Util;

namespace LmecKnowledgeSearch.Analysis.Chinese;

/// <summary>
/// ICU's own Chinese/Japanese word dictionary (brkitr/cjdict.dict, shipped in ICU4N.resources): about 315,000 words,
/// each with a cost (lower = more likely), in a CharsTrie. ICU's BreakIterator searches the same data; reading it here
/// lets the product run that search itself, without the iterator's per-character rule machinery.
/// </summary>
public sealed class CjkDictionary
{
    private const string ResourceAssembly = "ICU4N.resources";
    private const string ResourceName = "data.brkitr.cjdict.dict";
    private const int IndexCount = 8;
    private const int TrieTypeUChars = 1;
    private const int TrieHasValues = 8;

    private readonly ReadOnlyMemory<char> trieData;

    // The root node branches over every first character; its search costs as much as the rest of a walk, so the
    // state after each first character is taken once here and a walk resumes from it.
    private readonly CharsTrieState?[] afterFirst = new CharsTrieState?[char.MaxValue + 1];
    private readonly int[] singleCost = new int[char.MaxValue + 1];

    private CjkDictionary(ReadOnlyMemory<char> trieData)
    {
        this.trieData = trieData;
        var walker = CreateWalker();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var result = walker.First(c);
            singleCost[c] = result.HasValue() ? walker.GetValue() : -1;
            if (result.HasNext())
            {
                var state = new CharsTrieState();
                walker.SaveState(state);
                afterFirst[c] = state;
            }
        }
    }

    /// <summary>Words longer than this are not looked for (ICU's engine uses the same bound).</summary>
    public const int MaxWordLength = 20;

    /// <summary>The dictionary from ICU4N's resources, or null where that assembly or resource is missing.</summary>
    public static CjkDictionary? TryLoad()
    {
        Assembly assembly;
        try
        {
            assembly = Assembly.Load(new AssemblyName(ResourceAssembly));
        }
        catch (FileNotFoundException)
        {
            return null;
        }

        using var stream = assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Parse(buffer.ToArray());
    }

    /// <summary>Parses ICU's binary dictionary format: a data header, eight int32 indexes, then the trie.</summary>
    internal static CjkDictionary Parse(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var bigEndian = bytes[8] != 0;
        var headerSize = ReadUInt16(bytes, 0, bigEndian);
        if (bytes[2] != 0xDA || bytes[3] != 0x27 || bytes[12] != 'D' || bytes[13] != 'i' || bytes[14] != 'c' || bytes[15] != 't')
        {
            throw new InvalidDataException("Not an ICU dictionary (.dict) file.");
        }

        var indexes = new int[IndexCount];
        for (var i = 0; i < IndexCount; i++)
        {
            var span = bytes.AsSpan(headerSize + (4 * i), 4);
            indexes[i] = bigEndian ? BinaryPrimitives.ReadInt32BigEndian(span) : BinaryPrimitives.ReadInt32LittleEndian(span);
        }

        var trieOffset = indexes[0];
        var totalSize = indexes[3];
        var trieType = indexes[4];
        if ((trieType & 7) != TrieTypeUChars || (trieType & TrieHasValues) == 0)
        {
            throw new InvalidDataException("Expected a UChars trie with values in " + ResourceName);
        }

        var chars = new char[(totalSize - trieOffset) / 2];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)ReadUInt16(bytes, headerSize + trieOffset + (2 * i), bigEndian);
        }

        return new CjkDictionary(chars);
    }

    /// <summary>A trie walker; not thread-safe, so each segmentation call takes its own.</summary>
    public CharsTrie CreateWalker() => new(trieData, 0);

    /// <summary>
    /// Writes the length and cost of every dictionary word starting at <paramref name="start"/> within
    /// [start, <paramref name="limit"/>) and returns how many there are.
    /// </summary>
    public int Matches(CharsTrie walker, string text, int start, int limit, Span<int> lengths, Span<int> costs)
    {
        ArgumentNullException.ThrowIfNull(walker);
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        var first = text[start];
        if (singleCost[first] >= 0 && lengths.Length > 0)
        {
            lengths[0] = 1;
            costs[0] = singleCost[first];
            count = 1;
        }

        if (afterFirst[first] is not { } state)
        {
            return count;
        }

        walker.ResetToState(state);
        var end = Math.Min(limit, start + MaxWordLength);
        for (var i = start + 1; i < end && count < lengths.Length; i++)
        {
            var result = walker.Next(text[i]);
            if (result.HasValue())
            {
                lengths[count] = i + 1 - start;
                costs[count] = walker.GetValue();
                count++;
            }

            if (!result.HasNext())
            {
                break;
            }
        }

        return count;
    }

    private static int ReadUInt16(byte[] bytes, int offset, bool bigEndian) =>
        bigEndian ? (bytes[offset] << 8) | bytes[offset + 1] : bytes[offset] | (bytes[offset + 1] << 8);
}
