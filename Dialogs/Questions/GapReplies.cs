using System.Globalization;
using SafetyBot.Cards;
using SafetyBot.Cards.Building;
using SafetyBot.Cards.Formatting;
using SafetyBot.Cards.Help;
using SafetyBot.Cards.Replies;
using SafetyBot.Dialogs.Language;
using SafetyBot.Knowledge;

namespace SafetyBot.Dialogs.Questions;

/// <summary>
/// The answers to questions that name something the assessment covers but ask what it does not hold (issue 13): a
/// person's details (a kind refusal: SafetyBot holds no personal data), a breakdown it does not give, figures for a period
/// after its latest. Each says so plainly, shows no figure card, and offers what the assessment does have.
/// </summary>
public sealed class GapReplies(IKnowledgeStore store)
{
    /// <summary>The answer to a request about an individual.</summary>
    public const string PersonalData =
        "Sorry, I can't answer that. SafetyBot holds only the 2017/18 strategic assessment's aggregate figures and its text, never "
        + "personal data about anyone: no names, addresses, phone numbers, records or details of individual cases. The assessment "
        + "doesn't cover individuals. For a case, please use your own organisation's case records and information-sharing routes.";

    /// <summary>The answer to a question about a colleague's working life (off sick, on leave, covering, left).</summary>
    public const string Staff =
        "Sorry, I can't answer that. SafetyBot only knows the figures and analysis in the 2017/18 strategic assessment: it knows "
        + "nothing about the people who work in the partnership (who is in, off sick or on leave, who covers for whom), and the "
        + "assessment doesn't cover individuals. Please ask their team or manager.";

    /// <summary>The answer to who holds an office today (the Police and Crime Commissioner, the Chief Constable).</summary>
    public const string OfficeHolder =
        "Sorry, I can't answer that. The 2017/18 strategic assessment names organisations and offices (such as the Police and Crime "
        + "Commissioner, whose priorities it mentions), never who holds them, and SafetyBot knows nothing after the assessment. Please "
        + "check the organisation's own website for who is in post now.";

    /// <summary>The answer to a member telling of a crime against them: a kind word, then 999, 101 and NHS 111.</summary>
    public const string CrimeAgainstYou =
        "I'm sorry that happened to you. I can't answer that or take a report of a crime: if you are in danger now, call 999; to "
        + "report a crime, call 101 or report it online to Cambridgeshire Constabulary; for urgent medical help call NHS 111. "
        + "SafetyBot only knows the figures and analysis in the 2017/18 strategic assessment.";

    /// <summary>The answer to advice about the asker's own situation, a task such as translating, office life, or a recommendation of a place.</summary>
    public const string NotForSafetyBot =
        "Sorry, I can't answer that. SafetyBot only knows the figures and analysis in the 2017/18 strategic assessment: it can't give "
        + "advice about your own situation, recommend places, do tasks such as translating or help with meetings, expenses or IT. If you are in danger call 999; to report "
        + "a crime call 101 or report it online to the police; for urgent medical advice call NHS 111. Ask \"what can you do\" for the questions it can answer.";

    /// <summary>
    /// The answer to a question about a topic the assessment gives no figures for (<see cref="IKnowledgeStore.UncoveredTopics"/>,
    /// by its id): says so and names what it has nearest, with the printed counts of those nearest topics the question's words
    /// name (<paramref name="named"/>: "shops" robbed names shoplifting and business crime); for an id the store does not hold, says
    /// it has no figure for that topic.
    /// </summary>
    public string Uncovered(string? id, IReadOnlyList<string>? named = null) =>
        store.UncoveredTopics().FirstOrDefault(t => t.Id == id) is { } topic
            ? $"The 2017/18 strategic assessment has no figure or programme for {topic.Name} in Cambridge City. What it does have nearest: {topic.Instead}.{NearestCounts(topic, named ?? [])} Ask \"what can you do\" for the topics it covers."
            : "The 2017/18 strategic assessment has no figure for that topic. Ask \"what can you do\" for the topics it covers.";

