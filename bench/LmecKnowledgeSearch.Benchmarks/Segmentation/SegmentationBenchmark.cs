using System.Diagnostics;
using System.Globalization;
using LmecKnowledgeSearch.Analysis;
using LmecKnowledgeSearch.Analysis.Chinese;
using LmecKnowledgeSearch.Analysis.Evaluation;

namespace LmecKnowledgeSearch.Benchmarks.Segmentation;

/// <summary>`segmentation` subcommand: accuracy and speed of ICU alone and of the product segmenter on the gold test sets.</summary>
public static class SegmentationBenchmark
{
    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var shared = OptionValue(args, "--shared") ?? FindShared();
        var runs = int.Parse(OptionValue(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        var errorsPath = OptionValue(args, "--errors");
        if (shared is null)
        {
            Console.Error.WriteLine("../shared/bench/segmentation not found; pass --shared PATH (the folder holding bench/).");
            return 1;
        }

        var only = OptionValue(args, "--sets")?.Split(',');
        var testSets = LoadTestSets(Path.Combine(shared, "bench", "segmentation"))
            .Where(t => only is null || only.Contains(t.Name, StringComparer.OrdinalIgnoreCase))
            .ToList();
        var segmenters = new (string Name, ISegmenter Segmenter)[]
        {
            ("ICU alone", new IcuSegmenter()),
            ("ICU dict", SegmenterFactory.CreateDictionaryBase()),
            ("no lexicon", new DomainSegmenter(SegmenterFactory.CreateDictionaryBase(), LmecKnowledgeSearch.Analysis.Lexicon.DomainLexicon.Empty)),
            ("ICU-based", SegmenterFactory.CreateIcuBased()),
            ("SmartCn", new SmartCnSegmenter(SegmenterFactory.CreateDictionaryBase())),
            ("product", SegmenterFactory.CreateDefault()),
        };
        if (OptionValue(args, "--segmenter") is { } chosen)
        {
            segmenters = segmenters.Where(s => s.Name.Equals(chosen, StringComparison.OrdinalIgnoreCase)).ToArray();
        }

        output.WriteLine($"Segmentation benchmark ({shared}); speed = median of {runs} runs after a warm-up, single thread");
        output.WriteLine("Mchar/s by wall clock and by the thread's CPU time (the fair figure when the machine is shared)");
        output.WriteLine();
        output.WriteLine($"{"test set",-10} {"segmenter",-10} {"P",7} {"R",7} {"F1",7} {"OOV-R",7} {"wall",8} {"cpu",8}");
        foreach (var testSet in testSets)
        {
            foreach (var (name, segmenter) in segmenters)
            {
                var score = SegmentationScorer.Score(segmenter, testSet);
                var speed = MeasureSpeed(segmenter, testSet, runs);
                var oov = double.IsNaN(score.OovRecall) ? "-" : score.OovRecall.ToString("0.0000", CultureInfo.InvariantCulture);
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{testSet.Name,-10} {name,-10} {score.Precision,7:0.0000} {score.Recall,7:0.0000} {score.F1,7:0.0000} {oov,7} {speed.Wall,8:0.00} {speed.Cpu,8:0.00}"));
            }

            if (errorsPath is not null)
            {
                WriteErrors(segmenters[^1].Segmenter, testSet, errorsPath + "." + testSet.Name + ".txt");
            }
        }

        return 0;
    }

    private static List<GoldTestSet> LoadTestSets(string root)
    {
        var sighan = Path.Combine(root, "icwb2-sighan2005");
        var sets = new List<GoldTestSet>
        {
            GoldTestSetReader.ReadSighan("PKU", Path.Combine(sighan, "gold", "pku_test_gold.utf8"), Path.Combine(sighan, "gold", "pku_training_words.utf8")),
            GoldTestSetReader.ReadSighan("MSR", Path.Combine(sighan, "gold", "msr_test_gold.utf8"), Path.Combine(sighan, "gold", "msr_training_words.utf8")),
        };
        var ud = Path.Combine(root, "ud-chinese-gsdsimp", "zh_gsdsimp-ud-test.conllu");
        if (File.Exists(ud))
        {
            sets.Add(GoldTestSetReader.ReadConllu("UD-GSDSimp", ud));
        }

        return sets;
    }

    /// <summary>
    /// Mchar/s over the whole test set, one Segment call per sentence as an indexer makes one per field: by wall clock,
    /// and by this thread's CPU time, which stays meaningful when other processes share the cores.
    /// </summary>
    private static (double Wall, double Cpu) MeasureSpeed(ISegmenter segmenter, GoldTestSet testSet, int runs)
    {
        // Two warm-up passes (the first one mostly JIT); the second sizes a run: about 1.5 s of passes, so the CPU
        // clock's 10 ms ticks stay under 1% even when a loaded machine gives this thread a fraction of a core.
        SegmentAll(segmenter, testSet);
        var warmUp = Stopwatch.StartNew();
        SegmentAll(segmenter, testSet);
        var passes = Math.Max(1, (int)Math.Ceiling(1.5 / Math.Max(warmUp.Elapsed.TotalSeconds, 1e-3)));
        var wall = new List<double>();
        var cpu = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var cpuStart = ThreadCpuTime.Now();
            var watch = Stopwatch.StartNew();
            for (var pass = 0; pass < passes; pass++)
            {
                SegmentAll(segmenter, testSet);
            }

            wall.Add(watch.Elapsed.TotalSeconds);
            cpu.Add((ThreadCpuTime.Now() - cpuStart).TotalSeconds);
        }

        var chars = (double)testSet.CharCount * passes;
        return (chars / Median(wall) / 1_000_000, chars / Median(cpu) / 1_000_000);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static long SegmentAll(ISegmenter segmenter, GoldTestSet testSet)
    {
        long words = 0;
        foreach (var sentence in testSet.Sentences)
        {
            words += segmenter.Segment(sentence.Text).Count;
        }

        return words;
    }

    private static void WriteErrors(ISegmenter segmenter, GoldTestSet testSet, string path)
    {
        using var writer = new StreamWriter(path);
        foreach (var sentence in testSet.Sentences)
        {
            var test = SegmentationScorer.TestSpans(segmenter, sentence.Text).Select(s => sentence.Text[s.Start..s.End]);
            var testLine = string.Join(' ', test);
            var goldLine = string.Join(' ', sentence.Words);
            if (testLine != goldLine)
            {
                writer.WriteLine("G: " + goldLine);
                writer.WriteLine("T: " + testLine);
            }
        }
    }

    private static string? OptionValue(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string? FindShared()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared");
            if (Directory.Exists(Path.Combine(candidate, "bench", "segmentation")))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }
}
