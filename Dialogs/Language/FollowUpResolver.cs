using SafetyBot.Cards;
using SafetyBot.Cards.Indicators;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// Applies the conversation's context to a recognised question: "and how does that compare with
/// similar areas?" takes the last topic; "what about vehicle crime?" takes the last kind of
/// question (and its period).
/// </summary>
public static class FollowUpResolver
{
    /// <summary>Intents that are about one indicator.</summary>
    public static readonly IReadOnlySet<Intent> IndicatorIntents = new HashSet<Intent>
    {
        Intent.Change, Intent.Volume, Intent.Rate, Intent.Compare, Intent.National,
        Intent.Opportunities, Intent.Quarters, Intent.Series,
    };

    /// <summary>Indicator intents that have a city-wide answer when no topic is named.</summary>
    private static readonly IReadOnlySet<Intent> AnswersWithoutTopic = new HashSet<Intent>
    {
        Intent.Compare, Intent.National, Intent.Quarters,
    };

    /// <summary>Intents that answer about any topic (an indicator, a programme): "why?" or "who leads it?" takes the last one.</summary>
    private static readonly IReadOnlySet<Intent> AnyTopicIntents = new HashSet<Intent>
    {
        Intent.Passage, Intent.ListLeads, Intent.Priority, Intent.TopicPriority,
    };

    /// <summary>Words that ask whether a topic is among what was just listed: "is ASB one of them?", "is burglary among them?".</summary>
    private static readonly CueSet OneOfThem = new("one of them", "one of those", "among them", "among those", "in them", "in those", "on the list", "on that list", "part of them", "included");

