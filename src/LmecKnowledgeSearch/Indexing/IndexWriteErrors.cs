namespace LmecKnowledgeSearch.Indexing;

/// <summary>
/// Turns the operating system's refusals while writing an index into the product's errors, each with its own message
/// (and so its own exit code): a read-only folder, a parent that cannot be created, a full disk. Anything else stays
/// what it is.
/// </summary>
public static class IndexWriteErrors
{
    // errno values .NET puts in IOException.HResult on Unix, and the Windows error codes for the same conditions.
    private const int UnixNoSpace = 28;
    private const int UnixReadOnlyFileSystem = 30;
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);

    public static bool IsDiskFull(Exception e) =>
        e is IOException io && (io.HResult is UnixNoSpace or WindowsDiskFull or WindowsHandleDiskFull
            || io.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase)
            || io.Message.Contains("not enough space on the disk", StringComparison.OrdinalIgnoreCase));

    public static bool IsReadOnlyFileSystem(Exception e) =>
        e is IOException io && (io.HResult == UnixReadOnlyFileSystem || io.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase));

    /// <summary>The product error for <paramref name="e"/> raised while creating or writing the index at <paramref name="indexPath"/>, or null.</summary>
    public static LmecException? Classify(Exception e, string indexPath)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(indexPath);
        for (var current = e; current is not null; current = current.InnerException)
        {
            if (current is LmecException known)
            {
                return known;
            }

            if (IsDiskFull(current))
            {
                return new LmecException(LmecErrorKind.DiskFull, $"the disk holding the index {indexPath} is full; the run was rolled back and the index is as it was. Free some space and run again", e);
            }

            if (current is UnauthorizedAccessException || IsReadOnlyFileSystem(current))
            {
                return new LmecException(LmecErrorKind.IndexNotWritable, NotWritableMessage(indexPath), e);
            }
        }

        return null;
    }

    private static string NotWritableMessage(string indexPath)
    {
        var existing = indexPath;
        while (!Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } parent && parent != existing)
        {
            existing = parent;
        }

        return existing == indexPath
            ? $"the index folder {indexPath} is read-only or not writable by this user; choose another with --index or $LMEC_INDEX"
            : $"cannot create the index folder {indexPath}: {existing} is read-only or not writable by this user; choose another with --index or $LMEC_INDEX";
    }
}
