using System.Text.RegularExpressions;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// The rows of <see cref="IntentRules.Ordered"/> for questions that name something the assessment covers but ask what it
/// does not hold (issue 13): a person's details, a breakdown it does not give, figures for a period it does not have.
/// Each is answered plainly, with what the assessment does have, never with a figure card as if it answered.
/// </summary>
public static partial class IntentRules
{
    /// <summary>
    /// "the home address of the IDVA case worker", "phone number of the victim", "names of the offenders", "details of the
    /// case in Arbury", "a person's record": SafetyBot holds only aggregate figures and the assessment's text, never personal
    /// data about anyone. A detail that is always personal (an address, a phone number, a criminal record) is enough; a
    /// word that identifies (a name, the details of) needs a person in a case beside it (a victim, an offender, a suspect),
    /// so "which agency is named as lead" stays a question about the assessment.
    /// </summary>
    private static Understanding? PersonalData(QuestionFacts q) =>
        q.Has(GapCues.PersonalDetails) || (q.Has(GapCues.Identity) && q.Has(GapCues.People)) || DetailsOfACase(q) || AboutSomeoneInParticular(q)
        // "who is running the county line in Arbury", "who deals drugs on Mill Road": who is behind crime in one part of the city.
        || (q.Has(GapCues.WhoIsBehind) && (APartOfTheCity().IsMatch(q.Folded) || AStreet().IsMatch(q.Folded)))
        // A member telling of a crime against them at an address ("I was assaulted at 14 ... Road") is answered kindly, below.
        || (AHouseAddress().IsMatch(q.Folded) && !q.Words.Any(w => w is "i" or "me" or "my" or "i'm" or "im" or "we" or "our"))
            ? new Understanding(Intent.NotCovered) { Gap = new NoFigureGap(GapKind.PersonalData) }
            : null;

    /// <summary>
    /// "has Jamie from probation been signed off sick", "is Sarah from the council on leave", "when is Dave back from holiday",
    /// "who's covering for Tom", "is the IDVA on maternity leave": a colleague's working life. The assessment holds nothing of
    /// it, and a topic its words name ("probation", "IDVA") is not what is asked. A topic's figures asked beside the words
    /// ("how many burglaries while people were on holiday"), and any count ("how many people were off sick after assaults": people in
    /// general, never one colleague), are left to the rows below.
    /// </summary>
    private static Understanding? ColleagueMatter(QuestionFacts q) =>
        q.Has(GapCues.StaffMatters) && !q.Has(Cues.FigureAsked)
            ? new Understanding(Intent.NotCovered) { Gap = new NoFigureGap(GapKind.Staff) }
            : null;

    /// <summary>
    /// "who is the current Police and Crime Commissioner", "who's the chief constable at the moment", "name of our MP now": who holds
    /// an office today. The assessment names organisations, never who holds a post, and SafetyBot knows nothing after it; the
    /// glossary's meaning of the office ("PCC") is not what is asked.
    /// </summary>
    private static Understanding? OfficeHolderNow(QuestionFacts q) =>
        q.Has(GapCues.Offices) && q.Has(GapCues.HeldNow) && q.Words.Any(w => w is "who" or "who's" or "whos" or "name" or "named" or "called")
        && !q.Has(Cues.FigureAsked)
            ? new Understanding(Intent.NotCovered) { Gap = new NoFigureGap(GapKind.OfficeHolder) }
            : null;

    /// <summary>
    /// "I cut my hand badly, should I go to A&amp;E?", "should I buy a steering lock for my car?", "the best lock to buy for my bike", "translate the executive summary
    /// into Polish", "the best pub in Market ward for a quiet drink", "when is the next board meeting": requests SafetyBot is not
    /// for, whatever topic they name (<see cref="GapCues.Advice"/>, <see cref="GapCues.Tasks"/>, <see cref="GapCues.Venues"/>,
    /// <see cref="GapCues.Workplace"/>). Answered "can't answer",
    /// never with the named topic's card.
    /// </summary>
    private static Understanding? NotForSafetyBot(QuestionFacts q) =>
        q.Has(GapCues.CrimeAgainstMe) || (q.Has(GapCues.ReportingACrime) && !q.Has(GapCues.ReportingOnFigures))
            ? new Understanding(Intent.NotCovered) { Gap = new NoFigureGap(GapKind.CrimeAgainstYou) } :
        q.Has(GapCues.Advice) || (q.Has(GapCues.WhatToDo) && q.Has(GapCues.Mine)) || q.Has(GapCues.Tasks) || q.Has(GapCues.GeneralKnowledge)
        || q.Has(GapCues.Workplace)
        || (q.Has(GapCues.Venues) && q.Has(GapCues.Recommendation)) || ShoppingAdvice(q) || (q.Has(GapCues.OwnInjury) && q.Has(GapCues.Treatment))
            ? new Understanding(Intent.NotCovered) { Gap = new NoFigureGap(GapKind.NotForSafetyBot) }
            : null;