    /// <summary>The understanding with the context applied where the question leaves gaps; <paramref name="text"/> is what was typed.</summary>
    public static Understanding Resolve(Understanding understanding, QuestionContext? context, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        if (!understanding.FromCard && understanding is { ItemPlace: { } place, Topic: null })
        {
            return ItemOfTheLastList(understanding, place, context);
        }

        if (!understanding.FromCard && understanding is { Topic: null, Intent: Intent.Unknown or Intent.Passage } && ItemNamedByAWord(text, context) is { } named)
        {
            // "incidents", "the incidents one" after "did you mean domestic abuse incidents or domestic violence offences?".
            return new Understanding(AskedOfAnItem(context)) { Topic = named, Period = PeriodOfAnItem(understanding, context) };
        }

        if (!understanding.FromCard && understanding is { Intent: Intent.Passage, Topic: null, Candidates.Count: 0, ItemPlace: null }
            && context is { Topic: { } run, LastIntent: Intent.Series } && !IsProgrammeCode(run) && AsksTheExtremeOfTheRun(text) is { } point)
        {
            // "which of those years was the peak?", "the lowest year of them?" after a run of years: read from that run, never a
            // sentence of the assessment that says "peak" of something else.
            return new Understanding(Intent.Series) { Topic = run, Period = context.LastPeriod, Point = point, FollowUp = true };
        }

        if (!understanding.FromCard && understanding is { Intent: Intent.Unknown or Intent.Passage or Intent.Movers, Topic: null, Candidates.Count: 0, ItemPlace: null }
            && context is { Topic: { } moved, LastIntent: { } movedKind } && IndicatorIntents.Contains(movedKind) && !IsProgrammeCode(moved)
            && AsksTheBiggestMoveOfTheRun(text) is { } move)
        {
            // "which year was the biggest jump?", "when was the sharpest drop?" after a topic's figures: the two printed years of its
            // run between which it moved most, never the risers of every topic nor "can't answer".
            return new Understanding(Intent.Series) { Topic = moved, Period = movedKind == Intent.Series ? context.LastPeriod : PeriodSlots.None, Point = move, FollowUp = true };
        }

        if (!understanding.FromCard && understanding is { Intent: Intent.Passage, Topic: null, Candidates.Count: 0, ItemPlace: null }
            && context is { Topic: { } figured, LastIntent: { } figureKind } && IndicatorIntents.Contains(figureKind) && !IsProgrammeCode(figured)
            && AsksOnlyWhen(text))
        {
            // "when?", "what period is that for?" after a figure: the period of that figure, its answer given again (its headline names
            // the period), never a date found elsewhere in the assessment (the title page's, another figure's).
            return new Understanding(figureKind) { Topic = figured, Period = context.LastPeriod, FollowUp = true };
        }

        // A follow-up that names a topic several indicators share ("and who is the lead for DA?") keeps them, unless the
        // conversation's topic is one of them.
        if (!understanding.FromCard && understanding is { Intent: Intent.Passage or Intent.ListLeads, Topic: null, FollowUp: true }
            && context?.Topic is { } lastTopic
            && (understanding.Candidates.Count == 0 || understanding.Candidates.Contains(lastTopic, StringComparer.OrdinalIgnoreCase)))
        {
            // "since when has that been going down?" or "why?" after the national picture: the national words of the topic, not its
            // local trend (what it recommends is the topic's own, wherever the picture was).
            return context.LastIntent == Intent.National && understanding.Passage is { Aspect: PassageAspect.When or PassageAspect.Why } nationalPassage
                && !nationalPassage.Text.Contains("national", StringComparison.OrdinalIgnoreCase)
                ? understanding with { Topic = lastTopic, Passage = nationalPassage with { Text = nationalPassage.Text.TrimEnd('?', ' ') + " nationally" } }
                : understanding with { Topic = lastTopic };
        }

        if (!understanding.FromCard && context?.Topic is { } inContext && understanding is
            {
                Intent: Intent.Passage, Topic: null, FollowUp: false, Candidates.Count: 0, ItemPlace: null, UncoveredTopic: null,
                Passage: { WholeQuestion: false, OfTheTopic: AskedOfTheTopic.None or AskedOfTheTopic.AgainstTheNation, OtherDistricts: false },
            })
        {
            // A question that names no topic in a conversation about one ("when will we hear about outcomes?" after a programme,
            // "what did the CSEW show?" after a topic's national picture) is asked of it, as a colleague would hear it: its own
            // words first; the passage handler looks across the assessment when they hold nothing of it.
            return understanding with { Topic = inContext, FollowUp = true };
        }

        if (!understanding.FromCard && context?.Topic is { } conversed && understanding is
            {
                Intent: Intent.Passage, Topic: null, FollowUp: false, Candidates.Count: 0, ItemPlace: null, UncoveredTopic: null,
                Passage: { WholeQuestion: true, OfTheTopic: AskedOfTheTopic.None, OtherDistricts: false },
            })
        {
            // "which months tend to be highest?", "what data is missing for high risk cases?" in a conversation about one topic: a
            // question with nothing of the assessment in it is first looked for in that topic's own words (any passage of it that
            // answers); with none, it is looked for as it was asked, across the assessment, held whole (the passage handler).
            return understanding with { Topic = conversed, FollowUp = true };
        }

        if (!understanding.FromCard && context is { ReviewedPriorities: true } && understanding is { Intent: Intent.Priority, Topic: { Length: 1 } numbered }
            && char.IsDigit(numbered[0]) && text is not null && TextNormalizer.Tokens(text).Select(Stem.Of).ToList() is var ahead && !ProseCues.NextYear.AnyIn(ahead) && !Cues.Forward.AnyIn(ahead))
        {
            // "how did priority 3 go?" after the 2017/18 priorities the assessment reviews: that year's priority 3 (antisocial behaviour
            // within vulnerable groups), never 2018/19's recommended priority 3.
            return new Understanding(Intent.TopicList) { Filter = new ListFilter { Reviewed = true }, PriorityNumber = numbered[0] - '0', FollowUp = true };
        }

        if (!understanding.FromCard && understanding is { Intent: Intent.Priority, Topic: null, ItemPlace: null, FollowUp: true }
            && context?.Topic is { } priority && IsProgrammeCode(priority))
        {
            // "what's the specific workstream under it?" after priority 2: its card, which lists its programmes.
            return understanding with { Topic = priority };
        }

        if (!understanding.FromCard && understanding is { Intent: Intent.TopicPriority, Topic: null, UncoveredTopic: null, NotAmongThePriorities: false } && context?.Topic is { } weighed)
        {
            // "is it a priority?" after a topic: whether that topic is; after a programme or priority, its priority's card.
            return IsProgrammeCode(weighed)
                ? understanding with { Intent = Intent.Priority, Topic = weighed }
                : understanding with { Topic = weighed };
        }

        if (!understanding.FromCard && understanding is { Intent: Intent.Sources, Topic: null, Candidates.Count: 0 })
        {
            // "where does that come from?" after an indicator's answer: its sources; with none asked before, every source cited.
            return context?.Topic is { } sourced && !IsProgrammeCode(sourced)
                ? understanding with { Topic = sourced }
                : new Understanding(Intent.TopicList) { Filter = new ListFilter { Sources = true } };
        }

                if (!understanding.FromCard && understanding is { Intent: Intent.Passage, Topic: null, FollowUp: true, Passage.Aspect: PassageAspect.WhoLeads, Candidates.Count: 0 })
        {
            // "who is in charge of it?" with nothing asked before: the leads handler asks which programme.
            return understanding with { Intent = Intent.ListLeads, Passage = null };
        }

        if (!understanding.FromCard && understanding is { Intent: Intent.Passage, Topic: null, FollowUp: true, Passage.Aspect: PassageAspect.Recommend, Candidates.Count: 0 }
            && !AsksAdviceOnASubject(understanding.Passage.Text))
        {
            // "what does the assessment recommend?" with no topic in the conversation: its recommendations. "What does it recommend
            // about monitoring outcomes of the priorities?" has a subject of its own, and is looked for in its words.
            return Understanding.Of(Intent.Findings);
        }

        if (!understanding.FromCard && understanding is { Intent: Intent.Movers, Topic: null, Candidates.Count: 0, Filter: null }
            && understanding.Period is { FromYear: { } from, ToYear: { } to, Quarter: null, FinancialYearStart: null } && to == from + 1
            && context is { Topic: { } changed, LastIntent: { } changedKind } && IndicatorIntents.Contains(changedKind) && !IsProgrammeCode(changed)
            && text is not null && !AsksForAListOfMovers(text))
        {
            // "change from 2016 to 2017?" after a topic's figures: that topic's change on the year before, as asked with it named;
            // "which crimes rose most from 2016 to 2017?" still lists the risers.
            return new Understanding(Intent.Change) { Topic = changed, Period = PeriodSlots.None with { Year = to }, FollowUp = true };
        }

        if (!understanding.FromCard && understanding is { Intent: Intent.Movers, Topic: null, Candidates.Count: 0 }
            && (understanding.Filter is null || understanding.Filter == new ListFilter { Direction = understanding.Filter.Direction })
            && understanding.Period is { FromYear: { } since, Quarter: null, FinancialYearStart: null } && (understanding.Period.ToYear ?? int.MaxValue) > since + 1
            && context is { Topic: { } spanned, LastIntent: { } spannedKind } && IndicatorIntents.Contains(spannedKind) && !IsProgrammeCode(spanned)
            && text is not null && !AsksForAListOfMovers(text))
        {
            // "what's the percentage increase since 2012?", "the change from 2012 to 2017?" after a topic's figures: that topic's run
            // of years over the span asked, never every topic's change on the year before.
            return new Understanding(Intent.Series) { Topic = spanned, Period = understanding.Period, FollowUp = true };
        }

        if (!understanding.FromCard && context is { SurveyOfTheTopic: true, Topic: { } surveyed } && understanding is { Intent: Intent.Series or Intent.Change, Topic: null, Candidates.Count: 0 }
            && text is not null && TextNormalizer.Tokens(text).Select(Stem.Of).ToList() is var asked && Cues.LongerTerm.AnyIn(asked) && !Cues.PoliceSource.AnyIn(asked))
        {
            // "over the longer term?" after what the crime survey says of a topic: the survey's own words on it, never the police
            // recorded run of years (which may move the other way).
            return new Understanding(Intent.Passage) { Topic = surveyed, FollowUp = true, Passage = new PassageQuery(text.TrimEnd('?', ' ') + " CSEW", PassageAspect.Survey) };
        }

        if (!understanding.FromCard && understanding is { Intent: Intent.NotCovered, Gap.Kind: GapKind.Period, Topic: null, Candidates.Count: 0, Place: null }
            && context?.Topic is { } counted && !IsProgrammeCode(counted))
        {
            // "how many offences in 2017?", "what's the 2017 count?" in a conversation about one topic: that topic's figure of the year,
            // as a colleague would hear it (asked with no topic before, the assessment's figures are topic by topic).
            return new Understanding(Intent.Volume) { Topic = counted, Period = understanding.Period, FollowUp = true };
        }

        if (!understanding.FromCard && understanding is { Intent: Intent.NotCovered, Place: not null, Topic: null, FollowUp: true }
            && context?.Topic is { } placed && !IsProgrammeCode(placed))
        {
            // "and the county average?" after the VAWG rate: the figures the assessment quotes for that area, of the same topic.
            return understanding with { Topic = placed };
        }

        if (!understanding.FromCard && understanding is { Intent: Intent.NotCovered, Gap: not null, Topic: null, Candidates.Count: 0, Place: null }
            && context?.Topic is { } broken && !IsProgrammeCode(broken))
        {
            // "can you break that down by age of the offender?" after weapon crime: the assessment gives no such breakdown of it.
            return understanding with { Topic = broken };
        }

        if (!understanding.FromCard && understanding is { Intent: Intent.Passage, Topic: null, Candidates.Count: 0, ItemPlace: null }
            && context is { Topic: null, TiedTopics.Count: > 1 })
        {
            // "why is it rising?" after "VWI numbers" answered for both kinds of violence: the best answer within either of them.
            return understanding with { Candidates = [.. context.TiedTopics], FollowUp = true };
        }

        if (!understanding.FromCard && IndicatorIntents.Contains(understanding.Intent) && understanding is { Assumed: true, Candidates.Count: 0 }
            && (understanding.FollowUp || (text is not null && TextNormalizer.Tokens(text).Count <= 3))
            && context?.LastIntent == Intent.TopicPriority && (understanding.Topic ?? context.Topic) is { } weighedAgain && !IsProgrammeCode(weighedAgain))
        {
            // "is domestic abuse priority 3?", then "and in 2017/18?" or "is ASB?": the same question of that year or topic.
            return new Understanding(Intent.TopicPriority) { Topic = weighedAgain, Period = understanding.Period, FollowUp = true };
        }

        if (!understanding.FromCard && IndicatorIntents.Contains(understanding.Intent) && understanding is { Topic: { } oneOfThem, Candidates.Count: 0 }
            && context?.LastIntent is Intent.Priority or Intent.PriorityWalkthrough && text is not null && OneOfThem.AnyIn(TextNormalizer.Tokens(text).Select(Stem.Of).ToList()))
        {
            // "what are the priorities?", then "is ASB one of them?": whether that topic is a priority.
            return new Understanding(Intent.TopicPriority) { Topic = oneOfThem, FollowUp = true };
        }

        if (!understanding.FromCard && IndicatorIntents.Contains(understanding.Intent) && understanding is { Topic: null, Candidates.Count: 0 }
            && (understanding.Assumed || understanding.Intent == Intent.Opportunities)
            && text is not null && context?.Topic is { } programme && IsProgrammeCode(programme))
        {
            // "and what is it aiming for?", "what's it meant to deliver?", "what intervention happened under it?" after a programme or
            // priority: no figure is asked, and a programme has none; its own words answer, else its card (the passage handler).
            return new Understanding(Intent.Passage)
            {
                Topic = programme,
                Period = understanding.Period,
                Passage = new PassageQuery(text, PassageAspect.General),
                FollowUp = true,
            };
        }

        if (understanding.FromCard || !IndicatorIntents.Contains(understanding.Intent))
        {
            return understanding;
        }

        context ??= new QuestionContext();
        if (understanding is { Topic: null, Candidates.Count: 0 } && text is not null && AsksOfBoth(text)
            && context is { PreviousTopic: { } previous, Topic: { } current } && previous != current
            && !IsProgrammeCode(previous) && !IsProgrammeCode(current))
        {
            // "violence without injury Q1", "and with injury?", then "year to date totals for both?": the two topics, each asked so.
            var kind = understanding.Assumed && context.LastIntent is { } lastKind && IndicatorIntents.Contains(lastKind) ? lastKind : understanding.Intent;
            return new Understanding(Intent.CompareTopics)
            {
                Topic = previous,
                Candidates = [previous, current],
                Asked = kind,
                Period = understanding.Period.IsEmpty ? context.LastPeriod : understanding.Period,
                FollowUp = true,
            };
        }

        if (understanding is { Assumed: true, FollowUp: true, Topic: null, Candidates.Count: 0 } && context is { LastIntent: Intent.Movers or Intent.Findings, Category: { } group })
        {
            // "are they big numbers?" after a group's risers: what the assessment's findings say of that group.
            return new Understanding(Intent.Findings) { Filter = new ListFilter { Category = group } };
        }

        var namesTopic = understanding.Topic is not null || understanding.Candidates.Count > 0;
        var tied = !namesTopic && context is { Topic: null, TiedTopics.Count: > 1 } ? context.TiedTopics : null;
        if (tied is not null)
        {
            // "VWI Q1 2016/17" answered for both kinds of violence (no pick yet), then "and Q2?": resolved as if of the first,
            // then asked of each of them again.
            context = context.AsIfAbout(tied[0]);
        }

        var resolved = understanding;
        if (!namesTopic && context.Topic is not null && !IsProgrammeCode(context.Topic))
        {
            // "what proportion is that?" asks for another cell of the same row: the last period too.
            resolved = resolved with
            {
                Topic = context.Topic,
                Period = understanding.Cell is not null && understanding.Period.IsEmpty ? context.LastPeriod : understanding.Period,
            };
        }
        else if (understanding is { Cell: not null, FollowUp: true, Period.IsEmpty: true } && string.Equals(understanding.Topic, context.Topic, StringComparison.Ordinal))
        {
            // "what % of all ASB is that?" after a row's quarter: the same row (the topic pointed to) and quarter.
            resolved = resolved with { Period = context.LastPeriod };
        }

        if (understanding is { Assumed: false, Period.IsEmpty: true, YearBefore: false } && !context.LastPeriod.IsEmpty && text is not null
            && Cues.SamePeriod.AnyIn(TextNormalizer.Tokens(text).Select(Stem.Of).ToList()))
        {
            // "and with injury for the same quarter?", "how did VWI change over the same period?": the last answer's period (the later of
            // two walked through).
            resolved = resolved with { Period = context.WalkedYears ? Later(context.LastPeriod, context.WalkedFromPeriod) : context.LastPeriod };
        }

        if (understanding is { Assumed: true, FollowUp: true } && (namesTopic || context.Topic is not null)
            && context.LastIntent is { } last && IndicatorIntents.Contains(last))
        {
            // A series asked again of one year ("what was it in 2015?") is that year's figure.
            var period = understanding.Period.IsEmpty ? context.LastPeriod : understanding.Period;
            if (understanding.Period.IsEmpty && !understanding.YearBefore && context.WalkedYears && namesTopic
                && !string.Equals(resolved.Topic, context.Topic, StringComparison.Ordinal))
            {
                // "violence with injury Apr-Jun 2017", "and the same quarter last year?", then "what about without injury?": the other
                // topic in the later of the two periods walked (its answer gives the year before beside it where the assessment does).
                period = Later(context.LastPeriod, context.WalkedFromPeriod);
            }

            if (understanding.YearBefore)
            {
                // "and the year before?": the last answer's year (or financial year), one earlier; with neither named,
                // the answer already gives the year before beside the latest.
                period = period with { Year = period.Year - understanding.YearsBack, FinancialYearStart = period.FinancialYearStart - understanding.YearsBack };
            }

            // "shoplifting in 2017", "and nationally?", then "what about theft from the person?": the national picture was a side
            // view of the one topic; the other topic is asked for its own figures (its headline), not its national picture.
            var kind = last == Intent.National && context.NationalOfTheSameTopic && namesTopic
                && !string.Equals(resolved.Topic, context.Topic, StringComparison.Ordinal)
                    ? Intent.Change
                    : last;
            // "and what's the full calendar year 2017 figure?" after a year to date: the year's own figure, not its quarters.
            var wholeYear = kind == Intent.Quarters && understanding.Period is { Year: not null, FromYear: null, Quarter: null, FinancialYearStart: null, YearToDate: false }
                && text is not null && Cues.WholeYear.AnyIn(TextNormalizer.Tokens(text).Select(Stem.Of).ToList());
            resolved = resolved with
            {
                Intent = (kind == Intent.Series && period is { Year: not null, FromYear: null }) || wholeYear ? Intent.Volume : kind,
                Assumed = false,
                Period = period,
                // A period carried to another topic after the member walked through the years of the last one: the other years too.
                PeriodCarried = understanding.Period.IsEmpty && !period.IsEmpty && !understanding.YearBefore && context.WalkedYears,
            };
        }

        if (TheYearOfTheLastQuarter(understanding, resolved, context, text) is { } soFar)
        {
            // "total for the year?", "what's the total for the year so far" after a quarter: the year to date of that table (its
            // total row, which may be blank), never the calendar year's count of the whole city.
            resolved = soFar;
        }

        if (EquivalentOfAnotherYear(understanding, resolved, context, text) is { } equivalent)
        {
            // "VWOI year to date, Apr-Dec 2017", then "and the equivalent figure for 2016/17?": the same quarter or year to date of that year.
            resolved = equivalent;
        }

        if (tied is not null && string.Equals(resolved.Topic, tied[0], StringComparison.Ordinal) && IndicatorIntents.Contains(resolved.Intent))
        {
            return new Understanding(Intent.Clarify) { Asked = resolved.Intent, Candidates = [.. tied], Period = resolved.Period, FollowUp = true };
        }

        if (resolved is { Topic: null, Intent: Intent.Change, Asked: Intent.Movers })
        {
            // "which type went up most?" or "% increase?" with no topic before: the risers (or fallers) of every topic.
            return new Understanding(Intent.Movers) { Period = resolved.Period, Filter = resolved.Filter };
        }

        if (resolved.Topic is null && resolved.Candidates.Count == 0 && !AnswersWithoutTopic.Contains(resolved.Intent)
            && resolved is not { Intent: Intent.TopicPriority, UncoveredTopic: not null } and not { Intent: Intent.TopicPriority, NotAmongThePriorities: true })
        {
            // "how many?" with nothing asked before: there is nothing to answer about.
            return resolved with { Intent = Intent.Unknown };
        }

        return resolved;
    }

