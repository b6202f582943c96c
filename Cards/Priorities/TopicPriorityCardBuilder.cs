using System.Globalization;
using SafetyBot.Cards.Building;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Cards.Priorities;

/// <summary>
/// "Is road safety a priority?", "should shoplifting be a priority next year?", "which priority does DA fall under?": the
/// recommended priorities whose programmes SafetyBot shows the topic's figures as evidence for (its own reading of the
/// recommendations, said to be so), the reviewed priorities whose review cites them, and what the assessment's own words say of it as a priority ("So it should not be a priority for the
/// CSP."), never SafetyBot's own notes. Nothing is inferred beyond those links and sentences.
/// </summary>
public sealed class TopicPriorityCardBuilder(IKnowledgeStore store)
{
    /// <summary>
    /// The answer for the indicator <paramref name="indicatorId"/>, or null when there is no such indicator. With
    /// <paramref name="pastYearAsked"/> ("was violence a priority in 2017/18"), the priorities reviewed for that year lead.
    /// </summary>
    public CardReply? Build(string indicatorId, bool pastYearAsked = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indicatorId);
        if (store.FindIndicator(indicatorId) is not { } indicator)
        {
            return null;
        }

        var priorities = store.Priorities().OrderBy(p => p.Number).ToList();
        var programmes = priorities
            .SelectMany(p => p.ProgrammeCodes.Select(store.Programme).OfType<ProgrammeDetail>())
            .Where(d => d.Programme.EvidenceIndicatorIds.Contains(indicator.Id, StringComparer.Ordinal))
            .ToList();
        var reviewed = store.ReviewedPriorities().Where(r => r.EvidenceIndicatorIds.Contains(indicator.Id, StringComparer.Ordinal)).OrderBy(r => r.Number).ToList();
        var said = SentencesOnPriority(indicator.Id);

        var name = indicator.DisplayName;
        var year = priorities.Count > 0 ? priorities[0].Year : "the coming year";
        var recommended = programmes.Count > 0
            ? $"{name} is among the figures SafetyBot shows as evidence for {string.Join(" and ", programmes.GroupBy(p => p.Priority.Number).Select(PriorityWords))}, of the priorities the assessment recommends for {year}."
            : $"{name} is not among the figures SafetyBot shows as evidence for the {Number(priorities.Count)} priorities the assessment recommends for {year}"
              + (priorities.Count > 0 ? $" ({string.Join("; ", priorities.Select(p => $"{Number(p.Number)} {p.Title}"))})." : ".");
        var past = reviewed.Count > 0
            ? $"In its review of {reviewed[0].Year}, the assessment cites the figures for {Lower(name)} under {string.Join(" and ", reviewed.Select(r => $"priority {Number(r.Number)}, {r.Title}"))}."
            : pastYearAsked ? $"In its review of {store.ReviewedPriorities().Select(r => r.Year).FirstOrDefault() ?? "the past year"}, the assessment cites the figures for {Lower(name)} under none of its priorities." : null;
        var lead = pastYearAsked && past is not null ? past : recommended;
        var second = lead == past ? recommended : past;

        var body = new List<CardElement>
        {
            CardParts.Title($"{name}: is it a priority?"),
            CardParts.Subtle($"The priorities recommended for {year} and those reviewed"),
            new TextBlock(lead) { Wrap = true, Weight = TextWeight.Bolder },
        };
        if (second is not null)
        {
            body.Add(CardParts.Text(second));
        }

        if (said.Count > 0)
        {
            body.Add(CardParts.Heading("What the assessment says"));
            body.AddRange(said.Select(s => new TextBlock($"“{s.Sentence}”") { Wrap = true }));
        }

        var cited = programmes.Select(p => p.Programme.Provenance).Concat(reviewed.Select(r => r.Provenance)).Concat(said.Select(s => s.Provenance)).ToList();
        body.Add(CardParts.Source(cited.Count > 0 ? cited : priorities.Select(p => p.Provenance).Take(1)));

        var actions = programmes.Select(p => CardParts.Ask($"Programme {p.Programme.Id}", Intent.Priority, p.Programme.Id))
            .Append(CardParts.Ask($"{name} figures", Intent.Change, indicator.Id));
        if (programmes.Count == 0)
        {
            actions = actions.Append(CardParts.Ask("The recommended priorities", Intent.PriorityWalkthrough));
        }

        var summary = string.Join(" ", new[] { lead, second, said.Count > 0 ? $"The assessment says: “{said[0].Sentence}”" : null }.OfType<string>());
        return new CardReply(CardParts.Card(body, actions, summary), summary);
    }

    /// <summary>
    /// The sentences that speak of priorities; one that draws a conclusion ("So it should not be a priority for the CSP.") with the
    /// sentence before it, which holds its reason ("... the Road Safety Partnership exist with Road Safety as their specific remit").
    /// </summary>
    private static IEnumerable<string> WithTheirReasons(IReadOnlyList<string> sentences)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (!sentences[i].Contains("priorit", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var concludes = Conclusions.Any(word => sentences[i].StartsWith(word + " ", StringComparison.OrdinalIgnoreCase));
            yield return concludes && i > 0 ? $"{sentences[i - 1]} {sentences[i]}" : sentences[i];
        }
    }

    private static readonly string[] Conclusions = ["So", "Therefore", "Thus", "Hence", "As such", "For this reason", "This is why"];

    /// <summary>"priority 1, Safeguarding people against violence and exploitation (programmes 1.1 County lines/cuckooing and 1.2 ...)".</summary>
    private static string PriorityWords(IGrouping<int, ProgrammeDetail> programmes)
    {
        var first = programmes.First();
        var listed = string.Join(" and ", programmes.Select(p => $"{p.Programme.Id} {p.Programme.Title}"));
        return $"priority {Number(first.Priority.Number)}, {first.Priority.Title} ({(programmes.Count() > 1 ? "programmes" : "programme")} {listed})";
    }

    /// <summary>A display name inside a sentence: "dwelling burglary", but "CSE" and "ASB" keep their capitals.</summary>
    private static string Lower(string name) => name.Length > 1 && char.IsUpper(name[1]) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The sentences of the topic's own passages that speak of priorities, each once, in the order the store holds them.</summary>
    private IReadOnlyList<(string Sentence, Provenance Provenance)> SentencesOnPriority(string indicatorId) =>
    [
        .. store.Narratives(indicatorId)
            .Concat(store.Opportunities(indicatorId))
            .Where(n => n.Kind is not (NarrativeKind.Note or NarrativeKind.Caveat) && n.IndicatorIds.Count is > 0 and <= 3 && n.IndicatorIds.Contains(indicatorId, StringComparer.Ordinal))
            .SelectMany(n => WithTheirReasons(Sentences.Split(n.Text)).Select(s => (Sentence: s, n.Provenance)))
            .DistinctBy(s => s.Sentence, StringComparer.Ordinal)
            .Take(3),
    ];
}
