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
public sealed class TopicPriorityCardBuilder(IKnowledgeStore store, PriorityCardBuilder priorityCards)
{
    /// <summary>
    /// The answer for the indicator <paramref name="indicatorId"/>, or null when there is no such indicator. With
    /// <paramref name="pastYearAsked"/> ("was violence a priority in 2017/18"), the priorities reviewed for that year lead. With
    /// <paramref name="numberAsked"/> ("is domestic abuse priority 3?"), a yes or no against that numbered priority comes first.
    /// </summary>
    public CardReply? Build(string indicatorId, bool pastYearAsked = false, int? numberAsked = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indicatorId);
        if (store.FindIndicator(indicatorId) is not { } indicator)
        {
            return null;
        }

        var priorities = store.Priorities().OrderBy(p => p.Number).ToList();
        var programmes = store.ProgrammesEvidencedBy(indicator.Id);
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
        if (numberAsked is { } number)
        {
            lead = $"{Verdict(number, pastYearAsked, priorities, programmes, reviewed)} {lead}";
        }

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
    /// "Yes: priority 3 of those the assessment recommends for 2018/19 is Domestic Abuse." / "No: priority 1 ... is
    /// Safeguarding people against violence and exploitation.": whether the topic comes under the numbered priority asked
    /// (of the year reviewed when a past year is asked), by the same links the rest of the answer gives.
    /// </summary>
    private string Verdict(int number, bool pastYearAsked, IReadOnlyList<Priority> priorities, IReadOnlyList<ProgrammeDetail> programmes, IReadOnlyList<ReviewedPriority> reviewed)
    {
        if (pastYearAsked)
        {
            var all = store.ReviewedPriorities().OrderBy(r => r.Number).ToList();
            var year = all.Select(r => r.Year).FirstOrDefault() ?? "the past year";
            return all.FirstOrDefault(r => r.Number == number) is { } asked
                ? $"{YesOrNo(reviewed.Any(r => r.Number == number))}: priority {Number(number)} of those reviewed for {year} was {asked.Title}."
                : $"No: the assessment reviews {Number(all.Count)} priorities for {year}, none numbered {Number(number)}.";
        }

        var recommendedFor = priorities.Count > 0 ? priorities[0].Year : "the coming year";
        return priorities.FirstOrDefault(p => p.Number == number) is { } priority
            ? $"{YesOrNo(programmes.Any(p => p.Priority.Number == number))}: priority {Number(number)} of those the assessment recommends for {recommendedFor} is {priority.Title}."
            : $"No: the assessment recommends {Number(priorities.Count)} priorities for {recommendedFor}, none numbered {Number(number)}.";

        static string YesOrNo(bool yes) => yes ? "Yes" : "No";
    }

    /// <summary>
    /// "are CSE and county lines priorities": a programme named beside a topic is part of its priority; said in a line with the
    /// programme's own description, its card offered. With <paramref name="numberAsked"/> ("is county lines priority 2?"), a yes
    /// or no against that numbered priority leads: of the priorities reviewed the programme continues when
    /// <paramref name="pastYearAsked"/>. Null when <paramref name="code"/> is no programme of the recommended priorities.
    /// </summary>
    public CardReply? BuildProgramme(string code, int? numberAsked = null, bool pastYearAsked = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        if (store.Programme(code) is not { } detail)
        {
            return null;
        }

        var programme = detail.Programme;
        var lead = $"{programme.Title} is programme {programme.Id} of priority {Number(detail.Priority.Number)}, {detail.Priority.Title}, one of the priorities the assessment recommends for {detail.Priority.Year}.";
        if (numberAsked is { } number)
        {
            var continued = detail.ReviewedPriorities.OrderBy(r => r.Number).ToList();
            lead = pastYearAsked
                ? $"{(continued.Any(r => r.Number == number) ? "Yes" : "No")}: {lead} "
                  + (continued.Count > 0
                      ? $"It continues the work of {string.Join(" and ", continued.Select(r => $"priority {Number(r.Number)}, {r.Title}"))}, of those reviewed for {continued[0].Year}."
                      : "It continues none of the priorities reviewed.")
                : $"{(detail.Priority.Number == number ? "Yes" : "No")}: {lead}";
        }

        var summary = $"{lead} The assessment says: “{programme.Description}”";
        var body = new List<CardElement>
        {
            CardParts.Title($"{programme.Title}: is it a priority?"),
            new TextBlock(lead) { Wrap = true, Weight = TextWeight.Bolder },
            new TextBlock($"“{programme.Description}”") { Wrap = true },
            CardParts.Source([programme.Provenance]),
        };
        return new CardReply(CardParts.Card(body, [CardParts.Ask($"Programme {programme.Id}", Intent.Priority, programme.Id)], summary), summary);
    }