    /// <summary>
    /// "what is the best lock to buy for my bike", "where can I buy a steering lock", "which alarm is best for my house",
    /// "cheapest insurance for my car": what to buy or fit to protect the asker's own things. "How many bikes were stolen"
    /// names no purchase and nothing of the asker's.
    /// </summary>
    private static bool ShoppingAdvice(QuestionFacts q) =>
        (q.Has(GapCues.Purchase) && (q.Has(GapCues.Mine) || q.Has(GapCues.Recommendation) || q.Has(GapCues.BestForMe)))
        || (q.Has(GapCues.Protection) && q.Has(GapCues.Mine) && q.Has(GapCues.BestForMe));

    /// <summary>
    /// "is my ex on the sex offenders register", "has my neighbour been arrested", "is this bloke dangerous", "does he have a
    /// record": one person in the asker's life (or named by a pronoun) and their standing with the police or courts.
    /// "Is John Smith a sex offender" asks a label of someone by name. "Why did sexual offences rise" names nobody; "what does
    /// the partnership do about repeat victims" asks of people in general.
    /// </summary>
    private static bool AboutSomeoneInParticular(QuestionFacts q) =>
        (q.Has(GapCues.Acquaintances) && (q.Has(GapCues.Standing) || q.Has(GapCues.Identity)))
        || (q.Words is ["is" or "was" or "isn't" or "wasn't", var who, ..] && who is not ("there" or "it" or "this" or "that" or "cambridge") && q.Has(GapCues.PersonLabels));