    /// <summary>
    /// The latest printed counts of the indicators nearest an uncovered topic, each named as a count of its own crimes (never of the
    /// uncovered topic's, nor of people): " Its nearest counts, each of its own crimes, not of robbery: shoplifting, 1,295 crimes in 2017; ...".
    /// </summary>
    private string NearestCounts(UncoveredTopic topic, IReadOnlyList<string> named)
    {
        // Only those the question's own words name ("shops" robbed): a bare "how many robberies" is answered by the gap alone.
        var near = topic.NearestIndicatorIds.Where(id => named.Contains(id, StringComparer.Ordinal)).ToList();
        var counts = near
            .Select(store.FindIndicator)
            .OfType<Indicator>()
            .Select(i => (Indicator: i, Count: store.Series(i.Id, Knowledge.Measure.Count)
                .Where(o => o.Area == Knowledge.Area.CambridgeCity && o.Breakdown.Length == 0 && o.Period.Kind is Knowledge.PeriodKind.CalendarYear or Knowledge.PeriodKind.FinancialYear)
                .MaxBy(o => o.Period.StartYear)))
            .Where(x => x.Count is not null)
            .Select(x => $"{x.Indicator.DisplayName.ToLowerInvariant()}, {Figures.Number(x.Count!.Value)} {x.Indicator.Unit} in {x.Count.Period.Label}")
            .ToList();
        return counts.Count == 0 ? string.Empty : $" Its nearest counts, each of its own {string.Join(" and ", near.Select(store.FindIndicator).OfType<Indicator>().Select(i => i.Unit).Distinct(StringComparer.OrdinalIgnoreCase))}, not of {topic.Name}: {string.Join("; ", counts)}.";
    }

    /// <summary>
    /// A figure asked of a subject the assessment never mentions (<see cref="GapKind.Subject"/>): says it doesn't cover it and
    /// has no figure for it, and offers what it does answer. The member's own words are never repeated back: they may be a
    /// name, an address or an insult.
    /// </summary>
    public static CardReply Subject() =>
        NoFigureCard.Build(
            "The 2017/18 strategic assessment doesn't cover that, so it has no figure for it. Its figures count police recorded crimes and incidents, topic by topic.",
            [CardParts.Ask("What went up last year?", Intent.Movers), CardParts.Ask("Key findings", Intent.Findings)]);

    /// <summary>
    /// The county's other districts weighed against the city for <paramref name="topic"/> (an indicator's name), when the
    /// assessment's words on that topic say nothing of them: it has no figures for them, and says nothing comparing them.
    /// </summary>
    public static string DistrictsNotCompared(string topic) =>
        $"The 2017/18 strategic assessment doesn't compare {topic} across the county's districts: it gives Cambridge City's figures, "
        + "and has no figure for the other districts. Ask \"how does it compare with similar areas?\" for the most similar group's ranks, where it gives them.";

    /// <summary>
    /// What the assessment's words on <paramref name="topic"/> (a topic's name) do not say, asked of it as a follow-up ("anything we
    /// should keep an eye on" after vehicle crime): said plainly, never answered by another topic's words.
    /// </summary>
    public static string NothingOfTheTopic(AskedOfTheTopic asked, string topic) => asked switch
    {
        AskedOfTheTopic.WhatToWatch => $"The 2017/18 strategic assessment says nothing of anything to keep an eye on for {topic} beyond its figures and trend. Ask \"what does it say about {topic}?\" for its words on it.",
        AskedOfTheTopic.WhomToLinkUpWith => $"The 2017/18 strategic assessment names no partners to link up with on {topic}: its scanning table gives no opportunities for it.",
        AskedOfTheTopic.WhatNeedsImproving => $"The 2017/18 strategic assessment says nothing of what needs improving for {topic}.",
        AskedOfTheTopic.AgainstTheNation => $"The 2017/18 strategic assessment doesn't say whether {topic} is in line with the national trend. Ask \"{topic} nationally\" for the national figures it gives, where it gives them.",
        AskedOfTheTopic.ChangeJudged => $"The 2017/18 strategic assessment doesn't say whether the change in {topic} is good news or bad. Ask \"why has {topic} changed?\" for its words on why it moved.",
        _ => $"The 2017/18 strategic assessment names no partner work on {topic}: none of the programmes it reviews took {topic} on.",
    };