    /// <summary>
    /// "is the city centre a priority?", "is street drug dealing a priority?": a subject that is no topic of figures, looked for in the
    /// words of the recommended priorities and their programmes; where they name it, the programme (or priority) whose words do,
    /// with those words quoted. Null when none names it.
    /// </summary>
    public CardReply? BuildSubject(string subject)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        var pattern = new System.Text.RegularExpressions.Regex(@"\b" + System.Text.RegularExpressions.Regex.Escape(subject.Trim()) + @"\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        var priorities = store.Priorities().OrderBy(p => p.Number).ToList();
        var programmes = store.Programmes();
        var inProgrammes = programmes.Where(d => pattern.IsMatch(d.Programme.Title) || pattern.IsMatch(d.Programme.Description)).ToList();
        var inPriorities = priorities.Where(p => pattern.IsMatch(p.Description) && !inProgrammes.Any(d => d.Priority.Number == p.Number)).ToList();
        if (inProgrammes.Count == 0 && inPriorities.Count == 0)
        {
            return null;
        }

        var named = char.ToUpperInvariant(subject.Trim()[0]) + subject.Trim()[1..];
        var where = inProgrammes.Select(d => $"priority {Number(d.Priority.Number)}, {d.Priority.Title}, in its programme {d.Programme.Id} {d.Programme.Title}")
            .Concat(inPriorities.Select(p => $"priority {Number(p.Number)}, {p.Title}"))
            .ToList();
        var year = priorities[0].Year;
        var lead = $"{named} comes under {string.Join(" and ", where)}, of the priorities the assessment recommends for {year}.";
        var quotes = inProgrammes.Select(d => (Text: SentenceNaming(d.Programme.Description, d.Programme.Title, pattern), d.Programme.Provenance))
            .Concat(inPriorities.Select(p => (Text: SentenceNaming(p.Description, p.Title, pattern), p.Provenance)))
            .ToList();
        var body = new List<CardElement>
        {
            CardParts.Title($"{named}: is it a priority?"),
            new TextBlock(lead) { Wrap = true, Weight = TextWeight.Bolder },
        };
        body.AddRange(quotes.Select(q => new TextBlock($"“{q.Text}”") { Wrap = true }));
        body.Add(CardParts.Source(quotes.Select(q => q.Provenance)));
        var summary = $"{lead} The assessment says: “{quotes[0].Text}”";
        var actions = inProgrammes.Select(d => CardParts.Ask($"Programme {d.Programme.Id}", Intent.Priority, d.Programme.Id))
            .Concat(inPriorities.Select(p => CardParts.Ask($"Priority {Number(p.Number)}", Intent.Priority, Number(p.Number))));
        return new CardReply(CardParts.Card(body, actions, summary), summary);
    }

    /// <summary>
    /// "which topics are not priorities": the recommended priorities with their programmes, then the topics of figures that SafetyBot
    /// shows as evidence for none of their programmes (its own reading of the recommendations, said to be so).
    /// </summary>
    public CardReply BuildOutside()
    {
        var priorities = store.Priorities().OrderBy(p => p.Number).ToList();
        var programmes = store.Programmes();
        var evidence = programmes.SelectMany(d => d.Programme.EvidenceIndicatorIds).ToHashSet(StringComparer.Ordinal);
        var outside = store.Indicators().Where(i => !evidence.Contains(i.Id) && !string.Equals(i.Category, "Context", StringComparison.OrdinalIgnoreCase))
            .Select(i => i.DisplayName).ToList();
        var recommended = priorityCards.Overview();
        var left = outside.Count > 0
            ? $"The topics whose figures SafetyBot does not show as evidence for any of their programmes: {string.Join(", ", outside)}. That is SafetyBot's reading of the recommendations; ask \"is shoplifting a priority?\" for what the assessment says of one."
            : "SafetyBot shows every topic's figures as evidence for one of their programmes.";
        var body = new List<CardElement>
        {
            CardParts.Title("Which topics are not priorities?"),
            new TextBlock(recommended) { Wrap = true, Weight = TextWeight.Bolder },
            CardParts.Text(left),
            CardParts.Source(priorities.Select(p => p.Provenance).Take(1)),
        };
        var summary = $"{recommended} {left}";
        return new CardReply(CardParts.Card(body, [CardParts.Ask("The recommended priorities", Intent.PriorityWalkthrough)], summary), summary);
    }

    /// <summary>The sentence of <paramref name="text"/> that names the subject, else the whole text (a title that names it is quoted with its description).</summary>
    private static string SentenceNaming(string text, string title, System.Text.RegularExpressions.Regex pattern) =>
        Sentences.Split(text).FirstOrDefault(pattern.IsMatch) ?? (pattern.IsMatch(title) ? text : text);

    /// <summary>
    /// The sentences that speak of priorities; one that draws a conclusion ("So it should not be a priority for the CSP.") with the
    /// sentence before it, which holds its reason ("... the Road Safety Partnership exist with Road Safety as their specific remit");
    /// one without a subject (a table's note) with the sentences after it.
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
            // A note of a table's cell without its subject ("Has been a high national and local priority.") is quoted with the
            // rest of its cell, which says what follows from it ("The Partnership is currently unsighted on this issue. ...").
            var subjectless = SubjectlessStarts.Any(word => sentences[i].StartsWith(word + " ", StringComparison.Ordinal));
            yield return concludes && i > 0 ? $"{sentences[i - 1]} {sentences[i]}"
                : subjectless ? string.Join(' ', sentences.Skip(i).Take(4))
                : sentences[i];
        }
    }

    private static readonly string[] SubjectlessStarts = ["Has", "Have", "Had", "Is", "Was", "Remains", "Continues"];

    private static readonly string[] Conclusions = ["So", "Therefore", "Thus", "Hence", "As such", "For this reason", "This is why"];

    /// <summary>
    /// Whether <paramref name="asked"/> (a year or financial year's start) is before the year the recommended priorities are for:
    /// "was violence a priority in 2017/18" asks of the priorities reviewed.
    /// </summary>
    public bool IsBeforeTheRecommendations(int? asked) =>
        asked is { } year && store.Priorities().FirstOrDefault() is { Year.Length: >= 4 } latest
        && int.TryParse(latest.Year.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var recommendedFrom)
        && year < recommendedFrom;

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