    /// <summary>"details of the coercive control case", "what happened in that case": one case, not cases in general.</summary>
    private static bool DetailsOfACase(QuestionFacts q)
    {
        for (var i = 1; i < q.Words.Count; i++)
        {
            if (q.Words[i] == "case" && q.Words.Take(i).Any(w => w is "the" or "that" or "this") && q.Has(GapCues.Identity))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "burglary broken down by ward", "ASB by age", "violence per offender", "which ward has the most burglaries": a
    /// breakdown of figures the assessment gives only as Cambridge City's totals. Only about figures (a topic, a crime word or
    /// a figure asked), so "what does the assessment say about the Market ward" is left to the rows below.
    /// </summary>
    private static Understanding? Breakdown(QuestionFacts q)
    {
        // "can you break that down by age of the offender?" after a figure: a breakdown of the last answer (its topic is the conversation's).
        if (BreakdownAsked(q) is not { } dimension
            || !(q.NamesIndicator || q.Has(Cues.DomainNouns) || q.Has(Cues.FigureAsked) || (q.Has(ProseCues.Pointer) && q.Stems.Count <= 10)))
        {
            return null;
        }

        // "are men or women more likely to be victims of DA": a topic whose own names hold the values asked (the survey's estimate
        // of female and male victims) gives that breakdown; its card answers.
        if (q.SettledIndicator is { } settled && q.Stems.Any(s => GapCues.Values.Any(v => v.Name == dimension && v.Words.Select(Stem.Of).Contains(s, StringComparer.Ordinal)) && q.TopicNamesUse(settled, s)))
        {
            return null;
        }

        var understood = new Understanding(Intent.NotCovered)
        {
            Gap = new NoFigureGap(GapKind.Breakdown, dimension),
            // "what nationality are most modern slavery controllers": asked in words, not for figures, the assessment's words may
            // answer it (controllers "largely from Lithuanian nationality"); the gap is said when they do not.
            Passage = BreakdownAskedInWords(q) ? new PassageQuery(WithoutTheDocument(q.Text), PassageAspect.General) : null,
        };
        if (!q.NamesIndicator)
        {
            return understood;
        }

        var best = q.Indicators[0];
        var tied = q.Indicators.Where(m => m.Score == best.Score).SelectMany(m => m.Topics).Select(t => t.Id).Distinct().ToList();
        return tied.Count == 1 ? understood with { Topic = tied[0] } : understood with { Candidates = tied };
    }

    /// <summary>
    /// "charge / detection rate for burglary", "how many arrests for drug offences", "how many modern slavery victims were
    /// identified", "how many rough sleepers are there", "how many teenagers died": a measure the assessment gives for no
    /// topic (<see cref="MeasureCues"/>). Its figures count police recorded crimes and incidents, so the honest answer says
    /// it has none, offering the topic's card; never the topic's figures as if they answered. Only when a figure is asked; not
    /// what the assessment says, why, what it recommends or what a word means, nor a survey's figures ("how many residents
    /// might be victims according to the CSEW").
    /// </summary>
    private static Understanding? MeasureNotGiven(QuestionFacts q)
    {
        if (q.Has(ProseCues.SayAbout) || q.Has(ProseCues.DefinitionAsked) || q.Has(ProseCues.Definition)
            || q.Has(ProseCues.Why) || q.Has(ProseCues.Recommend) || q.Has(Cues.MeasureSources))
        {
            return null;
        }

        var counted = q.Has(MeasureCues.Count);
        var crimes = q.Has(Cues.CrimeNouns) || q.Has(ReportsCounted);
        // Words of a term the assessment names ("killed or seriously injured") are that term, not a measure asked of a topic.
        // Nor words of a programme named ("exploitation of adults"), nor of an indicator named ("assault with injury" is not
        // "assaulted") unless the measure may be named by them ("homeless people").
        var outsideTerms = QuestionFacts.WithoutWordsOf(q.Stems, [.. q.GlossaryTerms, .. q.Programmes]);
        // A single word taken for a slip of a topic's word ("convictions" for "condition" of road condition) is a measure's
        // word when a measure names it: the slip is the guess, the measure word is what was typed.
        var named = q.Indicators.Where(m => m.Length > 1 || m.Phrase == q.Stems[m.Start]
            || !MeasureCues.Measures.Any(measure => measure.Words.AnyIn([q.Stems[m.Start]]))).ToList();
        var outside = QuestionFacts.WithoutWordsOf(q.Stems, [.. q.GlossaryTerms, .. q.Programmes, .. named]);
        // A part of one topic ("other sexual offences") is asked only of that topic, named.
        if (MeasureCues.Measures.FirstOrDefault(m => m.Words.AnyIn(m.InTopicNames ? outsideTerms : outside) && (counted || !m.CountOnly) && !(crimes && m.NotOfCrimes)
                && (m.PartOf is null || named.Any(n => n.Topics.Any(t => t.Id == m.PartOf)))) is not { } measure
            || !(AsksAFigure(q) || (measure.AsksAFigure && (q.NamesIndicator || q.Programmes.Count > 0 || q.GlossaryTerms.Count > 0 || (measure.Nearest is not null && AsksAFigureOfThings(q))))))
        {
            return null;
        }

        var understood = new Understanding(Intent.NotCovered)
        {
            Gap = new NoFigureGap(
                GapKind.Measure, Measure: measure.Name, Related: measure.Related ?? [], NearestCountNotOf: measure.NearestCountNotOf,
                NearestTopics: measure.PartOf is not null || named.Count == 0 ? measure.Nearest ?? [] : [], PartOf: measure.PartOf is not null),
        };
        if (measure.PartOf is { } whole)
        {
            return understood with { Topic = whole };
        }

        if (named.Count > 0)
        {
            var best = named.MaxBy(m => m.Score)!;
            var tied = named.Where(m => m.Score == best.Score).SelectMany(m => m.Topics).Select(t => t.Id).Distinct().ToList();
            return tied.Count == 1 ? understood with { Topic = tied[0] } : understood with { Candidates = tied };
        }

        return q.Programmes is [var programme, ..] ? understood with { Topic = programme.Topics[0].Id, Asked = Intent.Priority } : understood;
    }

    /// <summary>
    /// "how many school exclusions were there", "number of noise complaints", "first time entrants figures": a figure asked of a
    /// subject in words the assessment never uses (nor a slip of one), naming none of its topics, programmes, terms or places.
    /// It doesn't cover the subject, so it has no figure for it: said so, naming those words, rather than "can't answer". Not a
    /// follow-up ("and the rate?"), nor what it says, nor a question of the places or measures rows above. Recorded for admins,
    /// like any question it cannot answer.
    /// </summary>
    private static Understanding? FigureOfASubjectNeverNamed(QuestionFacts q) =>
        q.ForeignWords > 0 && (AsksAFigure(q) || q.Has(MeasureCues.Count) || SubjectAndPeriodAlone(q)) && !q.FollowUp
        && q.Programmes.Count == 0 && q.GlossaryTerms.Count == 0 && q.Uncovered is null && q.Place is null && q.Elsewhere is null
        && !q.Has(ProseCues.SayAbout) && !q.Has(ProseCues.SubjectAsked) && !q.Has(ProseCues.DefinitionAsked) && !q.Has(ProseCues.Why)
        && !q.Has(Cues.MeasureSources) && !q.Has(Cues.National)
            ? new Understanding(Intent.NotCovered) { Gap = new NoFigureGap(GapKind.Subject), Question = q.Text }
            : null;

    /// <summary>
    /// "noise complaints 2017", "school exclusions in 2016": a subject in words the assessment never uses and a period, nothing
    /// else: its figure of that period, asked as tersely as a topic's ("shoplifting 2017").
    /// </summary>
    private static bool SubjectAndPeriodAlone(QuestionFacts q) =>
        !q.Period.IsEmpty && q.ForeignWords == q.Stems.Count(s => !(s.Any(char.IsDigit) || IsPeriodWord(s) || TersePeriodFiller.AnyIn([s])));

    /// <summary>Words that only place a terse subject in its period: "in", "for", "during", "the".</summary>
    private static readonly CueSet TersePeriodFiller = new("in", "for", "during", "the", "of", "year");

    /// <summary>
    /// Whether a figure of things is asked in other words than a figure's ("were 443 phones stolen?", "phone theft up 14%?", "how
    /// does Cambridge rank for phone theft?", "what was stolen most?"): a number, a change, a rate, a rank or "most"; not "is phone
    /// theft a priority?".
    /// </summary>
    private static bool AsksAFigureOfThings(QuestionFacts q) =>
        q.Folded.Any(char.IsDigit) || q.Has(Cues.Up) || q.Has(Cues.Down) || q.Has(Cues.ChangeVerbs) || q.Has(Cues.Rate)
        || q.Has(Cues.Ranking) || q.Has(Cues.Compare) || q.Has(MostOrMore);

    /// <summary>
    /// Reports counted ("how many ASB reports involved homeless people", "number of reports of anti-social behaviour about
    /// beggars"): like crimes and incidents, a count of reports, never of the people they name.
    /// </summary>
    private static readonly CueSet ReportsCounted = new(
        "asb reports", "asb report", "reports of asb", "reports of anti-social behaviour", "reports of antisocial behaviour",
        "anti-social behaviour reports", "antisocial behaviour reports", "asb complaints", "complaints of asb", "asb calls");

    /// <summary>Words that weigh how much: "what was stolen most?", "were more phones stolen?".</summary>
    private static readonly CueSet MostOrMore = new("most", "more", "fewer", "less", "least", "rank", "ranked", "ranking");

    /// <summary>Whether a figure is asked: its words, or a per cent sign ("what % of DA victims are repeat victims").</summary>
    private static bool AsksAFigure(QuestionFacts q) => q.Has(Cues.FigureAsked) || q.Folded.Contains('%', StringComparison.Ordinal);

    /// <summary>
    /// "CSEW ASB % for Cambridge specifically", "what does the crime survey say the local rate is", "HRBS drug use figure for the
    /// city": a survey the assessment quotes only for England and Wales or the county (<see cref="GapCues.WiderSurveys"/>),
    /// asked for the city alone. It gives no such figure, so the answer says so with the topic's card offered, never the
    /// survey's national figure as the city's. Not the one survey estimate it brings home itself (the CSEW's domestic abuse
    /// rates applied to the city's residents, the topic <c>domestic-abuse-prevalence</c>, named in any order: "victims of domestic
    /// abuse"), nor what it says or why.
    /// </summary>
    private static Understanding? SurveyFigureForTheCity(QuestionFacts q)
    {
        if (!q.NamesIndicator || !q.Has(GapCues.WiderSurveys) || !q.Has(GapCues.CityAlone) || !AsksAFigure(q) || q.Place is not null
            || q.Has(ProseCues.SayAbout) || q.Has(ProseCues.Why) || q.Has(ProseCues.DefinitionAsked) || q.Has(ProseCues.Definition)
            || q.Has(Cues.Compare) || q.Indicators.Any(m => m.Topics.Any(t => t.Id == "domestic-abuse-prevalence"))
            || q.IndicatorsNamedInAnyOrder.Any(t => t.Id == "domestic-abuse-prevalence"))
        {
            return null;
        }

        var understood = new Understanding(Intent.NotCovered)
        {
            Gap = new NoFigureGap(GapKind.Measure, Measure: "Cambridge City alone from that survey (it quotes the survey for England and Wales or the county)", Related: []),
        };
        if (!q.NamesIndicator)
        {
            return understood;
        }

        var best = q.Indicators[0];
        var tied = q.Indicators.Where(m => m.Score == best.Score).SelectMany(m => m.Topics).Select(t => t.Id).Distinct().ToList();
        return tied.Count == 1 ? understood with { Topic = tied[0] } : understood with { Candidates = tied };
    }

    /// <summary>
    /// "what percentage of the violence is alcohol related", "what share of burglaries involved a weapon", "how much of the
    /// ASB is alcohol related": the share of one topic's figures that is another topic's. The assessment counts each topic on
    /// its own and never prints such a share (a share is never derived from two counts), so the answer says so, offering both
    /// topics' cards. Not the shares it does print: a table's shares of a part of the city's topic (street-life ASB), national
    /// shares, a survey's, nor a share of a change ("what share of the increase").
    /// </summary>
    private static Understanding? ShareNotGiven(QuestionFacts q)
    {
        if (!q.Has(GapCues.ShareOf) || q.Has(Cues.Change) || q.Has(Cues.Up) || q.Has(Cues.Down) || q.Has(Cues.National)
            || q.Has(Cues.MeasureSources) || q.Has(ProseCues.SayAbout) || q.Has(Cues.Quarters) || q.Period.Quarter is not null || q.Period.YearToDate
            || q.Place is not null || q.Indicators.Any(m => m.Topics.Any(t => t.OnlyFor is not null)))
        {
            return null;
        }

        // Each span of words names one topic (or the topics it fits equally, "domestic abuse"): the best match of a span wins it.
        var topics = new List<string>();
        var kept = new List<TopicMatch>();
        foreach (var match in q.Indicators.OrderByDescending(m => m.Score))
        {
            if (kept.Any(k => k.Start < match.Start + match.Length && match.Start < k.Start + k.Length))
            {
                continue;
            }

            kept.Add(match);
            topics.AddRange(match.Topics.Select(t => t.Id).Where(id => !topics.Contains(id, StringComparer.Ordinal)));
        }

        return kept.Count >= 2
            ? new Understanding(Intent.NotCovered)
            {
                Gap = new NoFigureGap(GapKind.Measure, Measure: "the share of one topic's figures that is another topic's", Related: []),
                Candidates = topics,
            }
            : null;
    }

    /// <summary>
    /// "begging incidents across the whole city (not just the city centre)", "street-life ASB outside the city centre": a topic
    /// the assessment gives only for part of the city (<see cref="TopicRef.OnlyFor"/>), asked of the whole city or the rest of
    /// it. Says so, with the topic's card offered; never the part's figures as the city's.
    /// </summary>
    private static Understanding? ScopeNotGiven(QuestionFacts q) =>
        q.Has(GapCues.WholeCity) && q.NamesIndicator && q.Indicators[0].Topics is [{ OnlyFor: { } part } topic, ..] && !q.Has(ProseCues.SayAbout)
            ? new Understanding(Intent.NotCovered) { Topic = topic.Id, Gap = new NoFigureGap(GapKind.Scope, Breakdown: part) }
            : null;

    /// <summary>
    /// "what exactly is the boundary of the extended city centre area", "is the city centre area defined anywhere, e.g. which streets
    /// it includes?": where a part of the city begins and ends, which the assessment never says (it gives street-life figures for the
    /// extended city centre without a boundary). Says so, with the part's topic offered; never a passage that only names the area.
    /// </summary>
    private static Understanding? AreaBoundaryNotGiven(QuestionFacts q)
    {
        if (!q.Has(GapCues.AreaBoundary) || !q.Has(GapCues.CityCentre) || q.Has(ProseCues.Why) || q.Has(Cues.FigureAsked))
        {
            return null;
        }

        var part = q.Indicators.SelectMany(m => m.Topics).FirstOrDefault(t => t.OnlyFor is not null);
        return new Understanding(Intent.NotCovered)
        {
            Topic = part?.Id,
            Gap = new NoFigureGap(GapKind.AreaBoundary, Breakdown: part?.OnlyFor ?? "the extended city centre"),
        };
    }

    /// <summary>
    /// "ASB in the city centre in 2017", "how much shoplifting in the town centre": a figure of one topic asked of the centre of the
    /// city. A topic with figures there (ASB: the extended city centre, by quarter) gets its table of that part; a topic the
    /// assessment gives for the whole city only gets the honest gap. Not which quarter was highest (the quarter rows), not prose
    /// ("why is there so much ASB in the city centre"), not a topic given only for the centre (its own card answers).
    /// </summary>
    private static Understanding? CityCentreAsked(QuestionFacts q)
    {
        if (!q.Has(GapCues.CityCentre) || q.Has(GapCues.WholeCity) || !q.NamesIndicator || q.Has(ProseCues.SayAbout)
            || q.Indicators[0].Topics is not [{ OnlyFor: null } topic, ..]
            || !(q.Has(Cues.FigureAsked) || !q.Period.IsEmpty || q.Stems.Count <= 8))
        {
            return null;
        }

        if (topic.AlsoFor is not null)
        {
            return q.Period.Quarter is null && !q.Period.YearToDate && !q.Asks(Cues.Quarters)
                ? new Understanding(Intent.Quarters) { Topic = topic.Id }
                : null;
        }

        return new Understanding(Intent.NotCovered) { Topic = topic.Id, Candidates = [topic.Id], Gap = new NoFigureGap(GapKind.Breakdown, "city centre") };
    }

    /// <summary>The breakdown the question asks for ("ward"), or null.</summary>
    private static string? BreakdownAsked(QuestionFacts q)
    {
        // "rank the crimes by volume" is an order of the topics, not crimes by whom.
        if (q.Has(GapCues.ByWhom) && q.Has(Cues.FigureAsked) && !q.Has(Cues.LargestVolume))
        {
            return "offender";
        }

        if (ValuesWeighed(q) is { } weighed)
        {
            return weighed;
        }

        // "violent crimes in Market ward", "ASB incidents in Abbey ward": a ward of the city by its name (not the Market Ward Group).
        if (NamedWard().IsMatch(q.Folded))
        {
            return "ward";
        }

        // "which parts of the city have the most alcohol incidents", "what areas of Cambridge are worst for it": where in the city a
        // figure is highest, a breakdown below the city's totals.
        if (PartsOfTheCity().IsMatch(q.Folded) && q.Has(GapCues.Where))
        {
            return "neighbourhood";
        }

        var stems = q.Stems;
        for (var i = 0; i < stems.Count; i++)
        {
            var dimension = GapCues.Dimensions.FirstOrDefault(d => d.Words.Contains(stems[i], StringComparer.Ordinal));
            if (dimension.Name is null)
            {
                continue;
            }

            var before = i - 1;
            while (before >= 0 && i - before <= 3 && GapCues.Between.Contains(stems[before], StringComparer.Ordinal))
            {
                before--;
            }

            var asked = (before >= 0 && GapCues.Before.Contains(stems[before], StringComparer.Ordinal))
                || (i + 1 < stems.Count && GapCues.After.Contains(stems[i + 1], StringComparer.Ordinal))
                || (i > 0 && stems[i - 1] is "which" or "what" && q.Has(GapCues.Where));
            if (asked)
            {
                return dimension.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// The breakdown of which the question names two values or more ("race vs religion vs disability", "male and female
    /// victims"), outside the words of any topic named ("violence against women and girls" is a topic), or null. Not of a
    /// survey's or the nation's figures, which the assessment quotes by sex ("women and men, according to the CSEW").
    /// </summary>
    private static string? ValuesWeighed(QuestionFacts q)
    {
        if (q.Has(Cues.MeasureSources) || q.Has(Cues.National) || q.Has(ProseCues.SayAbout) || q.Has(ProseCues.Why) || q.Has(ProseCues.Recommend)
            || q.Has(ProseCues.DefinitionAsked) || q.Has(ProseCues.Definition) || !(q.NamesIndicator || q.Has(Cues.FigureAsked)))
        {
            return null;
        }

        var outside = QuestionFacts.WithoutWordsOf(q.Stems, [.. q.GlossaryTerms, .. q.Indicators, .. q.Programmes]);
        foreach (var (name, words) in GapCues.Values)
        {
            var named = words.Select(Stem.Of).Where(w => outside.Contains(w, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).Count();
            if (named >= 2)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// "crime figures for 2018/19", "stats for 2020": figures of a period with no topic named. The handler compares the
    /// period with the latest the knowledge store holds: a later one gets "the assessment has no figures for ...", one it
    /// holds gets what it has for the city as a whole.
    /// </summary>
    private static Understanding? FiguresOfAPeriod(QuestionFacts q) =>
        q.Period.Exact is not null && q.Has(Cues.FigureAsked) && !q.FollowUp && !q.Has(Cues.Pronouns)
        && q.Programmes.Count == 0 && q.GlossaryTerms.Count == 0 && q.Stems.All(s => GapCues.General.Contains(s) || s.Any(char.IsDigit) || IsPeriodWord(s))
            ? new Understanding(Intent.NotCovered) { Gap = new NoFigureGap(GapKind.Period) }
            : null;

    /// <summary>A word that names part of a period: a month, a quarter ("q2"), "to", "until".</summary>
    private static bool IsPeriodWord(string stem) =>
        stem is "jan" or "january" or "feb" or "february" or "mar" or "march" or "apr" or "april" or "may" or "jun" or "june" or "jul"
            or "july" or "aug" or "august" or "sep" or "sept" or "september" or "oct" or "october" or "nov" or "november" or "dec"
            or "december" or "to" or "until" or "between" or "q1" or "q2" or "q3" or "q4" or "next" or "this" or "last";

    /// <summary>The wards of Cambridge by name (Market apart: alone it is also the Market Ward Group's word), as a regex alternation.</summary>
    private const string WardNames =
        @"abbey|arbury|castle|cherry hinton|coleridge|east chesterton|west chesterton|king'?s hedges|newnham|petersfield|queen edith'?s|romsey|trumpington";

    /// <summary>"which parts of the city", "what areas of Cambridge": parts of the city asked which.</summary>
    [GeneratedRegex(@"\b(?:which|what)\s+(?:parts?|areas?|bits?|corners?)\s+of\s+(?:the\s+)?(?:city|cambridge|town)\b", RegexOptions.None)]
    private static partial Regex PartsOfTheCity();

    /// <summary>A ward of Cambridge by its name and the word "ward" ("in Abbey ward", "Market ward's"), never the Market Ward Group.</summary>
    [GeneratedRegex(@"\b(?:" + WardNames + @"|market)\s+wards?\b(?!'?s?\s+group)", RegexOptions.None)]
    private static partial Regex NamedWard();

    /// <summary>A ward or neighbourhood of Cambridge by its name, with or without "ward" ("in Arbury", "round King's Hedges"), never the Market Ward Group.</summary>
    [GeneratedRegex(@"\b(?:" + WardNames + @"|chesterton|market ward|the grafton|grafton centre|barnwell|mill road|the kite|fitzroy street)\b(?!\s+ward'?s?\s+group)", RegexOptions.None)]
    private static partial Regex APartOfTheCity();

    /// <summary>A street by its name ("on Mill Road", "in Hills Road", "down Newmarket Road").</summary>
    [GeneratedRegex(@"\b(?:on|in|at|down|along|round|around|near)\s+(?:[a-z']+\s+){1,2}(?:road|street|avenue|lane|close|drive|rd|st)\b(?!\s+(?:safety|traffic|user|users|crash|crashes|collision|collisions|casualt))", RegexOptions.None)]
    private static partial Regex AStreet();

    /// <summary>
    /// A house by its number and street ("the man at 4 Hills Road", "who lives at 12 Mill Road"): one household, never an aggregate of
    /// the assessment's.
    /// </summary>
    [GeneratedRegex(@"\b(?:at|of|in|from|on)\s+(?:number\s+|no\.?\s*)?\d{1,4}[a-z]?,?\s+(?:[a-z']+\s+){1,3}(?:road|street|avenue|lane|close|way|drive|place|court|crescent|terrace|gardens|grove|walk|rd|st|ave)\b", RegexOptions.None)]
    private static partial Regex AHouseAddress();
}
