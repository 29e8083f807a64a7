using LmecKnowledgeSearch.Analysis.Chinese;

namespace LmecKnowledgeSearch.Benchmarks.Segmentation;

/// <summary>`segment` subcommand: shows how the product segmenter cuts each input line, words joined by " | ".</summary>
public static class SegmentCommand
{
    public static int Run(TextReader input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var segmenter = SegmenterFactory.CreateDefault();
        for (var line = input.ReadLine(); line is not null; line = input.ReadLine())
        {
            var words = segmenter.Segment(line).Select(s => line.Substring(s.Start, s.Length));
            output.WriteLine(string.Join(" | ", words));
        }

        return 0;
    }
}