    /// <summary>
    /// What to keep an eye on, whom to link up with or how partners help, asked with no topic named or asked before: the assessment
    /// says it topic by topic, so the member is asked which topic (never one topic's words given as the assessment's whole answer).
    /// </summary>
    public static string AskOfATopic(AskedOfTheTopic asked) => asked switch
    {
        AskedOfTheTopic.WhatToWatch => "The assessment says what to keep an eye on topic by topic. Which topic? For example: \"anything we should keep an eye on for road safety?\"",
        AskedOfTheTopic.WhomToLinkUpWith => "The assessment names partners to link up with topic by topic. Which topic? For example: \"who should we link up with on cybercrime?\"",
        AskedOfTheTopic.ChangeJudged => "The assessment reads each topic's change in its own words on it. Which topic? For example: \"is the rise in crimes with a domestic abuse marker good news?\"",
        _ => "The assessment says what partners do topic by topic. Which topic? For example: \"how are partners helping with county lines?\"",
    };

    /// <summary>Words of a store figure's breakdown that show the assessment does give something of a dimension (a national figure by sex, say).</summary>
    private static readonly Dictionary<string, string[]> Related = new(StringComparer.Ordinal)
    {
        ["gender"] = ["male", "female", "men", "women"],
        ["age"] = ["aged", "under"],
        ["ward"] = ["ward"],
        ["offender"] = ["offender"],
    };

    /// <summary>
    /// A breakdown the assessment does not give of <paramref name="topics"/> (none when the question named no topic): says so,
    /// quotes any figure of that kind it does give for the topic (a national figure by sex, say) with its area and period,
    /// and offers the topic's card.
    /// </summary>
    public CardReply Breakdown(string dimension, IReadOnlyList<string> topics)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentNullException.ThrowIfNull(topics);
        var indicators = topics.Select(store.FindIndicator).OfType<Indicator>().ToList();
        if (indicators.Count == 0)
        {
            return NoFigureCard.Build(
                $"The 2017/18 strategic assessment has no figures broken down by {dimension}: it gives Cambridge City's figures as a whole, topic by topic.",
                [CardParts.Ask("What went up last year?", Intent.Movers), CardParts.Ask("Key findings", Intent.Findings)]);
        }

