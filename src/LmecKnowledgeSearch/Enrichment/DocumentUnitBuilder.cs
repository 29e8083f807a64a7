using LmecKnowledgeSearch.Enrichment.Passages;
using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Ingestion;

namespace LmecKnowledgeSearch.Enrichment;

/// <summary>Turns one extracted document into the units the index holds: the document itself and its passages.</summary>
public sealed class DocumentUnitBuilder
{
    private readonly PassageSplitter passageSplitter;

    public DocumentUnitBuilder(PassageSplitter passageSplitter)
    {
        ArgumentNullException.ThrowIfNull(passageSplitter);
        this.passageSplitter = passageSplitter;
    }

    public static DocumentUnitBuilder CreateDefault() => new(new PassageSplitter());

    public IReadOnlyList<IndexUnit> Build(string source, ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(document);
        var title = document.Properties.Title
            ?? document.Blocks.FirstOrDefault(b => b.Kind is BlockKind.Title or BlockKind.Heading)?.Text
            ?? Path.GetFileNameWithoutExtension(source);
        var language = LanguageOf(document.Text);
        var units = new List<IndexUnit>
        {
            new()
            {
                Id = IndexUnit.MakeId(source, 0),
                Kind = UnitKinds.Document,
                Source = source,
                Number = 0,
                Title = title,
                Text = document.Text,
                Date = document.Properties.Date,
                DocumentType = "other",
                Language = language,
            },
        };
        foreach (var passage in passageSplitter.Split(document))
        {
            var number = units.Count;
            units.Add(new IndexUnit
            {
                Id = IndexUnit.MakeId(source, number),
                Kind = UnitKinds.Passage,
                Source = source,
                Number = number,
                Title = title,
                Text = passage.Text,
                HeadingPath = passage.HeadingPath,
                Page = passage.Page,
                Date = document.Properties.Date,
                DocumentType = "other",
                Language = language,
            });
        }

        return units;
    }

    private static string LanguageOf(string text)
    {
        int han = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u4e00' and <= '\u9fff')
            {
                han++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        // A Han character carries about as much as a short Latin word, so weigh letters down before comparing.
        var latinWords = latin / 5.0;
        return han > latinWords * 4 ? "zh" : latinWords > han * 4 ? "en" : "mixed";
    }
}
