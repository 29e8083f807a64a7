namespace LmecKnowledgeSearch.Enrichment.Themes;

/// <summary>Opens files of Data/themes/ embedded in the library.</summary>
internal static class EmbeddedThemeData
{
    // The resource name keeps the sub-folder separator of the build machine ('/' or '\'), so match on the tail.
    public static Stream Open(string fileName)
    {
        var assembly = typeof(EmbeddedThemeData).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n =>
            n.EndsWith("themes/" + fileName, StringComparison.Ordinal)
            || n.EndsWith("themes\\" + fileName, StringComparison.Ordinal)
            || n.EndsWith("themes." + fileName, StringComparison.Ordinal));
        return name is null
            ? throw new InvalidOperationException($"Embedded resource Data/themes/{fileName} is missing from {assembly.GetName().Name}.")
            : assembly.GetManifestResourceStream(name)!;
    }
}