        var names = string.Join(" or ", indicators.Select(i => i.DisplayName.ToLowerInvariant()));
        var related = Related.TryGetValue(dimension, out var words)
            ? indicators.SelectMany(i => store.Figures(i.Id).Where(o => words.Any(w => o.Breakdown.Contains(w, StringComparison.OrdinalIgnoreCase)))
                .Select(o => $"{Figures.WithUnit(o, i.Unit)} ({o.Breakdown}, {Figures.AreaName(o.Area)}, {(o.Period.StartYear > 0 ? o.Period.Label : "period not stated")})")).ToList()
            : [];
        var text = $"The 2017/18 strategic assessment has no {dimension} breakdown of {names}: it gives Cambridge City's figures as a whole."
            + (related.Count > 0 ? $" The nearest it gives: {string.Join("; ", related)}." : string.Empty)
            + " Its card shows what it does have.";
        return NoFigureCard.Build(text, indicators.Select(i => CardParts.Ask(i.DisplayName, Intent.Change, i.Id)));
    }

    /// <summary>
    /// The whole city, or the rest of it, asked of <paramref name="topic"/>, whose figures the assessment gives only for
    /// <paramref name="part"/>: says so and offers the topic's card.
    /// </summary>
    public CardReply Scope(string topic, string part)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(part);
        var indicator = store.FindIndicator(topic);
        var name = indicator?.DisplayName.ToLowerInvariant() ?? "that topic";
        return NoFigureCard.Build(
            $"The 2017/18 strategic assessment gives {name} only for {part}: it has no figure for the whole city or the rest of it. Its card shows the figures for {part}.",
            indicator is null ? [] : [CardParts.Ask(indicator.DisplayName, Intent.Change, indicator.Id)]);
    }

    /// <summary>
    /// Where <paramref name="part"/> of the city begins and ends (<see cref="GapKind.AreaBoundary"/>): the assessment gives no
    /// boundary or list of streets for it; says so and offers <paramref name="topic"/>'s card, the figures it gives for that part.
    /// </summary>
    public CardReply AreaBoundary(string part, string? topic)
    {
        ArgumentNullException.ThrowIfNull(part);
        var indicator = topic is null ? null : store.FindIndicator(topic);
        var figures = indicator is null ? string.Empty : $" It gives {indicator.DisplayName.ToLowerInvariant()} for {part}; its card shows those figures.";
        return NoFigureCard.Build(
            $"The 2017/18 strategic assessment doesn't define {part}: it gives no boundary, map or list of the streets it takes in.{figures}",
            indicator is null ? [] : [CardParts.Ask(indicator.DisplayName, Intent.Change, indicator.Id)]);
    }

    /// <summary>
    /// A measure the assessment gives for no topic (<see cref="GapKind.Measure"/>), asked of <paramref name="topics"/>
    /// (indicators; none when the question named none) or of <paramref name="programme"/>: says so, says what the assessment
    /// counts instead, quotes the one figure of that kind it does print when there is one (deaths of young people, as national
    /// context) with its area and period, and offers the topic's card, never its figures as the answer.
    /// </summary>
    public CardReply Measure(NoFigureGap gap, IReadOnlyList<string> topics, string? programme)
    {
        ArgumentNullException.ThrowIfNull(gap);
        ArgumentNullException.ThrowIfNull(topics);
        var measure = gap.Measure ?? "that measure";
        var indicators = topics.Select(store.FindIndicator).OfType<Indicator>().ToList();
        var related = (gap.Related ?? []).Count == 0
            ? []
            : store.Indicators().SelectMany(i => store.Figures(i.Id))
                .Where(o => gap.Related!.Any(w => o.Breakdown.Contains(w, StringComparison.OrdinalIgnoreCase)))
                .Select(o => $"{(o.Measure == Knowledge.Measure.Count ? Figures.Number(o.Value) : Figures.WithUnit(o, string.Empty))} {o.Breakdown} ({Figures.AreaName(o.Area)}, {(o.Period.StartYear > 0 ? o.Period.Label : "period not stated")})")
                .ToList();
        var quoted = related.Count > 0 ? $" The only figure of that kind it prints, as context: {string.Join("; ", related)}." : string.Empty;
        var none = related.Count > 0 ? $"gives no figure for {measure} in Cambridge City" : $"gives no figure for {measure}";
        // "how many people were attacked with a knife", "how many phones were stolen", "how many things were stolen": the nearest
        // figures printed are a topic's counts of crimes (the topic asked of, else the measure's nearest), said to be crimes.
        var nearestOf = (gap.NearestTopics ?? []).Count > 0 ? gap.NearestTopics!.Select(store.FindIndicator).OfType<Indicator>().ToList() : indicators;
        var nearest = gap.NearestCountNotOf is { } notOf ? NearestCountsNotOf(nearestOf, notOf) : string.Empty;
        if (gap.PartOf && indicators.Count > 0)
        {
            // "how many other sexual offences": the topic's figures count the whole; what the assessment says of the part is quoted.
            var whole = string.Join(" or ", indicators.Select(i => i.DisplayName.ToLowerInvariant()));
            var said = (gap.Related ?? []).Count == 0
                ? []
                : indicators.SelectMany(i => store.Figures(i.Id))
                    .Where(o => gap.Related!.Any(w => o.Breakdown.Contains(w, StringComparison.OrdinalIgnoreCase)))
                    .Select(o => o.Measure == Knowledge.Measure.PercentChange
                        ? $"{o.Breakdown} {(o.Value < 0 ? "fell" : "rose")} {Figures.Number(Math.Abs(o.Value))}% on the previous year ({Figures.AreaName(o.Area)}, {(o.Period.StartYear > 0 ? o.Period.Label : "period not stated")})"
                        : $"{Figures.WithUnit(o, string.Empty)} {o.Breakdown} ({Figures.AreaName(o.Area)}, {(o.Period.StartYear > 0 ? o.Period.Label : "period not stated")})")
                    .ToList();
            var saysOf = said.Count > 0 ? $" What it does say of them: {string.Join("; ", said)}." : string.Empty;
            return NoFigureCard.Build(
                $"The 2017/18 strategic assessment gives no count of {measure}: its counts of {whole} are of all {whole} together, never of one part.{saysOf}{nearest} Its card shows what it does have for {whole}.",
                [.. indicators.Select(i => CardParts.Ask(i.DisplayName, Intent.Change, i.Id)), .. nearestOf.Except(indicators).Select(i => CardParts.Ask(i.DisplayName, Intent.Change, i.Id))]);
        }

        if (indicators.Count > 0)
        {
            var names = string.Join(" or ", indicators.Select(i => i.DisplayName.ToLowerInvariant()));
            var units = string.Join(" and ", indicators.Select(i => i.Unit).Distinct(StringComparer.OrdinalIgnoreCase));
            return NoFigureCard.Build(
                $"The 2017/18 strategic assessment {none}, for {names} or any other topic: its figures for {names} count {units}, with rates and changes.{nearest}{quoted} Its card shows what it does have.",
                indicators.Select(i => CardParts.Ask(i.DisplayName, Intent.Change, i.Id)));
        }

        if (nearest.Length > 0 && programme is null)
        {
            return NoFigureCard.Build(
                $"The 2017/18 strategic assessment {none}: its figures count police recorded crimes and incidents, topic by topic.{nearest}{quoted}",
                nearestOf.Select(i => CardParts.Ask(i.DisplayName, Intent.Change, i.Id)));
        }

        if (programme is not null && store.Programme(programme) is { } detail)
        {
            var title = $"{detail.Programme.Id} {detail.Programme.Title}";
            return NoFigureCard.Build(
                $"The 2017/18 strategic assessment {none}: it names programme {title} but gives no number for what you asked.{quoted} Its card shows what the assessment does say about it.",
                [CardParts.Ask("Programme " + title, Intent.Priority, detail.Programme.Id)]);
        }

        return NoFigureCard.Build(
            $"The 2017/18 strategic assessment {none}: its figures count police recorded crimes and incidents, topic by topic.{quoted}",
            [CardParts.Ask("What went up last year?", Intent.Movers), CardParts.Ask("Key findings", Intent.Findings)]);
    }

    /// <summary>
    /// The latest printed counts of <paramref name="indicators"/>, each labelled a count of its crimes, not of <paramref name="notOf"/>:
    /// " The nearest figure it prints: 443 theft from the person crimes in 2017, a count of crimes, not of phones or other things stolen."
    /// </summary>
    private string NearestCountsNotOf(IReadOnlyList<Indicator> indicators, string notOf)
    {
        var counts = indicators
            .Select(i => (Indicator: i, Count: store.Series(i.Id, Knowledge.Measure.Count)
                .Where(o => o.Area == Knowledge.Area.CambridgeCity && o.Breakdown.Length == 0 && o.Period.Kind is Knowledge.PeriodKind.CalendarYear or Knowledge.PeriodKind.FinancialYear)
                .MaxBy(o => o.Period.StartYear)))
            .Where(x => x.Count is not null)
            .ToList();
        if (counts.Count == 0)
        {
            return string.Empty;
        }

        var units = string.Join(" and ", counts.Select(x => x.Indicator.Unit).Distinct(StringComparer.OrdinalIgnoreCase));
        return counts.Count == 1
            ? $" The nearest figure it prints: {Figures.Number(counts[0].Count!.Value)} {counts[0].Indicator.DisplayName.ToLowerInvariant()} {counts[0].Indicator.Unit} in {counts[0].Count!.Period.Label}, a count of {counts[0].Indicator.Unit}, not of {notOf}."
            : $" The nearest figures it prints: {string.Join("; ", counts.Select(x => $"{Figures.Number(x.Count!.Value)} {x.Indicator.DisplayName.ToLowerInvariant()} {x.Indicator.Unit} in {x.Count!.Period.Label}"))}; each a count of {units}, not of {notOf}.";
    }

    /// <summary>
    /// Figures asked of <paramref name="asked"/> with no topic named: after the latest figure the store holds, the
    /// assessment has none, and the answer says which is its latest; otherwise the answer asks which topic (the assessment's
    /// figures are topic by topic).
    /// </summary>
    public CardReply Period(Period asked)
    {
        ArgumentNullException.ThrowIfNull(asked);
        var latest = store.LatestCityPeriod();
        if (latest is not null && (asked.StartYear * 12) + asked.StartMonth > (latest.EndYear * 12) + latest.EndMonth)
        {
            var month = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(latest.EndMonth);
            return NoFigureCard.Build(
                $"The 2017/18 strategic assessment has no figures for {asked.Label}: its latest figures run to {month} {latest.EndYear}.",
                [CardParts.Ask("What went up last year?", Intent.Movers), CardParts.Ask("Key findings", Intent.Findings)]);
        }

        return new CardReply(
            CardParts.Card(
                [CardParts.Title("Which topic?"), CardParts.Text($"The assessment's figures for {asked.Label} are topic by topic. Which topic do you mean? For example: \"dwelling burglary in {asked.Label}\".")],
                [CardParts.Ask("What went up last year?", Intent.Movers)],
                "Which topic do you mean?"),
            "Which topic do you mean?");
    }
}
