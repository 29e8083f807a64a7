namespace LmecKnowledgeSearch.TextPrimitives;

/// <summary>
/// The data files under <c>Data/</c> that ship embedded in this library (lexicon, gazetteer, organisations, themes,
/// glossary): one place that knows how the build names them, so a missing file fails with its name.
/// </summary>
public static class EmbeddedData
{
    /// <summary>What the project file puts before a data file's path (LogicalName in LmecKnowledgeSearch.csproj).</summary>
    public const string Prefix = "LmecKnowledgeSearch.Data.";

    private static readonly System.Reflection.Assembly Assembly = typeof(EmbeddedData).Assembly;

    /// <summary>An embedded file by its full resource name, opened for reading.</summary>
    public static Stream Open(string resourceName)
    {
        ArgumentNullException.ThrowIfNull(resourceName);
        return Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} is missing from {Assembly.GetName().Name}.");
    }

    /// <summary>An embedded text file (UTF-8) by its full resource name.</summary>
    public static StreamReader OpenText(string resourceName) => new(Open(resourceName));

    /// <summary>
    /// A file of a sub-folder of Data/ ("themes", "taxonomy.tsv"). The resource name keeps the folder separator of the
    /// machine that built it ('/' or '\'), so the name is matched on its tail.
    /// </summary>
    public static Stream Open(string folder, string fileName)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(fileName);
        var name = Assembly.GetManifestResourceNames().FirstOrDefault(n =>
            n.EndsWith(folder + "/" + fileName, StringComparison.Ordinal)
            || n.EndsWith(folder + "\\" + fileName, StringComparison.Ordinal)
            || n.EndsWith(folder + "." + fileName, StringComparison.Ordinal));
        return name is null
            ? throw new InvalidOperationException($"Embedded resource Data/{folder}/{fileName} is missing from {Assembly.GetName().Name}.")
            : Open(name);
    }

    /// <summary>Full names of the embedded files whose name starts with <paramref name="namePrefix"/> and ends with <paramref name="extension"/>, in ordinal order.</summary>
    public static IReadOnlyList<string> Names(string namePrefix, string extension)
    {
        ArgumentNullException.ThrowIfNull(namePrefix);
        ArgumentNullException.ThrowIfNull(extension);
        return Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(namePrefix, StringComparison.Ordinal) && n.EndsWith(extension, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