    /// <summary>
    /// The year of the last answer's quarter asked with no period of its own ("total for the year?", "the year so far?"), of the same
    /// topic: that table's year to date. Null otherwise.
    /// </summary>
    private static Understanding? TheYearOfTheLastQuarter(Understanding understanding, Understanding resolved, QuestionContext context, string? text)
    {
        if (context is not { LastIntent: Intent.Quarters, LastPeriod: var last } || (last.Quarter is null && !last.YearToDate) || text is null
            || understanding.Period is not { Year: null, FromYear: null, ToYear: null, FinancialYearStart: null, Quarter: null }
            || !string.Equals(resolved.Topic, context.Topic, StringComparison.Ordinal)
            || resolved.Intent is not (Intent.Quarters or Intent.Volume or Intent.Change))
        {
            return null;
        }

        // "year to date for both years?" after two years' quarters is asked of both (the quarters card gives the year before beside it).
        var stems = TextNormalizer.Tokens(text).Select(Stem.Of).ToList();
        if (Cues.BothPeriods.AnyIn(stems))
        {
            return null;
        }

        return understanding.Period.YearToDate || Cues.WholeYear.AnyIn(stems) || Cues.SoFar.AnyIn(stems)
            ? resolved with { Intent = Intent.Quarters, Period = last with { Quarter = null, YearToDate = true }, Assumed = false }
            : null;
    }

