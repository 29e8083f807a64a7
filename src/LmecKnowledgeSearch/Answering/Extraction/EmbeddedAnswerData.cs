namespace LmecKnowledgeSearch.Answering.Extraction;

/// <summary>Opens files of Data/answers/ embedded in the library.</summary>
internal static class EmbeddedAnswerData
{
    // The resource name keeps the sub-folder separator of the build machine ('/' or '\'), so match on the tail.
    public static Stream? TryOpen(string relativePath)
    {
        var fileName = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        var assembly = typeof(EmbeddedAnswerData).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n =>
            n.EndsWith("answers/" + fileName, StringComparison.Ordinal)
            || n.EndsWith("answers\\" + fileName, StringComparison.Ordinal)
            || n.EndsWith("answers." + fileName, StringComparison.Ordinal));
        return name is null ? null : assembly.GetManifestResourceStream(name);
    }
}
