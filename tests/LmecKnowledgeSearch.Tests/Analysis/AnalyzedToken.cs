using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace LmecKnowledgeSearch.Tests.Analysis;

/// <summary>One token as a test sees it: term, offsets, type and position increment.</summary>
public sealed record AnalyzedToken(string Term, int Start, int End, string Type, int PositionIncrement)
{
    public override string ToString() => $"{Term}[{Start},{End}){Type}+{PositionIncrement}";
}

/// <summary>Everything a token stream produced for one text, including the final offset reported by End().</summary>
public sealed record AnalyzedText(IReadOnlyList<AnalyzedToken> Tokens, int FinalOffset)
{
    public IEnumerable<string> Terms => Tokens.Select(t => t.Term);

    /// <summary>Runs a token stream through the full contract: Reset, IncrementToken until false, End, Dispose.</summary>
    public static AnalyzedText Of(Analyzer analyzer, string text, string field = "body")
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        using var stream = analyzer.GetTokenStream(field, text);
        return Of(stream);
    }

    public static AnalyzedText Of(TokenStream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var tokens = new List<AnalyzedToken>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset, type.Type, increment.PositionIncrement));
        }

        stream.End();
        return new AnalyzedText(tokens, offset.EndOffset);
    }
}
