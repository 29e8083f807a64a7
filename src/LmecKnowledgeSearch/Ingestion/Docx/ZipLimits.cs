using System.IO.Compression;

namespace LmecKnowledgeSearch.Ingestion.Docx;

/// <summary>
/// Bounds on a zip-based package (.docx) checked from its central directory before any part is inflated. The sizes
/// are those the directory declares; .NET's zip reader stops an entry at its declared size, so a lying header gives
/// a truncated part (a corrupt file), never more bytes.
/// </summary>
/// <param name="MaxEntries">Parts in the package: a long report with images has a few hundred; ten thousand is a bomb or a broken file.</param>
/// <param name="MaxTotalUncompressedBytes">All parts inflated, images included: 512 MB is beyond any document of the archive, and what one file may cost.</param>
/// <param name="MaxXmlPartBytes">One XML part inflated: the Open XML SDK holds a part as a DOM about ten times its size, so 64 MB of XML (some ten million characters of text) keeps a file within a few hundred MB of memory.</param>
public sealed record ZipLimits(int MaxEntries, long MaxTotalUncompressedBytes, long MaxXmlPartBytes)
{
    public static ZipLimits Default { get; } = new(10_000, 512L * 1024 * 1024, 64L * 1024 * 1024);

    /// <summary>Why the package is refused (too large, too many parts, not a zip), or null when it is within bounds.</summary>
    public ReadResult.Failure? Check(byte[] package)
    {
        ArgumentNullException.ThrowIfNull(package);
        try
        {
            using var archive = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > MaxEntries)
            {
                return Refuse($"the package has {archive.Entries.Count:N0} parts, over the limit of {MaxEntries:N0}");
            }

            long total = 0;
            foreach (var entry in archive.Entries)
            {
                total += entry.Length;
                if (IsXml(entry.FullName) && entry.Length > MaxXmlPartBytes)
                {
                    return Refuse($"part {entry.FullName} unpacks to {entry.Length:N0} bytes, over the {MaxXmlPartBytes:N0}-byte limit of one XML part");
                }
            }

            return total > MaxTotalUncompressedBytes
                ? Refuse($"the package unpacks to {total:N0} bytes, over the {MaxTotalUncompressedBytes:N0}-byte limit")
                : null;
        }
        catch (InvalidDataException e)
        {
            return new ReadResult.Failure(ReadFailureKind.Corrupt, $"corrupt DOCX package: {e.Message}");
        }
    }

    private static bool IsXml(string name) => name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static ReadResult.Failure Refuse(string reason) => new(ReadFailureKind.TooLarge, reason);
}
