using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace LmecKnowledgeSearch.Answering.Spans;

/// <summary>
/// Organisations: "由…主办" (who organised), names known from the candidates' affiliations, suffix-shaped names
/// (…基金会/…研究所/…中心/…局), well-known acronyms, and last the speaker's own organisation.
/// </summary>
public sealed partial class OrganisationSpanFinder : ISpanFinder
{
    private static readonly FrozenSet<string> KnownAcronyms = new[]
    {
        "UNEP", "UNDP", "UNESCO", "UNICEF", "FAO", "IFAD", "WFP", "UNFCCC", "IPCC", "SEI", "WWF", "IUCN", "WCS", "CI", "TNC", "ADB",
        "AIIB", "MRC", "ASEAN", "GIZ", "JICA", "USAID", "ICIMOD", "IWMI", "CGIAR", "WRI", "IISD", "GEF", "GCF", "OECD", "WHO", "WMO",
        "LMEC", "FECO", "IGES", "ACB", "RECOFTC", "CIFOR", "ICRAF", "Oxfam", "ClientEarth",
    }.ToFrozenSet(StringComparer.Ordinal);

    public IReadOnlyList<AnswerSpan> Find(string sentence, SpanContext context)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(context);
        var spans = new List<AnswerSpan>();
        // "由A指导、B主办": a question that names a role (指导/承办/资助…) asks for the organisation holding that role.
        var askedRoles = RoleVerb().Matches(context.Question.Question).Select(m => m.Value)
            .Concat(context.Question.Groups.SelectMany(g => g.Terms).Where(t => RoleVerb().IsMatch(t) && RoleVerb().Match(t).Value == t))
            .ToHashSet(StringComparer.Ordinal);
        var organiserAsked = askedRoles.Count == 0 || askedRoles.Any(r => r is "主办" or "举办" or "组织");
        foreach (Match by in ByClause().Matches(sentence))
        {
            var clause = by.Groups["c"];
            var start = 0;
            foreach (Match verb in RoleVerb().Matches(clause.Value))
            {
                var from = start;
                while (from < verb.Index && "、，,和与及 ".Contains(clause.Value[from]))
                {
                    from++;
                }

                if (verb.Index - from >= 2 && askedRoles.Contains(verb.Value))
                {
                    spans.Add(new AnswerSpan(clause.Value[from..verb.Index], clause.Index + from, verb.Index - from, 1.0));
                }

                start = verb.Index + verb.Length;
            }
        }

        foreach (Match match in OrganisedBy().Matches(sentence))
        {
            // "由A指导、B主办": A guided, B organised.
            var name = match.Groups["o"];
            var guide = GuidedBy().Matches(name.Value).LastOrDefault();
            var start = guide is null ? 0 : guide.Index + guide.Length;
            // "由A于1988年建立": the time or place phrase before the verb is not part of the name.
            var circumstance = TrailingCircumstance().Match(name.Value, start);
            var end = circumstance.Success && circumstance.Index - start >= 2 ? circumstance.Index : name.Length;
            spans.Add(new AnswerSpan(name.Value[start..end], name.Index + start, end - start, organiserAsked ? 1.0 : 0.8));
        }

        foreach (var known in context.KnownOrganisations)
        {
            var index = sentence.IndexOf(known, StringComparison.Ordinal);
            if (index >= 0)
            {
                spans.Add(new AnswerSpan(known, index, known.Length, 0.9));
            }
        }

        spans.AddRange(OrganisationNames.InSentence(sentence, 0.75));
        foreach (Match match in Acronym().Matches(sentence))
        {
            if (KnownAcronyms.Contains(match.Value))
            {
                spans.Add(new AnswerSpan(match.Value, match.Index, match.Length, 0.8));
            }
        }

        // The speaker's own organisation answers "which organisation does X" when the sentence does not name one.
        if (spans.Count == 0 && OrganisationNames.FromAffiliation(context.Affiliation) is { Count: > 0 } own)
        {
            spans.Add(new AnswerSpan(own[0], 0, 0, 0.6));
        }

        return spans;
    }

    [GeneratedRegex(@"由(?<o>[^，。；：,;]{2,60}?)(?:共同|联合)?(?:主办|承办|举办|组织(?![（(和与及、）)A-Za-z])|发起|牵头|召集|建立|设立|成立|创建|创立|资助|实施|开发)")]
    private static partial Regex OrganisedBy();

    [GeneratedRegex(@"由(?<c>[^，,。；;：:]{2,120})")]
    private static partial Regex ByClause();

    [GeneratedRegex(@"指导|主办|承办|协办|支持|资助|发起|牵头|举办")]
    private static partial Regex RoleVerb();

    [GeneratedRegex(@"(?:于|在|从|自|共同|联合)[^（(）)]*$")]
    private static partial Regex TrailingCircumstance();

    [GeneratedRegex(@"(?:指导|支持|支持下|指导下)[、，,和与及]?")]
    private static partial Regex GuidedBy();

    [GeneratedRegex(@"\b[A-Z][A-Za-z]*[A-Z]+[a-z]*\b|\b(?:Oxfam|ClientEarth)\b")]
    private static partial Regex Acronym();
}
