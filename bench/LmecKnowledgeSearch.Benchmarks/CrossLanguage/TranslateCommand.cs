using LmecKnowledgeSearch.Search.Glossary;

namespace LmecKnowledgeSearch.Benchmarks.CrossLanguage;

/// <summary>`translate` subcommand: prints what CC-CEDICT alone proposes for each line of stdin (the curated glossary off).</summary>
public static class TranslateCommand
{
    public static int Run(TextReader input, TextWriter output)
    {
        var translator = new DictionaryTranslator(BilingualDictionary.LoadDefault());
        while (input.ReadLine() is { } line)
        {
            foreach (var expansion in translator.Translate(line, []))
            {
                output.WriteLine($"{expansion.Surface} → {string.Join(" | ", expansion.Terms.Select(t => $"{t.Text} {t.Weight:0.##}"))}");
            }

            output.WriteLine();
        }

        return 0;
    }
}
