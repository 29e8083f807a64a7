using System.Globalization;
using LmecKnowledgeSearch.Indexing;

namespace LmecKnowledgeSearch.Cli.Rendering;

/// <summary>One line on how an indexing run is going: files done of found, units written, and both per second.</summary>
public static class IndexingRate
{
    public static string Describe(IndexProgress progress, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{progress.Done}/{progress.Total} files, {progress.Units} units ({progress.Done / seconds:0.0} files/s, {progress.Units / seconds:0} units/s)");
    }
}