    /// <summary>
    /// The last answer's quarter (or year to date) asked again of another financial year named alone ("and the equivalent figure for
    /// 2016/17?", "what about 2016/17?", "how many in 2016/17 over the same period?"), of the same topic: that quarter of that year,
    /// unless the whole year is asked ("the whole of 2016/17"). Null otherwise.
    /// </summary>
    private static Understanding? EquivalentOfAnotherYear(Understanding understanding, Understanding resolved, QuestionContext context, string? text)
    {
        if (context is not { LastIntent: Intent.Quarters, LastPeriod: var last } || (last.Quarter is null && !last.YearToDate)
            || understanding.Period is not { FinancialYearStart: { } year, Quarter: null, YearToDate: false, Year: null, FromYear: null }
            || year == last.FinancialYearStart || !string.Equals(resolved.Topic, context.Topic, StringComparison.Ordinal)
            || resolved.Intent is not (Intent.Quarters or Intent.Volume or Intent.Change)
            || (text is not null && Cues.WholeYear.AnyIn(TextNormalizer.Tokens(text).Select(Stem.Of).ToList())))
        {
            return null;
        }

        return resolved with { Intent = Intent.Quarters, Period = last with { FinancialYearStart = year }, Assumed = false };
    }

    /// <summary>
    /// "what's under the second one" after the recommended priorities: priority 2's card; "why did the first one rise?" after a
    /// list of topics: that topic, asked as the question asks. With no such item, a question of only its place has nothing to point
    /// to, and a passage question is looked for as it was asked.
    /// </summary>
    private static Understanding ItemOfTheLastList(Understanding understanding, int place, QuestionContext? context)
    {
        var items = context?.Items ?? [];
        var index = place < 0 ? items.Count + place : place - 1;
        if (index < 0 || index >= items.Count)
        {
            return understanding.Intent == Intent.Passage ? understanding with { ItemPlace = null } : understanding with { Intent = Intent.Unknown, ItemPlace = null };
        }

        var item = items[index];
        if (understanding.Intent is Intent.Passage or Intent.ListLeads)
        {
            return understanding with { Topic = item, FollowUp = false };
        }

        return IsProgrammeCode(item)
            ? new Understanding(Intent.Priority) { Topic = item, Period = understanding.Period, ItemPlace = place }
            : new Understanding(AskedOfAnItem(context)) { Topic = item, Period = PeriodOfAnItem(understanding, context), ItemPlace = place };
    }

