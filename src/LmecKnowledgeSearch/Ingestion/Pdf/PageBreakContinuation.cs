namespace LmecKnowledgeSearch.Ingestion.Pdf;

/// <summary>
/// Whether the first paragraph of a page continues the last paragraph of the page before: the earlier one runs to the
/// right margin without ending a sentence, both are set in the same size, and the later one starts mid-sentence
/// (a lower-case Latin letter, or any CJK character, since Chinese has no capitals to mark a new sentence).
/// </summary>
public static class PageBreakContinuation
{
    private const string SentenceEnds = ".。!！?？:：;；…\"”’」』)）]】";

    public static bool Continues(PdfParagraph last, PdfParagraph first)
    {
        ArgumentNullException.ThrowIfNull(last);
        ArgumentNullException.ThrowIfNull(first);
        var lastText = last.Text.TrimEnd();
        var firstText = first.Text.TrimStart();
        if (lastText.Length == 0 || firstText.Length == 0)
        {
            return false;
        }

        var start = firstText[0];
        return last.ReachesRightMargin
            && Math.Abs(last.FontSize - first.FontSize) < 0.5
            && !SentenceEnds.Contains(lastText[^1], StringComparison.Ordinal)
            && (char.IsLower(start) || (HanCharacters.IsCjkScript(start) && HanCharacters.IsCjkScript(lastText[^1])) || start == ',' || start == '，');
    }
}
