using LmecKnowledgeSearch.Benchmarks.CrossLanguage;
using LmecKnowledgeSearch.Benchmarks.Indexing;
using LmecKnowledgeSearch.Benchmarks.Scale;
using LmecKnowledgeSearch.Benchmarks.Segmentation;

// One switch per benchmark; each subcommand parses its own options.
var command = args.Length > 0 ? args[0] : string.Empty;
var rest = args.Skip(1).ToArray();
return command switch
{
    "segmentation" => SegmentationBenchmark.Run(rest, Console.Out),
    "segment" => SegmentCommand.Run(Console.In, Console.Out),
    "indexing" => await IndexingBenchmark.RunAsync(rest, Console.Out),
    "scale" => await ScaleBenchmark.RunAsync(rest, Console.Out),
    // Child processes of `scale`, each measured on its own by /usr/bin/time.
    "scale-plain-index" when rest.Length == 2 => PlainLuceneEngine.Index(rest[0], rest[1]) > 0 ? 0 : 1,
    "scale-probe" when rest.Length >= 2 => SearchProbe.Run(rest[0], rest[1..], Console.Out),
    "scale-stages" when rest.Length == 2 => await IndexStages.RunAsync(rest[0], rest[1], Console.Out),
    "bilingual" => BilingualAbstractBenchmark.Run(rest, Console.Out),
    "translate" => TranslateCommand.Run(Console.In, Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: LmecKnowledgeSearch.Benchmarks segmentation [--shared PATH] [--runs N] [--errors PREFIX] [--sets PKU,MSR] [--segmenter product]");
    Console.Error.WriteLine("       LmecKnowledgeSearch.Benchmarks indexing [--corpus PATH] [--runs N]");
    Console.Error.WriteLine("       LmecKnowledgeSearch.Benchmarks scale [--n 5000] [--work DIR] [--per-kind 30] [--seed 11] [--stages] [--reuse-index] [--lmec lmec.dll] [--archive PATH]");
    Console.Error.WriteLine("       LmecKnowledgeSearch.Benchmarks bilingual [--shared PATH]   (cross/mono MRR@10 on bilingual abstracts)");
    Console.Error.WriteLine("       LmecKnowledgeSearch.Benchmarks segment < text.txt   (prints the product segmenter's words)");
    return 2;
}