    /// <summary>
    /// The period an item picked from the last list is asked of: the one the reply names, else the one the "did you mean" question
    /// named ("how has domestic abuse changed since 2012", then "incidents": since 2012).
    /// </summary>
    private static PeriodSlots PeriodOfAnItem(Understanding understanding, QuestionContext? context) =>
        understanding.Period.IsEmpty && context is { Topic: null, LastIntent: { } last } && IndicatorIntents.Contains(last) ? context.LastPeriod : understanding.Period;

    /// <summary>What an item of the last list is asked: what a "did you mean" was asked for, else how it changed.</summary>
    private static Intent AskedOfAnItem(QuestionContext? context) =>
        context is { Topic: null, LastIntent: { } last } && IndicatorIntents.Contains(last) ? last : Intent.Change;

    /// <summary>
    /// The one item of the last list (indicator ids) that a short typed reply names by a word of its id no other item shares
    /// ("incidents" of domestic-abuse-incidents and domestic-violence-offences); null when none or several fit, or the text
    /// is more than a few words (a new question).
    /// </summary>
    private static string? ItemNamedByAWord(string? text, QuestionContext? context)
    {
        if (text is null || context is not { Items.Count: > 1 } || context.Items.Any(IsProgrammeCode))
        {
            return null;
        }

        var words = TextNormalizer.Tokens(text).Select(Stem.Of).ToList();
        if (words.Count is 0 or > 5)
        {
            return null;
        }

        var idWords = context.Items.ToDictionary(id => id, id => id.Split('-').Select(Stem.Of).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var fitting = context.Items
            .Where(id => words.Any(w => idWords[id].Contains(w) && idWords.Count(other => other.Value.Contains(w)) == 1))
            .ToList();
        return fitting is [var only] ? only : null;
    }

    /// <summary>
    /// The highest or lowest point of a run of years that <paramref name="text"/> asks for with a word of years ("which of those
    /// years was the peak", "what was the lowest year"); null when it asks neither.
    /// </summary>
    private static SeriesPoint? AsksTheExtremeOfTheRun(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var words = TextNormalizer.Tokens(text);
        var stems = words.Select(Stem.Of).ToList();
        if (!words.Any(w => w is "year" or "years" or "when") || words.Count > 10)
        {
            return null;
        }

        return Cues.SeriesLowest.AnyIn(stems) ? new SeriesPoint(SeriesPointKind.Lowest)
            : Cues.SeriesHighest.AnyIn(stems) ? new SeriesPoint(SeriesPointKind.Highest)
            : null;
    }

    /// <summary>
    /// The biggest rise or fall of a run of years that <paramref name="text"/> asks for with a word of years ("which year was the
    /// biggest jump", "when was the sharpest drop"): a word of size right before a word of rise or fall; null otherwise.
    /// </summary>
    private static SeriesPoint? AsksTheBiggestMoveOfTheRun(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var words = TextNormalizer.Tokens(text);
        var stems = words.Select(Stem.Of).ToList();
        if (!words.Any(w => w is "year" or "years" or "when") || words.Count > 10)
        {
            return null;
        }

        for (var i = 0; i < stems.Count; i++)
        {
            var size = Cues.BiggestMove.LongestAt(stems, i);
            for (var j = i + size; size > 0 && j < Math.Min(stems.Count, i + size + 3); j++)
            {
                if (Cues.Rise.LongestAt(stems, j) > 0)
                {
                    return new SeriesPoint(SeriesPointKind.BiggestRise);
                }

                if (Cues.Fall.LongestAt(stems, j) > 0)
                {
                    return new SeriesPoint(SeriesPointKind.BiggestFall);
                }
            }
        }

        return null;
    }

    /// <summary>Words a question of only when may hold besides its word of time ("when was that?", "what period does it cover?").</summary>
    private static readonly HashSet<string> WhenOnlyWords = new(StringComparer.Ordinal)
    {
        "and", "so", "ok", "okay", "but", "what", "which", "is", "was", "are", "were", "that", "this", "those", "these", "it", "they",
        "for", "from", "of", "over", "to", "in", "the", "does", "do", "did", "cover", "covers", "covered", "covering", "relate", "relates",
        "figure", "figures", "number", "numbers", "data", "exactly", "again",
    };

    /// <summary>Words that ask when ("when", "period", "year", "dates").</summary>
    private static readonly HashSet<string> WhenWords = new(StringComparer.Ordinal)
    {
        "when", "period", "periods", "year", "years", "date", "dates", "timeframe", "timescale", "timespan", "time",
    };

    /// <summary>
    /// Whether <paramref name="text"/> asks only when, of what was just answered: "when?", "when was that?", "what period is that
    /// for?", "which year does that cover?"; not "when did it start?" nor "since when?" (a trend's start is in the assessment's words).
    /// </summary>
    private static bool AsksOnlyWhen(string? text)
    {
        if (text is null)
        {
            return false;
        }

        var words = TextNormalizer.Tokens(text);
        return words.Count is > 0 and <= 7 && words.Any(WhenWords.Contains) && words.All(w => WhenWords.Contains(w) || WhenOnlyWords.Contains(w));
    }

    /// <summary>Remembers an answered question as the context of the next.</summary>
    public static void Remember(QuestionContext context, Understanding answered)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(answered);
        context.TiedTopics = answered is { Intent: Intent.Clarify, Candidates.Count: > 1 } ? [.. answered.Candidates] : [];
        context.AboutTheDocument = answered is { Intent: Intent.Passage, Topic: null, Passage.Aspect: PassageAspect.Author };
        context.SurveyOfTheTopic = answered is { Intent: Intent.Passage, Topic: not null, Passage.Aspect: PassageAspect.Survey };
        context.ReviewedPriorities = answered is { Intent: Intent.TopicList, Filter.Reviewed: true };
        var nationalOfTheSameTopic = answered.Intent == Intent.National && answered.Topic is { } nationalTopic
            && string.Equals(context.Topic, nationalTopic, StringComparison.Ordinal);
        context.NationalOfTheSameTopic = false;
        if (answered is { Intent: Intent.TopicList, Topic: { } listed } && IsProgrammeCode(listed))
        {
            // "what was priority 3 for 2017/18?": the list of the priorities reviewed, the programme continuing the one asked remembered.
            answered = answered with { Intent = Intent.Priority };
        }

        if (answered is { Intent: Intent.CompareTopics, Asked: { } kind })
        {
            // Two topics answered at once: a follow-up ("why?", "and in 2016?") is about the first one named.
            answered = answered with { Intent = kind };
        }

        if (answered is { Intent: Intent.NotCovered, Place: not null, Topic: { } elsewhere })
        {
            // "hate crimes in Oxford?" then "ok, what about Cambridge?": the same topic, asked of the city.
            context.LastIntent = Intent.Change;
            context.Topic = elsewhere;
            context.LastPeriod = answered.Period;
            return;
        }

        if (answered is { Intent: Intent.Movers or Intent.Findings, Filter.Category: { } group })
        {
            // "which property crimes went up": a judgement of it next ("are they big numbers?") is of the group.
            context.LastIntent = answered.Intent;
            context.Category = group;
            return;
        }

        if (answered is { Intent: Intent.Clarify, Asked: { } asked, Candidates.Count: > 1 })
        {
            // "did you mean ...?": what was asked is kept for the reply that picks one; no topic until one is picked.
            context.LastIntent = IndicatorIntents.Contains(asked) ? asked : Intent.Change;
            context.Topic = null;
            context.LastPeriod = answered.Period;
            return;
        }

        if (answered is { Intent: Intent.Priority or Intent.PriorityWalkthrough, Topic: null })
        {
            // "what are the priorities?": "is ASB one of them?" next asks whether that topic is among them.
            context.LastIntent = answered.Intent;
            return;
        }

        if (!(IndicatorIntents.Contains(answered.Intent) || AnyTopicIntents.Contains(answered.Intent)) || answered.Topic is not { } topic)
        {
            return;
        }

        context.Category = null;

        // "IDVA referrals in 2014/15?" then "and 2016/17?": the member has walked through the years of one topic.
        context.WalkedYears = string.Equals(context.Topic, topic, StringComparison.Ordinal) && !answered.Period.IsEmpty
            && !context.LastPeriod.IsEmpty && context.LastPeriod != answered.Period;
        context.WalkedFromPeriod = context.WalkedYears ? context.LastPeriod : PeriodSlots.None;
        context.PreviousTopic = string.Equals(context.Topic, topic, StringComparison.Ordinal) ? context.PreviousTopic
            : context.Topic is { } before && !IsProgrammeCode(before) && !IsProgrammeCode(topic) ? before
            : null;
        context.NationalOfTheSameTopic = nationalOfTheSameTopic;
        context.LastIntent = answered.Intent;
        context.Topic = topic;
        context.LastPeriod = answered.Period;
    }

    /// <summary>Whether <paramref name="text"/> asks for a list of topics that moved ("which crimes", "the biggest rises"), not one change.</summary>
    private static bool AsksForAListOfMovers(string text)
    {
        var words = TextNormalizer.Tokens(text);
        var stems = words.Select(Stem.Of).ToList();
        return Cues.Movers.AnyIn(stems) || Cues.ListNouns.AnyIn(stems) || words.Any(IntentRules.IsPluralMover);
    }

    /// <summary>Whether <paramref name="text"/> asks of two topics together ("for both?"), not of two periods ("both years").</summary>
    private static bool AsksOfBoth(string text)
    {
        var stems = TextNormalizer.Tokens(text).Select(Stem.Of).ToList();
        return Cues.Both.AnyIn(stems) && !Cues.BothPeriods.AnyIn(stems);
    }

    /// <summary>The later of two periods by their (financial) year; <paramref name="last"/> when neither is later or either has no year.</summary>
    private static PeriodSlots Later(PeriodSlots last, PeriodSlots before) =>
        (before.FinancialYearStart ?? before.Year ?? before.ToYear) is { } was && (last.FinancialYearStart ?? last.Year ?? last.ToYear) is { } now
        && was > now
            ? before
            // "VWOI year to date" (the latest financial year's, none named), then "and for 2016/17?": the first is the later.
            : before is { FinancialYearStart: null, Year: null, ToYear: null } && (before.Quarter is not null || before.YearToDate)
              && last is { FinancialYearStart: not null, Year: null } && (last.Quarter is not null || last.YearToDate)
                ? before
                : last;

    /// <summary>A priority number, programme code or action code ("3", "1.1", "1.1-a"): not an indicator id.</summary>
    private static bool IsProgrammeCode(string topic) => topic.Length > 0 && char.IsDigit(topic[0]);

    private static readonly HashSet<string> AdviceAskingStems =
        [.. ProseCues.AdviceAsking.Words, .. ProseCues.DocumentAskingWords.Words, .. ProseCues.DocumentNamed.Words, .. ProseCues.Pointer.Words,
         .. ProseCues.Recommend.Words, .. new[] { "about", "on", "for", "regarding", "re" }.Select(Stem.Of)];

    /// <summary>
    /// Whether advice asked ("what does it recommend about monitoring outcomes of the priorities") names a subject of its own: two
    /// words or more besides the words of asking for advice and of the document.
    /// </summary>
    private static bool AsksAdviceOnASubject(string text) =>
        TextNormalizer.Tokens(text).Select(Stem.Of).Count(s => s.Length >= 3 && !AdviceAskingStems.Contains(s)) >= 2;
}
