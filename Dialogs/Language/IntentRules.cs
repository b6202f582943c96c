using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using SafetyBot.Cards;
using SafetyBot.Cards.Indicators;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// The recogniser's precedence, written once: an ordered table of rules, tried top-down; the first
/// that matches decides the intent. A rule may need an indicator named, forbid one, or ignore
/// indicators (see <see cref="TopicNeed"/>). To teach SafetyBot a new kind of question, add a row
/// where it should win; <see cref="IntentRule.When"/> makes most rows one line.
/// </summary>
public static partial class IntentRules
{
    /// <summary>The rules, highest precedence first.</summary>
    public static IReadOnlyList<IntentRule> Ordered { get; } =
    [
        // Administration and commands: decided by their own words, whatever topic is named.
        IntentRule.When("unanswered questions", TopicNeed.Ignored, q => q.Has(Cues.Unanswered), Intent.UnansweredReview),
        IntentRule.When("unsubscribe", TopicNeed.Ignored, q => q.Has(Cues.Unsubscribe), Intent.Unsubscribe),
        IntentRule.When("subscribe", TopicNeed.Ignored, q => q.Has(Cues.Subscribe) && !q.Has(Cues.ListSubscriptions), Intent.Subscribe),
        IntentRule.When("list subscriptions", TopicNeed.Ignored, q => q.Has(Cues.ListSubscriptions), Intent.ListSubscriptions),
        IntentRule.When("preview the summary", TopicNeed.Ignored, q => q.Has(Cues.PreviewSummary), Intent.PreviewSummary),
        IntentRule.When("send the summary", TopicNeed.Ignored, q => q.Has(Cues.SendSummary), Intent.SendSummary),
        IntentRule.When("show the summary", TopicNeed.Ignored, AsksForTheQuarterlySummary, Intent.ShowSummary),

        // A request about an individual (an address, a phone number, a name, a record, the details of a case): SafetyBot holds
        // only aggregate figures and the assessment's text. Ahead of every topic row, so no topic named in it gets its card.
        new("personal data about someone", TopicNeed.Ignored, PersonalData),

        // A colleague's working life ("has Jamie from probation been signed off sick", "is Sarah on leave"): nothing the assessment
        // holds, whatever topic its words name ("probation" is reoffending's word).
        new("a colleague's working life", TopicNeed.Ignored, ColleagueMatter),

        // "who is the current Police and Crime Commissioner": who holds an office today, a name the assessment never gives; ahead of
        // the glossary, whose meaning of "PCC" is not what is asked.
        new("who holds an office now", TopicNeed.Ignored, OfficeHolderNow),

        // Advice about the asker's own situation, a task such as translating, a recommendation of a pub: not what SafetyBot is
        // for, whatever topic is named ("should I go to A&E" is not a question about A&E attendances for assault).
        new("not what SafetyBot is for", TopicNeed.Ignored, NotForSafetyBot),

        // "what does the asterisk mean in the VAP quarterly table?", "what are the figures in brackets?": the table's note, ahead of
        // the quarters and the glossary ("VAP") its other words would name.
        new("prose: what a mark in a table means", TopicNeed.Ignored, q => AsksWhatATableMarkMeans(q) ? TableMarkExplained() : null),

        // A subject, then what the assessment says of it ("drug related deaths in the city - what does it say"): its words, even of
        // a topic it gives no figures for (when they hold nothing on it, the "no figure or programme" answer).
        new("prose: a subject, then what the assessment says", TopicNeed.Ignored, SubjectThenWhatItSays),

        // "are drug deaths high in Cambridge?", "is cycle theft a problem here?": a subject the assessment gives no figures for, judged;
        // its words may still judge it ("low levels of deaths due to drug misuse"). When they hold nothing, the "no figure" answer.
        new("prose: a subject without figures, judged", TopicNeed.Ignored, q => q.Uncovered is not null && AsksAJudgementOfASubject(q)
            ? Passage(q, PassageAspect.General)
            : null),

        // A topic the assessment has no figures for: say so, never show a neighbouring topic's card or every lead.
        // "What does it say about drug deaths", "what does KSI mean", "why is recorded crime the better measure of homicide"
        // and "is the CSEW better for crimes like homicide" are answered from the assessment's words, below.
        // A topic that is also a glossary term ("KSI") is the term when what it means is asked ("what does KSI mean", "what is KSI"),
        // and the assessment's words on it when its trend or another area is asked ("KSI trend countywide").
        new("topic not covered", TopicNeed.Ignored, q => q.Uncovered is { } uncovered && OutcomeTopic(q) is null
            && !(q.GlossaryTerms.Count > 0 && (DefinitionQuestion().IsMatch(q.Folded) || (q.Has(Cues.Glossary) && !q.Has(Cues.FigureAsked))
                || q.Has(Cues.Change) || q.Place is not null))
            && !q.Has(ProseCues.SayAbout) && !q.Has(ProseCues.SubjectAsked) && !q.Has(ProseCues.DefinitionAsked) && !q.Has(ProseCues.Definition) && !q.Has(Cues.MeasureSources) && !q.Has(ProseCues.Why) && !q.Has(GapCues.MeasureTalk)
            ? UncoveredOrItsTerm(q, uncovered) : null),

        // "what's the specific workstream under it?", "which projects sit within that?" after a priority: that priority's card,
        // which lists its programmes (the follow-up resolver takes the priority from the conversation); ahead of the projections, whose
        // "projected" shares its stem with "projects".
        new("the programmes under the last priority", TopicNeed.Absent, q => q.Programmes.Count == 0 && q.Has(ProseCues.WorkUnder)
            && q.Has(ProseCues.Beneath) && q.Has(ProseCues.Pointer) && q.Stems.Count <= 9
            && !q.Has(ProseCues.Why) && !q.Has(ProseCues.WhoLeads) && !q.Has(ProseCues.Funded) && !q.Has(Cues.FigureAsked)
            ? new Understanding(Intent.Priority) { FollowUp = true }
            : null),
        // "are the 2017 rates actual or projected?", "is the vehicle crime rate a projection": the assessment's caveat on projected
        // rates, ahead of the figure and gap rows that would show a rate or say a measure is missing.
        new("prose: whether figures are projected", TopicNeed.Ignored, q => AsksWhetherProjected(q) ? ProjectionAsked(q) : null),

        // A breakdown the assessment does not give ("burglary by ward", "ASB by age"): say so, with the topic's card offered; asked
        // in words ("what nationality are most modern slavery controllers"), the assessment's words first when they answer it.
        new("a breakdown the assessment does not give", TopicNeed.Ignored, Breakdown),

        // A measure the assessment gives for no topic ("detection rate for burglary", "arrests for drug offences", "how many
        // victims were identified"): say so, with the topic's card offered, never the topic's figures as the answer.
        new("a measure the assessment does not give", TopicNeed.Ignored, MeasureNotGiven),

        // One kind of a topic given only against similar areas ("the rate of racially aggravated offences"): that comparison, labelled as that kind.
        new("one kind of a topic, against similar areas", TopicNeed.Ignored, OneKindAgainstSimilarAreas),

        // A survey's figure asked for the city alone ("CSEW ASB % for Cambridge specifically"): it gives none below England and Wales or the county.
        new("a survey's figure for the city alone", TopicNeed.Ignored, SurveyFigureForTheCity),

        // The share of one topic that is another ("what percentage of the violence is alcohol related"): never printed, never derived.
        new("a share of one topic that is another", TopicNeed.Ignored, ShareNotGiven),

        // The whole city asked of a topic given only for part of it ("begging across the whole city"): say so, with its card offered.
        new("a part of the city's topic asked of the whole city", TopicNeed.Ignored, ScopeNotGiven),

        // Where a part of the city begins and ends ("what exactly is the boundary of the extended city centre", "which streets does
        // the city centre area include"): never defined in the assessment; said so, never a passage that merely names the area.
        new("the boundary of a part of the city", TopicNeed.Ignored, AreaBoundaryNotGiven),

        // A figure of the city centre asked ("ASB in the city centre in 2017", "shoplifting in the town centre"): the topic's figures
        // there (ASB by quarter, no total for the year), or said to be given for the whole city only; never the city's figure as its.
        new("a topic's figure asked of the city centre", TopicNeed.Ignored, CityCentreAsked),

        // Another area's own assessment, strategy or plan ("summarise the Peterborough community safety strategic assessment", "what does
        // Fenland's strategy say about ASB"): a document SafetyBot does not hold; never our assessment's words quoted as if they were its.
        new("another area's own document", TopicNeed.Ignored, AnotherAreasDocument),

        // Crime in a place the assessment never names ("Oxford's burglary rate", "which London borough has the most knife
        // crime"): it does not cover it; never Cambridge City's card, nor its similar-areas comparison.
        new("a place the assessment does not cover", TopicNeed.Ignored, q => q.Elsewhere is { } elsewhere
            && (q.Has(Cues.FigureAsked) || q.NamesIndicator || q.Has(Cues.Domain) || q.Has(Cues.DomainNouns)) && !q.Has(ProseCues.SayAbout)
            ? new Understanding(Intent.NotCovered) { Place = elsewhere, Topic = q.Indicators is [var named, ..] && named.Topics.Count == 1 ? named.Topics[0].Id : null }
            : null),

        Outcome("export updates", q => q.Has(Cues.ExportUpdates), Intent.ExportUpdates),
        Outcome("audit log", q => q.Has(Cues.AuditLog), Intent.AuditLog),
        IntentRule.When("undo the last import", TopicNeed.Ignored, q => q.Has(Cues.UndoImport), Intent.UndoImport),
        IntentRule.When("apply the upload", TopicNeed.Ignored, q => q.Words is ["apply"] or ["apply", "it"] || q.Has(Cues.ApplyImport), Intent.ApplyImport),
        IntentRule.When("cancel the upload", TopicNeed.Ignored, q => q.Words is ["cancel"] or ["cancel", "it"] || q.Has(Cues.CancelImport), Intent.CancelImport),
        IntentRule.When("remove an analyst", TopicNeed.Ignored, q => q.Has(Cues.RemoveAnalyst), Intent.RemoveAnalyst),
        IntentRule.When("make an analyst", TopicNeed.Ignored, q => q.Has(Cues.MakeAnalyst), Intent.MakeAnalyst),
        Outcome("remove a lead", q => q.Has(Cues.RemoveLead), Intent.RemoveLead),
        // "who leads on shoplifting": a topic of figures, whose answer says the assessment names leads only for programmes.
        new("list leads", TopicNeed.Ignored, q => q.Has(Cues.ListLeads)
            ? new Understanding(Intent.ListLeads)
            {
                Topic = OutcomeTopic(q) ?? (q.Indicators is [{ Topics: [var named, ..] }, ..] ? named.Id : null),
                FollowUp = OutcomeTopic(q) is null && !q.NamesIndicator && LeadsReferBack(q),
                // "who leads the third?" after a list: that item of the last answer's list.
                ItemPlace = OutcomeTopic(q) is null && !q.NamesIndicator ? ItemPlaceOf(q) : null,
            }
            : null),
        Outcome("assign a lead", q => q.Has(Cues.AssignLead), Intent.AssignLead),
        new("update history", TopicNeed.Ignored, UpdateHistory),
        Outcome("log an update", q => q.Has(Cues.LogUpdate) && !q.Has(Cues.UpdateHistory), Intent.LogUpdate),

        // An indicator asked of another area the assessment names only in passing ("Fenland burglary rate"):
        // never Cambridge City's figure presented as that area's.
        // The county in a question that asks no figure but where within it, who, or what should be done ("where in the county does
        // trafficking intelligence point", "should the CSP join the countywide structure for DA") is asked of the assessment's words, below.
        new("another area", TopicNeed.Required, q => q.Place is { } place && !q.Has(Cues.OwnArea) && !q.Asks(Cues.Compare) && !AsksOfTheCountyInWords(q)
            ? new Understanding(Intent.NotCovered) { Place = place.Name, Asked = AgainstTheCity(q) ? Intent.Compare : null } : null),

        // "and the county average?", "what about Cambridgeshire?" after a topic: the figures the assessment quotes for that
        // area, of the conversation's topic (never Cambridge City's as that area's).
        // "what is it for the county?" asks the same of the last topic by its pronoun ("the county" is no slip of "the country").
        // "how does the county compare?", "compared with Cambridgeshire?": the area set against the last topic's city figure.
        new("another area, the last topic", TopicNeed.Absent, q => q.Place is { } place
            && (q.FollowUp || (q.Has(Cues.Pronouns) && !q.Has(ProseCues.SayAbout) && !AsksOfTheCountyInWords(q)) || q.Has(Cues.CompareLoosely))
            // "how does it compare with the county?" takes seven words.
            && !q.Has(Cues.OwnArea) && !q.Asks(Cues.Compare) && q.Rest.Count <= (q.Has(Cues.CompareLoosely) ? 8 : 6)
            ? new Understanding(Intent.NotCovered) { Place = place.Name, FollowUp = true, Asked = q.Has(Cues.CompareLoosely) ? Intent.Compare : null }
            : null),

        // "what's the total crime figure for South Cambridgeshire", "how much crime was there in Fenland": crime as a whole asked of another
        // area; the assessment gives no total even for the city, and no area's figures but the city's (never "can't answer").
        new("crime as a whole in another area", TopicNeed.Absent, q => q.Place is { } place && !q.Has(Cues.OwnArea) && q.Has(Cues.CrimeNouns)
            // "what is the most common crime in Peterborough": an order of another area's counts is its figures too.
            && (q.Has(Cues.FigureAsked) || q.Asks(Cues.Volume) || q.Asks(Cues.Rate) || q.Has(Cues.LargestVolume) || q.Has(Cues.SmallestVolume))
            && q.Programmes.Count == 0 && !q.Has(ProseCues.SayAbout)
            ? new Understanding(Intent.NotCovered) { Place = place.Name }
            : null),
        // "which districts are higher than us?" after a topic: the assessment weighs the county's districts only in words.
        new("the other districts against the city, the last topic", TopicNeed.Ignored, OtherDistrictsAgainstTheCity),

        // The whole assessment asked in everyday words, no topic named: an overview, the worries, how the city stands, which way
        // things go ("give me the headline figures", "what are we worst at", "any good news?"). Ahead of the prose rows, whose
        // passages would quote one topic's sentence for a question about all of them.
        new("the whole assessment in everyday words", TopicNeed.Absent, OverviewInEverydayWords),

        // Lists of topics named by broad words, drawn from the knowledge store: by a source or word the scanning table
        // uses ("which topics does the SOCP flag", "where is the partnership unsighted"), the scanning table's topics (all or
        // a group's), the priorities reviewed for 2017/18, and a group's risers, fallers and concerns ("which acquisitive crimes increased").
        new("topics a source or word flags", TopicNeed.Ignored, TopicsFlagged),
        new("topics of the scanning table", TopicNeed.Ignored, ScanningTableTopics),
        new("topics in order of their counts", TopicNeed.Ignored, VolumeRanking),
        new("the counts of a group of topics", TopicNeed.Ignored, GroupCounts),
        new("priorities reviewed", TopicNeed.Ignored, ReviewedPriorities),
        new("key dates", TopicNeed.Ignored, KeyDatesListed),
        new("sources cited", TopicNeed.Ignored, SourcesListed),
        new("sections of the assessment", TopicNeed.Ignored, SectionsListed),
        new("where a topic's figures come from", TopicNeed.Optional, FigureSources),
        // "what was the biggest yearly rise in DA crimes", "which year saw the sharpest drop in burglary": ahead of a group's
        // risers, the two consecutive printed years between which the run of years moved most, each year's count shown.
        new("the years a topic's run of years rose or fell most", TopicNeed.Required, q => BiggestMoveAsked(q) is { } move
            ? new Understanding(Intent.Series) { Point = move }
            : null),
        // "do young people in the city use drugs and alcohol more than the county average?", "how much do teenagers here drink": young
        // people's own use, which the assessment gives only in the words of the Health Related Behaviour Survey, never a topic's crimes.
        new("prose: young people's use of drugs and alcohol", TopicNeed.Ignored, q => q.Has(ProseCues.YoungPeople) && q.Has(ProseCues.SubstanceUse)
            && !q.Has(Cues.FigureAsked) && !q.Has(ProseCues.Why) && q.Programmes.Count == 0
            ? new Understanding(Intent.Passage) { Passage = new PassageQuery(YoungPeoplesUseSearched, PassageAspect.Survey) }
            : null),
        // "does the rise in police recorded crime mean crime is really rising?", "is the increase in recorded crime genuine or just
        // recording?": crime as a whole, judged real or not, in the assessment's words (the ONS's: recording improvements and genuine
        // increases), never the list of risers.
        new("prose: whether the rise in crime overall is real", TopicNeed.Ignored, q => WhetherTheRiseInCrimeIsReal(q)
            ? RiseInCrimeJudged()
            : null),
        new("risers and fallers of a group", TopicNeed.Ignored, GroupMovers),
        new("concerns about a group", TopicNeed.Ignored, GroupConcerns),
        // "should the priorities be business as usual?", "where can the partnership add value?": what the assessment says the priorities
        // should reflect, in its words (work that is not business as usual), never business crime nor a subject asked as a priority.
        // "what kind of work should the CSP's priorities cover?" asks the same in no word of the passage: looked for by its words.
        new("prose: priorities as work that is not business as usual", TopicNeed.Ignored, q => q.Has(ProseCues.BusinessAsUsual) && !AsksForFigures(q.Rest)
            ? Passage(q, PassageAspect.Recommend)
            : q.Has(ProseCues.KindOfWork) && q.Has(ProseCues.PrioritiesWord) && !NamesAnyTopicBesidesThePartnership(q) && !AsksForFigures(q.Rest)
            ? new Understanding(Intent.Passage) { Passage = new PassageQuery(KindOfWorkSearched, PassageAspect.Recommend) }
            : null),
        // "is road safety a priority?", "which priority covers shoplifting": the priorities the topic is evidence for, and its own words.
        new("whether a topic is the numbered priority", TopicNeed.Ignored, WhetherATopicIsTheNumberedPriority),
        new("whether a topic is a priority", TopicNeed.Ignored, WhetherATopicIsAPriority),
        new("whether the last topic is a priority", TopicNeed.Absent, WhetherTheLastTopicIsAPriority),
        new("whether a subject without figures is a priority", TopicNeed.Ignored, WhetherASubjectIsAPriority),
        new("which topics are not priorities", TopicNeed.Ignored, WhatIsNotAPriority),

        // Prose questions, answered from the assessment's own words (who wrote it, when, why, what a survey says,
        // which keywords, a named topic's caveats). Ahead of glossary terms: "what does the CVS show" asks what it found.
        // "what date is on the document", "when was the report published", "what version is this": the title page's version and month.
        // "anything we should keep an eye on", "who should we link up with on it", "what needs improving": of the topic in context,
        // answered by its own words only (another topic's watching brief or partners are never quoted under its title).
        new("prose: asked of the topic itself", TopicNeed.Ignored, AskedOfTheTopicItself),
        // "who is it for", "what version is this", "what period does it cover", "when was the report published": a fact of the
        // assessment itself (its audience, version, date or period).
        new("prose: a fact of the assessment itself", TopicNeed.Ignored, DocumentFactAsked),
        new("prose: author", TopicNeed.Ignored, q => q.Has(ProseCues.Author) || ((q.Has(ProseCues.MadeBy) || MakersAsked(q)) && !q.NamesIndicator && q.Programmes.Count == 0)
            ? AuthorAsked(q, subjectless: MakersAsked(q))
            : null),
        // "what's the doc", "what is this report about": what the assessment is (its purpose and who reviewed it).
        new("prose: what the assessment is", TopicNeed.Ignored, DocumentItselfAsked),
        Prose("what one year's assessment said about a topic", PassageAspect.General, ProseCues.DocumentSaid,
            also: q => q.Period.FinancialYearStart is not null && (q.NamesIndicator || q.Programmes.Count > 0)),
        // "what months have the most violence?", "which months tend to be highest?" (after a topic): the months the assessment says run
        // higher or lower than the others, in its words ("higher figures being recorded in June and July"), never the year's count.
        new("prose: the months a topic runs highest or lowest", TopicNeed.Ignored, MonthsHighestOrLowest),
        // "when did DV marker crimes first go over 1000", "which year were DA incidents highest", "when did it peak?": a level or
        // an extreme of a topic's run of years, read from its yearly figures, not looked for in its words.
        new("the year a topic's run of years crossed a level or peaked", TopicNeed.Required, q => AsksTheYearOfALevelOrPeak(q)
            ? new Understanding(Intent.Series) { Point = SeriesPointAsked(q) }
            : null),
        new("the year the last topic's run of years crossed a level or peaked", TopicNeed.Absent, q =>
            AsksTheYearOfALevelOrPeak(q) && (q.FollowUp || q.Has(Cues.Pronouns)) && q.Rest.Count <= 8
                ? new Understanding(Intent.Series) { FollowUp = true, Point = SeriesPointAsked(q) }
                : null),
        Prose("when", PassageAspect.When, ProseCues.When),
        Prose("who", PassageAspect.WhoLeads, ProseCues.WhoLeads),
        // "which DA groups has the partnership engaged with", "what county agencies are involved": the bodies named in its words.
        new("prose: which groups or agencies", TopicNeed.Ignored, q => AsksWhichBodies(q) ? Passage(q, PassageAspect.General) : null),
        // "for violence, should I trust the Crime Survey or police figures", "which is more reliable, CSEW or police data": the two
        // measures weighed, in the ONS's words the assessment quotes (what each measures better), not one measure's caveats.
        new("prose: the survey and police figures weighed", TopicNeed.Ignored, q => WeighsTheSurveyAndPoliceFigures(q) ? TwoMeasuresWeighed(q) : null),
        // "whats the problem with police recorded crime figures", "why can't csew give a cambridge figure", "can we compare cvs
        // rates over time": what a measure cannot do, in the assessment's caveats, ahead of why-questions and comparisons.
        new("prose: a measure's shortcomings", TopicNeed.Ignored, q => AsksAMeasuresShortcomings(q) ? MeasuresShortcomings(q) : null),
        // "is the rise in DA crimes good news or bad news", "is the increase in reporting a positive thing": how the assessment reads
        // a topic's change, in its words (why it rose), never the size of the change again.
        new("prose: a topic's change judged good or bad", TopicNeed.Ignored, ChangeJudgedOfATopic),
        // "is that good news or bad?", "should we welcome it?" after a topic's figures: the same, of the conversation's topic.
        new("prose: the last topic's change judged good or bad", TopicNeed.Ignored, ChangeJudgedOfTheLastTopic),
        // "how is the increase in DA reporting monitored", "how will outcomes be measured": the assessment's words on keeping track.
        // "why isn't just monitoring police crime data enough", "is monitoring police recorded crime sufficient": the assessment's advice on
        // monitoring ("purely monitoring police recorded crime will not necessarily provide an understanding..."), not how a topic is monitored.
        Prose("whether monitoring is enough", PassageAspect.Recommend, ProseCues.Monitoring, unlessFigures: true,
            also: q => q.Has(ProseCues.Sufficiency) && !q.Has(Cues.FigureAsked)),
        Prose("how something is monitored", PassageAspect.General, ProseCues.Monitoring, unlessFigures: true, also: q => !q.Has(Cues.FigureAsked)),
        Prose("why", PassageAspect.Why, ProseCues.Why, also: q => !q.Has(Cues.Caveats)),
        Prose("the period a source covers", PassageAspect.When, ProseCues.PeriodCovered, also: NamesAnyTopic),
        // "why do police figures and the CSEW show different trends": the two measures' disagreement is the caveats' (below), not one survey's finding.
        Prose("survey", PassageAspect.Survey, ProseCues.Survey, also: q => !q.Has(Cues.Caveats)),
        // "roughly how many Cambridge residents might be DA victims if the CSEW rates applied here": a count asked of the survey's own
        // estimate (a topic named by the survey's name) is that topic's figure, below; the survey's words answer the rest.
        Prose("a survey named beside a topic", PassageAspect.Survey, ProseCues.SurveyNamed, also: q => q.NamesIndicator && !q.Has(Cues.Caveats) && !AsksACountOfTheSurveysEstimate(q)),
        new("a count of the survey's own estimate", TopicNeed.Required, q => AsksACountOfTheSurveysEstimate(q) ? Understanding.Of(Intent.Volume) : null),
        // "how many Cambridge residents would that be?", "how many people locally is that?" after a survey's estimate: the last topic's
        // count (its local estimate, where the assessment prints one), not the city's population its "residents" would name.
        new("the last answer counted in local people", TopicNeed.Ignored, q => AsksTheLastAnswerInPeople(q)
            ? new Understanding(Intent.Volume) { FollowUp = true }
            : null),
        Prose("a survey asked about on its own", PassageAspect.Survey, ProseCues.SurveyNamed, also: AsksAboutTheSurveyItself),
        // "how many city centre ASB incidents in Q1 included the keywords" asks for a table's cell: a count or share of a quarter wins.
        Prose("definition asked", PassageAspect.Definition, ProseCues.DefinitionAsked,
            also: q => (q.NamesIndicator || q.GlossaryTerms.Count == 0) && !AsksForACountOfAQuarter(q) && !NamesATopicsQuarter(q)),
        // "and all keywords?" after a table's row names the table's other row (a topic named by the word), not what the keywords are.
        // "what's in priority 2?" is the priority's card (below), not a definition of its words.
        Prose("definition", PassageAspect.Definition, ProseCues.Definition, unlessFigures: true, also: q => !NamesOnlyAnotherRow(q) && !NamesANumberedPriority(q) && !NamesATopicsQuarter(q)
            // "which sub-category increased most?" asks a sub-group's move (below), not what the categories are.
            && !(q.Has(Cues.SubGroup) && (q.Has(Cues.Up) || q.Has(Cues.Down)))
            && !(AsksATopicOfAPeriod(q) && !DefinitionQuestion().IsMatch(q.Folded))),
        // "can I trust the police recorded crime figures?", "how reliable is the police data": the figures as a whole, weighed, are the
        // caveats about them (recording changes, the two sources), never one topic's sentence that happens to say "figures".
        IntentRule.When("caveats: the figures as a whole trusted", TopicNeed.Ignored,
            q => q.Has(Cues.Trusted) && q.Has(Cues.DataNouns) && !q.NamesIndicator && q.Programmes.Count == 0 && !q.Has(ProseCues.Why), Intent.Caveats),
        Prose("a topic's caveats", PassageAspect.Caveat, ProseCues.Caveat, also: NamesAnyTopic),
        // "is that a real rise?", "is it genuine?" after a topic: that topic's own caveat (recording practices), not the general caveats.
        new("prose: whether the last topic's change is real", TopicNeed.Ignored, WhetherTheLastChangeIsReal),
        // "which priorities does the review suggest going forward" asks which are recommended (their row, below), not work planned.
        // "what's the report recommending on DA going forward", "what's suggested for it going forward": a recommendation (below), not work planned.
        Prose("work planned", PassageAspect.General, ProseCues.Planned, unlessFigures: true,
            also: q => !AsksWhichPrioritiesAreRecommended(q) && !q.Has(ProseCues.Recommend)),
        Prose("who has a role", PassageAspect.WhoLeads, ProseCues.Who, unlessFigures: true, also: q => q.Has(ProseCues.Role)),
        Prose("a name that holds a figure word", PassageAspect.General, ProseCues.NamesWithAFigureWord, also: q => !q.NamesIndicator),
        Prose("what the priorities should be like", PassageAspect.Recommend, ProseCues.PrioritiesShould, unlessFigures: true),
        Prose("what a national statistics body says", PassageAspect.General, ProseCues.StatisticsBodySays, also: q => !q.NamesIndicator && !q.Has(Cues.FigureAsked)),
        // "what problem is given as an example under the vulnerable locations priority", "examples of how county lines gangs operate":
        // an example asked of a topic or programme named is in its words ("such as street drug dealing"), not its card.
        new("prose: an example asked of a topic", TopicNeed.Ignored, q => q.Has(ProseCues.Example) && (q.NamesIndicator || q.Programmes.Count > 0)
            && !AsksForFigures(q.Rest) && !q.Has(Cues.FigureAsked)
                ? Passage(q, PassageAspect.General)
                : null),
        new("prose: how two subjects relate", TopicNeed.Ignored, q => AsksHowSubjectsRelate(q) ? Passage(q, PassageAspect.General) : null),
        new("prose: what the assessment says of a subject beyond a topic", TopicNeed.Ignored, SubjectBeyondATopic),
        // "what's the biggest problem with county lines", "the main challenge for county lines work", "any hurdles for the exploitation of
        // adults work": a difficulty asked of a topic is in its words ("recruitment ... continues to be major problem"), never its card.
        new("prose: a difficulty of a topic", TopicNeed.Ignored, q => AsksADifficultyOfATopic(q) ? Passage(q, PassageAspect.General) : null),
        new("prose: the county asked in words", TopicNeed.Ignored, q => AsksOfTheCountyInWords(q)
            ? Passage(q, q.Has(ProseCues.Recommend) ? PassageAspect.Recommend : q.Has(ProseCues.WhoLeads) ? PassageAspect.WhoLeads : PassageAspect.General)
            : null),

        // A figure of something the assessment names but gives no figure for: say so, with what it has.
        new("a figure the assessment does not give", TopicNeed.Absent, FigureOfANamedSubject),

        // Other kinds of topic: glossary terms, caveats, priorities and programmes.
        new("glossary term", TopicNeed.Ignored, GlossaryTerm),
        IntentRule.When("caveats", TopicNeed.Ignored, q => q.Has(Cues.Caveats), Intent.Caveats),
        new("programme code", TopicNeed.Ignored, ProgrammeByCode),
        new("priority number", TopicNeed.Ignored, PriorityByNumber),
        // "how will the priorities be monitored", "what does it recommend about monitoring outcomes of the priorities": the assessment's
        // words on monitoring (below), not the priorities walked through.
        IntentRule.When("priority walkthrough", TopicNeed.Ignored, q => q.Has(Cues.Walkthrough) && !q.Has(ProseCues.Monitoring), Intent.PriorityWalkthrough),
        new("programmes listed", TopicNeed.Ignored, ProgrammesListed),
        new("programme named", TopicNeed.Ignored, ProgrammeByName),
        // "what's under the second one specifically" after the recommended priorities: that item of the last answer's list.
        new("an item of the last answer by its place", TopicNeed.Absent, q => q.Programmes.Count == 0 && ItemPlaceOf(q) is { } place
            ? new Understanding(Intent.Priority) { ItemPlace = place, FollowUp = true }
            : null),
        IntentRule.When("bare priorities", TopicNeed.Ignored, q => q.Stems is ["priority"] or [_, "priority"], Intent.PriorityWalkthrough),
        // "what priorities does the assessment recommend for the coming year", "what should next year's priorities be": the list.
        IntentRule.When("the recommended priorities", TopicNeed.Ignored, AsksWhichPrioritiesAreRecommended, Intent.PriorityWalkthrough),
        // "what should the partnership prioritise?", "what should we prioritise next year": the priorities it recommends.
        IntentRule.When("what to prioritise, asked with no topic", TopicNeed.Ignored, AsksWhatToPrioritise, Intent.PriorityWalkthrough),
        new("the recommendations", TopicNeed.Absent, q => q.Has(ProseCues.Recommend) && (q.Has(ProseCues.Document) && q.Stems.Count <= 6 || OnlyAsksForAdvice(q))
            ? AdviceAsked(q)
            : null),
        // "priority number two in the recommendations - what's it about?": the numbered priority's card (its row, below).
        Prose("recommendation", PassageAspect.Recommend, ProseCues.Recommend, also: q => !q.NamesIndicator && !NamesANumberedPriority(q)),
        new("what was done about a topic", TopicNeed.Ignored, q =>
            q.NamesIndicator && AsksWhatWasDone(q) && !q.Asks(Cues.Change)
                ? Passage(q, PassageAspect.General)
                : null),
        // "how are partners helping with it", "what are agencies doing about it" after a programme: what was done for it.
        // "what are the other partners doing to help" names nothing but partners helping: of the conversation's topic too.
        // "what intervention was carried out under it?", "what activity was done for that one?" after a priority or programme: what was
        // done for it, in its words, never the opportunities its "intervention" would ask.
        new("prose: what was done for the last topic", TopicNeed.Absent, q =>
            AsksWhatWasDone(q) && q.Has(Cues.PastDeeds) && RefersBack(q) && q.Stems.Count <= 9
                ? Passage(q, PassageAspect.General) with { FollowUp = true }
                : null),
        new("prose: how partners help with the last topic", TopicNeed.Absent, q =>
            q.Has(ProseCues.Helping) && q.Programmes.Count == 0 && !AsksForNumbers(q.Rest) && (RefersBack(q) || OnlyAsksHowPartnersHelp(q))
                ? OfTheTopic(Passage(q, PassageAspect.General) with { FollowUp = true }, AskedOfTheTopic.HowPartnersHelp)
                : null),
        new("prose: a topic several indicators share", TopicNeed.Ignored, q =>
            NamesOnlyAnAmbiguousIndicator(q) && !AsksForNumbers(q.Rest) && (q.Has(ProseCues.Recommend) || q.Has(ProseCues.Activities) || q.Has(ProseCues.Monitoring) || q.Has(ProseCues.Focus)
                || (q.Has(ProseCues.DataSharing) && !q.Has(Cues.FigureAsked) && !q.Asks(Cues.Change)))
                ? Passage(q, q.Has(ProseCues.Recommend) ? PassageAspect.Recommend : PassageAspect.General)
                : null),

        // Questions about an indicator, or about the city as a whole when none is named.
        // "which type went up most?" after sexual offences: that topic's sub-groups, which its own answer gives (the
        // assessment's words on its largest riser); with no topic before, every topic's risers.
        new("a sub-group of the last topic", TopicNeed.Absent, q => q.Has(Cues.SubGroup) && (q.Has(Cues.Up) || q.Has(Cues.Down)) && q.Stems.Count <= 8
            ? new Understanding(Intent.Change)
            {
                Assumed = true,
                FollowUp = true,
                Asked = Intent.Movers,
                // With no topic before, "which categories fell in 2017?" is the fallers of every topic.
                Filter = q.Has(Cues.Up) == q.Has(Cues.Down) ? null : new ListFilter { Direction = q.Has(Cues.Down) ? SafetyBot.Knowledge.MoveDirection.Down : SafetyBot.Knowledge.MoveDirection.Up },
            }
            : null),
        new("risers and fallers over a threshold", TopicNeed.Absent, MoversOverThreshold),
        new("risers and fallers", TopicNeed.Absent, Movers),
        IntentRule.When("key findings", TopicNeed.Absent, q => q.Has(Cues.Findings) && !q.Has(ProseCues.SayAbout), Intent.Findings),
        IntentRule.When("opportunities", TopicNeed.Optional, q => q.Asks(Cues.Opportunities), Intent.Opportunities),
        // "what % of police recorded violence nationally is VWI": the national share the assessment prints is the part's, not the whole's.
        new("a national share of one topic in another", TopicNeed.Ignored, NationalShareOfAPart),
        // "how does that rank?", "where does it rank?" after a figure: the last topic's rank among similar areas.
        IntentRule.When("similar areas", TopicNeed.Optional, q => q.Asks(Cues.Compare)
            || (q.Asks(Cues.Ranking) && (q.NamesIndicator || q.Has(Cues.Domain) || (q.Has(Cues.Pronouns) && q.Rest.Count <= 6))), Intent.Compare),
        // "is that in line with national?", "does ASB match the national trend?": the assessment's words weighing the topic's trend
        // against the nation's ("matches the national trends"), not the national figures alone.
        new("prose: whether a trend is in line with the nation's", TopicNeed.Ignored, q =>
            q.Has(ProseCues.InLineWith) && q.Has(Cues.National) && !q.Has(Cues.Rate) && !q.Has(Cues.Compare) && q.Stems.Count <= 12
                ? OfTheTopic(TrendsWeighed(Passage(q, PassageAspect.General)), AskedOfTheTopic.AgainstTheNation)
                : null),
        // "how many weapon crimes per 1k pop nationally", "the national rate of sexual offences per 1000": the assessment prints no national
        // rate per head for any topic (its national figures are changes, shares and a few counts): say so, never the national changes.
        new("a national rate per head", TopicNeed.Required, q => q.Asks(Cues.National) && q.Asks(Cues.PerPopulation) && !q.Has(Cues.Compare)
            // "the VAWG rate per 1,000 for the city and the county": the county (printed) is no slip of "the country".
            && q.Place is null && !q.Stems.Any(s => s is "county" or "counti" or "countywide")
            && !q.Asks(Cues.Change) && !q.Has(Cues.Up) && !q.Has(Cues.Down) && !q.Has(ProseCues.Why)
            ? new Understanding(Intent.NotCovered) { Gap = new NoFigureGap(GapKind.Measure, Measure: "a national rate per 1,000 population") }
            : null),
        // "what's the national picture?", "what's happening nationally" after a topic: a short question of the nation is that topic's national picture.
        IntentRule.When("national picture", TopicNeed.Optional, q => q.Asks(Cues.National) && (q.NamesIndicator || q.FollowUp || q.Has(Cues.Pronouns) || q.Has(Cues.Domain) || q.Words.Count <= 5), Intent.National),
        // Two topics weighed in one question ("which rose more, burglary or shoplifting?"): both answered, never only one.
        // Below the similar-areas and national rows, whose own words decide those questions.
        new("two topics in one question", TopicNeed.Ignored, TwoTopics),
        new("comparison over time", TopicNeed.Optional, OverTime),
        new("one year against the year before", TopicNeed.Required, YearAgainstTheYearBefore),
        IntentRule.When("bare comparison", TopicNeed.Optional, q => q.Asks(Cues.CompareLoosely), Intent.Compare),
        new("a table's proportion", TopicNeed.Optional, TableProportion),
        // "and same quarter last year?", "the same period a year earlier?" after a quarter or a year: the last question asked again of the
        // same period a year earlier (the follow-up resolver shifts the last period back a year).
        new("the same period a year earlier", TopicNeed.Absent, q => q.Period.IsEmpty && q.Has(Cues.SameTimeLastYear)
            && !q.Asks(Cues.Change) && !q.Asks(Cues.Rate) && q.Rest.Count <= 8
            ? new Understanding(Intent.Change) { Assumed = true, FollowUp = true, YearBefore = true }
            : null),
        // "and last year?", "last year?", "what about last year?" after a figure of a named year or quarter: the same asked of the year before
        // (the follow-up resolver shifts the last period back a year; with none named, the answer gives the year before beside the latest).
        new("last year asked back", TopicNeed.Absent, q => q.Period.IsEmpty && q.Has(Cues.LastYearBack) && q.Rest.Count <= 8
            && q.Rest.All(w => Cues.LastYearBackWords.AnyIn([w]))
            ? new Understanding(Intent.Change) { Assumed = true, FollowUp = true, YearBefore = true }
            : null),
        // "violence with injury over the same period?", "VWI for the equivalent quarter?" after a quarter or year to date: that topic,
        // asked of the last answer's period (the follow-up resolver carries it, and the kind of question asked).
        new("a topic over the same period as the last answer", TopicNeed.Required, q => q.Period.IsEmpty && q.Has(Cues.SamePeriod)
            && !q.Has(Cues.SameTimeLastYear) && !q.Has(Cues.LastYearBack) && !q.Has(Cues.YearBefore) && q.Rest.Count <= 8
            // "the equivalent rate for shoplifting", "the national equivalent": a rate, the nation or a run of years is asked, below.
            && !q.Asks(Cues.Rate) && !q.Asks(Cues.National) && !q.Asks(Cues.Compare) && !q.Asks(Cues.Series) && !q.Has(ProseCues.Why)
            ? new Understanding(Intent.Change) { Assumed = true, FollowUp = true }
            : null),
        // "what was it the previous year?", "and the year before?", "what was the number five years earlier?", "two years before that?"
        // after a figure of a named year: the same asked of that many years before (the follow-up resolver shifts the last period back).
        new("some years before the last answer", TopicNeed.Ignored, q => q.Period.IsEmpty && YearsBackAsked(q) is { } back && q.Rest.Count <= 9
            && q.Rest.All(w => Cues.LastYearBackWords.AnyIn([w]) || Cues.YearsBackWords.AnyIn([w]))
            // "five" of "five years earlier" is no name of the five keywords.
            && q.Indicators.All(m => m.Length == 1 && Cues.YearsBackWords.AnyIn([q.Stems[m.Start]]))
            ? new Understanding(Intent.Change) { Assumed = true, FollowUp = true, YearBefore = true, YearsBack = back }
            : null),
        // "which quarter had the most city centre ASB", "which qtr was violence with injury lowest": the quarters compared (QuarterExtreme).
        new("quarter or year to date", TopicNeed.Optional, q => q.Period.Quarter is not null || q.Period.YearToDate || q.Asks(Cues.Quarters)
            ? new Understanding(Intent.Quarters) { Point = QuarterExtremeAsked(q) }
            : null),
        IntentRule.When("financial year", TopicNeed.Required, q => q.Period.FinancialYearStart is not null && q.Period.Year is null, Intent.Quarters),
        IntentRule.When("changed since a year", TopicNeed.Required, q => q.Period is { FromYear: not null, ToYear: null } && q.Asks(Cues.ChangeVerbs) && !q.Asks(Cues.Rate), Intent.Change),
        // "what's the year on year change for sexual offences", "year-on-year increase in shoplifting", "burglary yoy": the printed change
        // on the previous year, not the run of years its "year on year" would ask ("has VAP increased year on year since 2013" still is).
        IntentRule.When("the change on the year before, in words of years", TopicNeed.Required, q => q.Asks(Cues.ChangeOnTheYearBefore)
            && !q.Period.IsRange && q.Period is { FinancialYearStart: null, Quarter: null, YearToDate: false } && !q.Asks(Cues.Rate), Intent.Change),
        IntentRule.When("range of years", TopicNeed.Required, q => q.Period.IsRange || q.Asks(Cues.Series), Intent.Series),
        new("figures of a period, no topic named", TopicNeed.Absent, FiguresOfAPeriod),
        // "are they big numbers?" after a list or a figure: judged as "is that high?" is, ahead of the volume its "numbers" would ask.
        new("the size of the last answer judged", TopicNeed.Absent, SizeOfTheLastAnswer),
        // A figure of a subject in words the assessment never uses ("how many school exclusions"): it doesn't cover it, not "can't answer".
        new("a figure of a subject the assessment never names", TopicNeed.Absent, FigureOfASubjectNeverNamed),
        // "how much did motor traffic rise nationally": a figure of a subject only the assessment's words hold, found whole or not at all.
        new("prose: a figure of a subject the assessment names only in words", TopicNeed.Absent, FigureInTheAssessmentsWords),
        IntentRule.When("rate", TopicNeed.Optional, q => q.Asks(Cues.Rate), Intent.Rate),
        IntentRule.When("volume", TopicNeed.Optional, q => q.Asks(Cues.Volume), Intent.Volume),
        IntentRule.When("since a year", TopicNeed.Absent, q => q.Period.FromYear is not null || q.Asks(Cues.Series), Intent.Series),
        new("how it changed", TopicNeed.Required, q => new Understanding(Intent.Change) { Assumed = !q.Asks(Cues.Change) && !q.Has(Cues.Locally) }),
        new("a judgement of the last answer", TopicNeed.Absent, JudgementOfTheLastAnswer),
        new("period follow-up", TopicNeed.Absent, PeriodFollowUp),
        // "did they go up?", "has it fallen?": a short question of a direction about what was just answered is its change.
        new("short follow-up", TopicNeed.Absent, q => q.FollowUp || (q.Asks(Cues.Change) && (q.Rest.Count <= 6 || q.Has(Cues.OverTime)))
            || (q.Has(Cues.Pronouns) && (q.Has(Cues.Up) || q.Has(Cues.Down)) && !q.Has(ProseCues.Obstacle) && q.Rest.Count <= 5)
            // "what would that mean for Cambridge?", "and for the city?": what was just answered (a survey's estimate), brought home.
            || (q.Has(Cues.Pronouns) && q.Has(Cues.Locally) && q.Rest.Count <= 7)
            ? new Understanding(Intent.Change)
            {
                Assumed = !q.Asks(Cues.Change) && !q.Has(Cues.Locally),
                YearBefore = q.Period.IsEmpty && q.Has(Cues.YearBefore) && !q.Asks(Cues.Change),
            }
            : null),

        // Anything else may still be answered by the assessment's words; the handler says "can't answer" when nothing fits.
        new("prose: anything else", TopicNeed.Absent, AnyOtherQuestion),
    ];

    /// <summary>
    /// The answer to a topic the assessment has no figures for: when a glossary term goes by the same words ("KSI collisions
    /// in 2017", "KSI figures"), the term's answer (it has no figure, what the term means, what it has nearest), as for a
    /// figure of the term asked on its own; otherwise the topic's.
    /// </summary>
    private static Understanding UncoveredOrItsTerm(QuestionFacts q, TopicRef uncovered) =>
        q.UncoveredMatch is { } words && q.GlossaryTerms.FirstOrDefault(t => t.Start == words.Start && t.Length == words.Length) is { } term
            ? new Understanding(Intent.NotCovered) { Topic = term.Topics[0].Id, Asked = Intent.Glossary }
            : new Understanding(Intent.NotCovered) { UncoveredTopic = uncovered.Id, Candidates = IndicatorsItsOtherWordsName(q) };

    /// <summary>
    /// The indicators whose names use a word of the question beside the uncovered topic's ("shops" in "how many shops got robbed":
    /// shoplifting's and business crime's): the answer shows the printed counts of those of them nearest the topic, as their own crimes.
    /// </summary>
    private static string[] IndicatorsItsOtherWordsName(QuestionFacts q)
    {
        var words = q.UncoveredMatch is { } match ? q.Stems.Where((_, i) => i < match.Start || i >= match.Start + match.Length) : q.Stems;
        return [.. words.Where(w => w.Length >= 4).SelectMany(q.IndicatorsWhoseNamesUse).Select(t => t.Id).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// "compared to last year", "vs the same quarter last year", "against 2016/17", "2016 vs 2017": a comparison over
    /// time, so a change (the quarters, when a quarter or year to date is named; the rates, when a rate is asked). It sits below the
    /// peer and national rows: only their words ask for similar areas or the nation.
    /// </summary>
    private static Understanding? OverTime(QuestionFacts q) =>
        q.Asks(Cues.CompareLoosely)
        && (q.Has(Cues.OverTime) || q.Period.FinancialYearStart is not null || q.Period.Year is not null || q.Period.FromYear is not null
            || q.Period.Quarter is not null || q.Period.YearToDate)
            ? Understanding.Of(
                q.Period.Quarter is not null || q.Period.YearToDate || q.Has(Cues.Quarters) ? Intent.Quarters
                : q.Asks(Cues.Rate) ? Intent.Rate
                : Intent.Change)
            : null;

    /// <summary>
    /// "drugs offences reduction 2017 v 2016", "burglary 2016 vs 2017", "did shoplifting rise from 2016 to 2017": a year
    /// weighed against the year before is the later year's change on the previous year, as the assessment prints it.
    /// </summary>
    private static Understanding? YearAgainstTheYearBefore(QuestionFacts q) =>
        q.Period is { FromYear: { } from, ToYear: { } to, Quarter: null, FinancialYearStart: null } && to == from + 1
        && (q.Asks(Cues.YearAgainstYear) || q.Asks(Cues.Change))
        && !q.Asks(Cues.Rate) && !q.Asks(Cues.Series)
            ? new Understanding(Intent.Change) { Period = PeriodSlots.None with { Year = to } }
            : null;

    /// <summary>
    /// "what was it in 2014/15?", "and last year?", "2015?", "in 2014?": a period and a word pointing back, or a period
    /// alone, nothing else asked. The last question's kind and topic are taken from the conversation
    /// (<see cref="FollowUpResolver"/>); with nothing asked before, there is nothing to answer.
    /// </summary>
    private static Understanding? PeriodFollowUp(QuestionFacts q) =>
        !q.Period.IsEmpty && (q.FollowUp || q.Has(Cues.Pronouns) || OnlyAPeriod(q) || OnlyAPeriodsFigure(q)) && q.Rest.Count <= 8
            ? new Understanding(Intent.Change) { Assumed = !q.Asks(Cues.Change), FollowUp = true }
            : null;

    /// <summary>
    /// "when did DV marker crimes first go over 1000", "what year did incidents pass 1,500", "when did DA incidents peak", "when
    /// were they lowest": when, in a run of years, a level was crossed (a number named, not a period) or the highest or lowest
    /// point came. A superlative asks it only in a short question or beside a word of years ("the EU referendum hate crime
    /// peak" is the assessment's words on an event, not the run of years).
    /// </summary>
    private static bool AsksTheYearOfALevelOrPeak(QuestionFacts q)
    {
        // "what was the peak year for DA incidents" asks it with no word of when: a word of years beside a superlative does.
        // "Which quarter had the most violence so far this year?" asks of quarters, not of a run of years.
        if (!(q.Asks(Cues.WhenInASeries) || q.Rest.Any(w => w is "year" or "years")) || q.Has(Cues.Compare) || q.Has(ProseCues.Why)
            || q.Has(Cues.Quarters) || q.Period.Quarter is not null || q.Period.YearToDate || q.Rest.Any(w => w is "month" or "months"))
        {
            return false;
        }

        var level = LevelNamed(q) is not null;
        var extreme = q.Asks(Cues.SeriesExtreme) && (q.Rest.Any(w => w is "year" or "years") || q.Rest.All(w => RunOfYearsWords.Contains(w) || Cues.SeriesExtreme.AnyIn([w])));
        return (level && q.Asks(Cues.WhenInASeries)) || extreme;
    }

    /// <summary>The words a short question of a run of years' highest or lowest point may hold besides the topic ("when did it peak").</summary>
    private static readonly HashSet<string> RunOfYearsWords = new[]
    {
        "when", "which", "what", "was", "were", "did", "do", "does", "is", "are", "has", "have", "had", "it", "they", "them", "the", "a",
        "an", "at", "its", "their", "first", "ever", "in", "of", "for", "cambridge", "city", "recorded", "number", "numbers", "figure",
        "figures", "level", "levels", "and", "so", "then", "point", "record", "high", "low",
    }.Select(Stem.Of).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The year asked for: the first over (or under) the level named, else the highest or lowest; null when the words ask
    /// neither plainly ("the worst year" judges rather than counts).
    /// </summary>
    private static SeriesPoint? SeriesPointAsked(QuestionFacts q)
    {
        var national = q.Asks(Cues.National);
        var rate = q.Has(Cues.Rate);
        if (LevelNamed(q) is { } named)
        {
            return new SeriesPoint(named.Downwards ? SeriesPointKind.Below : SeriesPointKind.Above, named.Level, national, rate);
        }

        return q.Asks(Cues.SeriesLowest) ? new SeriesPoint(SeriesPointKind.Lowest, National: national, Rate: rate)
            : q.Asks(Cues.SeriesHighest) ? new SeriesPoint(SeriesPointKind.Highest, National: national, Rate: rate)
            : null;
    }

    /// <summary>
    /// The biggest rise or fall between years asked ("the biggest yearly rise", "largest annual increase", "the sharpest drop"): a word
    /// of size right before a word of rise or fall, with no quarter or month; null otherwise.
    /// </summary>
    private static SeriesPoint? BiggestMoveAsked(QuestionFacts q)
    {
        // "which crime had the biggest rise" asks which topic rose most (the risers), not when one topic did.
        if (q.Has(Cues.Quarters) || q.Period.Quarter is not null || q.Period.YearToDate || q.Period.Year is not null || Cues.WhichTopic.AnyIn(q.Stems))
        {
            return null;
        }

        var stems = q.Rest;
        for (var i = 0; i < stems.Count; i++)
        {
            var size = Cues.BiggestMove.LongestAt(stems, i);
            if (size == 0)
            {
                continue;
            }

            // "biggest rise", "biggest yearly rise", "largest annual year-on-year increase": a word or two of years may stand between.
            for (var j = i + size; j < Math.Min(stems.Count, i + size + 3); j++)
            {
                if (Cues.Rise.LongestAt(stems, j) > 0)
                {
                    return new SeriesPoint(SeriesPointKind.BiggestRise, National: q.Asks(Cues.National), Rate: q.Has(Cues.Rate));
                }

                if (Cues.Fall.LongestAt(stems, j) > 0)
                {
                    return new SeriesPoint(SeriesPointKind.BiggestFall, National: q.Asks(Cues.National), Rate: q.Has(Cues.Rate));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The highest or lowest quarter asked ("which quarter had the most", "which qtr was it lowest"): a quarter's word with a
    /// superlative and no quarter named; null otherwise.
    /// </summary>
    private static SeriesPoint? QuarterExtremeAsked(QuestionFacts q) =>
        q.Period.Quarter is not null || !q.Asks(Cues.Quarters) ? null
        : q.Asks(Cues.SeriesLowest) ? new SeriesPoint(SeriesPointKind.Lowest)
        : q.Asks(Cues.SeriesHighest) ? new SeriesPoint(SeriesPointKind.Highest)
        : null;

    /// <summary>
    /// The level a question names and which way it is crossed: only the number right after a word of crossing ("over 8", "drop
    /// below 5", "exceed 1,000"), never a unit's number ("8 per 1000": the level is 8), a year, or a number elsewhere in the
    /// message (a phone number, a house number); null when no crossing word is followed by a level.
    /// </summary>
    private static (decimal Level, bool Downwards)? LevelNamed(QuestionFacts q)
    {
        for (var i = 0; i < q.Stems.Count; i++)
        {
            var length = Cues.LevelCrossed.LongestAt(q.Stems, i);
            if (length == 0)
            {
                continue;
            }

            // "pass the 1000 mark", "go over about 500": one word of approximation or an article may stand before the number.
            var at = i + length < q.Words.Count && LevelFillers.Contains(q.Words[i + length]) ? i + length + 1 : i + length;
            if (at >= q.Words.Count || !IsALevel(q.Words[at]) || (at + 1 < q.Stems.Count && Cues.PeriodUnits.LongestAt(q.Stems, at + 1) > 0))
            {
                continue;
            }

            var downwards = Cues.LevelCrossedDownwards.LongestAt(q.Stems, i) > 0;
            return (decimal.Parse(q.Words[at], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), downwards);
        }

        return null;
    }

    /// <summary>Words that may stand between a word of crossing and its level ("pass the 1000 mark", "go over about 500").</summary>
    private static readonly HashSet<string> LevelFillers = new(["the", "a", "an", "about", "around", "roughly", "approximately", "some", "nearly"], StringComparer.Ordinal);

    /// <summary>
    /// A number that is a level, not a period or a code: "1000", "1,500", "8", "8.5" (a year such as 2016 is a period; a number
    /// written with a leading nought, "07700", is a phone number or a code).
    /// </summary>
    private static bool IsALevel(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiDigit(c) || c == '.') && !(word.Length > 1 && word[0] == '0' && word[1] != '.')
        && decimal.TryParse(word, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
        && number > 0 && !(number == decimal.Truncate(number) && number is >= 1990 and <= 2100);

    /// <summary>
    /// "How many Cambridge residents might be DA victims if the CSEW rates applied here", "... based on the national survey": a
    /// count asked, naming a survey, of a topic one of whose names is a survey's own ("CSEW domestic abuse"): the survey's estimate
    /// brought home, which the topic's figures hold.
    /// </summary>
    private static bool AsksACountOfTheSurveysEstimate(QuestionFacts q) =>
        q.Has(MeasureCues.Count) && q.SettledIndicator is { } topic && SurveyWords.Any(w => q.TopicNamesUse(topic, w))
        && q.Stems.Any(w => SurveyWords.Contains(w) || w == SampleWord);

    /// <summary>
    /// "is that in line with national?", "is that consistent with the national trend?" asks of trends, as the assessment weighs them
    /// ("in line with National trends", "matches the national trends"): the words of matching are said as the assessment's own
    /// ("consistent" is no word of the subject: "consistently up on the 3 year average" weighs nothing against the nation).
    /// </summary>
    private static Understanding TrendsWeighed(Understanding understanding) =>
        understanding.Passage is { } passage
            ? understanding with { Passage = passage with { Text = MatchingWords().Replace(passage.Text, " ").TrimEnd('?', ' ') + " in line with national trends" } }
            : understanding;

    [GeneratedRegex(@"\b(out of line with|in line with|out of step with|in step with|consistent with|the same as|same trend as|same way as|similar to|match(es|ed|ing)?|mirror(s|ed|ing)?|trends?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MatchingWords();

    /// <summary>
    /// "how many Cambridge residents would that be?", "roughly how many people in the city is that?", "what would that come to in
    /// local people?": the last answer (a share, a national estimate) asked as a count of people here, in words of nothing else.
    /// </summary>
    private static bool AsksTheLastAnswerInPeople(QuestionFacts q) =>
        q.Has(MeasureCues.Count) && q.Has(Cues.Pronouns) && q.Stems.Any(PeopleWords.Contains) && q.Stems.All(LastAnswerInPeopleWords.Contains);

    /// <summary>Words for the people a count of the last answer is in.</summary>
    private static readonly HashSet<string> PeopleWords =
        new[] { "residents", "resident", "people", "persons", "individuals", "population", "locals", "citizens" }.Select(Stem.Of).ToHashSet(StringComparer.Ordinal);

    /// <summary>The words a question of <see cref="AsksTheLastAnswerInPeople"/> may hold.</summary>
    private static readonly HashSet<string> LastAnswerInPeopleWords = new[]
    {
        "how", "many", "much", "what", "whats", "number", "cambridge", "city", "local", "locally", "here", "our", "in", "of", "the", "for",
        "would", "will", "could", "that", "this", "it", "be", "is", "does", "make", "come", "to", "equate", "translate", "mean", "roughly",
        "approximately", "about", "around", "so", "and", "then", "ok", "okay", "in", "terms", "actual", "estimated", "estimate", "give", "us",
    }.Select(Stem.Of).Concat(PeopleWords).ToHashSet(StringComparer.Ordinal);

    /// <summary>The words that name a survey itself ("CSEW", "survey"), not the crime it asks about.</summary>
    private static readonly string[] SurveyWords = [Stem.Of("csew"), Stem.Of("survey")];

    /// <summary>"if we match the national sample": a survey named by its sample.</summary>
    private static readonly string SampleWord = Stem.Of("sample");

    /// <summary>Words that say "across the country" and name the ONS only by a word of its name.</summary>
    private static readonly HashSet<string> NationalWords =
        new[] { "national", "nationally", "nation", "nationwide", "statistics" }.Select(Stem.Of).ToHashSet(StringComparer.Ordinal);

    /// <summary>"2015?", "in 2014", "2015/16 then?", "for q2": a question of nothing but a period.</summary>
    private static bool OnlyAPeriod(QuestionFacts q) =>
        q.Stems.All(s => s.Any(char.IsDigit) || IsPeriodWord(s) || s is "in" or "for" or "of" or "the" or "year" or "then" or "ok" or "okay" or "so");

    /// <summary>
    /// "what was the whole year 2017 figure?", "what's the comparable number in 2016/17?", "the total for 2015?": only a period and words
    /// asking its figure, of the last topic.
    /// </summary>
    private static bool OnlyAPeriodsFigure(QuestionFacts q) =>
        q.Stems.All(s => s.Any(char.IsDigit) || IsPeriodWord(s) || Cues.PeriodsFigureWords.AnyIn([s]));

    /// <summary>
    /// "who leads it?", "and who leads?", "who leads?": the leads of the conversation's topic (or, with none, "which
    /// one?"); "who are the leads" and "list the leads" ask for every lead.
    /// </summary>
    private static bool LeadsReferBack(QuestionFacts q) =>
        RefersBack(q) && !q.Has(Cues.AllLeads);

    private static IntentRule Outcome(string name, Func<QuestionFacts, bool> condition, Intent intent) =>
        new(name, TopicNeed.Ignored, q => condition(q) ? new Understanding(intent) { Topic = OutcomeTopic(q) } : null);

    private static Understanding? UpdateHistory(QuestionFacts q)
    {
        if (!q.Has(Cues.UpdateHistory))
        {
            return null;
        }

        // "the latest on county lines" is history; "the latest on burglary" is an indicator question.
        var topic = OutcomeTopic(q);
        return topic is null && q.NamesIndicator ? null : new Understanding(Intent.UpdateHistory) { Topic = topic };
    }

    /// <summary>The action or programme an outcome command is about: "1.1-a", "1.1", or a programme's name.</summary>
    private static string? OutcomeTopic(QuestionFacts q) =>
        ActionCode().Match(q.Folded) is { Success: true } action ? action.Value
        : ProgrammeCode().Match(q.Folded) is { Success: true } code ? code.Value
        : q.Programmes.FirstOrDefault(m => m.Topics[0].Id.Contains('.', StringComparison.Ordinal))?.Topics[0].Id;

    private static Understanding? GlossaryTerm(QuestionFacts q)
    {
        if (!q.Has(Cues.Glossary) || q.GlossaryTerms is not [var term, ..])
        {
            return null;
        }

        // "what is the burglary rate" names an indicator, not a term: the glossary wins only when
        // the term covers at least as much of the question as any indicator does.
        var explicitDefinition = DefinitionQuestion().IsMatch(q.Folded);
        if (!explicitDefinition && q.NamesIndicator && q.Indicators[0].Score > term.Score)
        {
            return null;
        }

        // "and what's happening nationally", "what's the national picture": "nationally" names the Office for National Statistics
        // only by one of its words; the national picture is asked, not what the ONS is.
        if (!explicitDefinition && q.Stems.Skip(term.Start).Take(term.Length).All(NationalWords.Contains))
        {
            return null;
        }

        // "what % rise is that nationally?" asks for a figure (the national change), not what the ONS is; "what's the ASB trend",
        // "what's the latest on ASB" ask how a topic the term also names has gone, not what the term means.
        var rest = QuestionFacts.WithoutWordsOf(q.Stems, q.GlossaryTerms);

        // "what about CSE?", "and what about ASB?" after a figure: a follow-up that only names a topic the term also names asks that
        // topic's figures, as the last question asked them, not what the term means.
        if (!explicitDefinition && q.FollowUp && q.NamesIndicator && rest.All(Cues.FollowUp.Words.Contains))
        {
            return null;
        }

        // "what was ASB in 2017/18?", "what's ASB like in 2017": a topic asked of a period is asked for its figures of that period,
        // not what the term means.
        if (!explicitDefinition && AsksATopicOfAPeriod(q))
        {
            return null;
        }

        // "what's our MSG position?", "where do we sit in the MSG", "our most similar group ranking": the city's place in the group
        // (of the topic asked, or the conversation's), not what the group is.
        if (!explicitDefinition && Cues.Compare.AnyIn(q.Stems.Skip(term.Start).Take(term.Length).ToList())
            && (Cues.PlaceInAGroup.AnyIn(rest) || Cues.OwnArea.AnyIn(rest)))
        {
            return null;
        }

        if (!explicitDefinition && (q.Stems.Count > term.Length + 4 || AsksForFigures(rest) || Cues.ChangeSize.AnyIn(rest)
            || (q.NamesIndicator && Cues.Change.AnyIn(rest))))
        {
            return null;
        }

        return new Understanding(Intent.Glossary) { Topic = term.Topics[0].Id };
    }

    /// <summary>Words that ask which months: "which months", "what month", "what time of year", "seasonal".</summary>
    private static readonly CueSet MonthsAsked = new(
        "which months", "what months", "which month", "what month", "time of year", "time of the year", "seasonal", "seasonally", "busiest months",
        "busiest month", "quietest months", "quietest month");

    /// <summary>
    /// The months a topic runs highest or lowest, asked with no month named: the assessment's words on its monthly pattern, looked
    /// for by the pattern's own words (higher or lower than the other months), within the topic named or the conversation's.
    /// </summary>
    private static Understanding? MonthsHighestOrLowest(QuestionFacts q)
    {
        var low = q.Has(Cues.SeriesLowest) || q.Has(QuietMonths);
        if (!q.Has(MonthsAsked) || !(low || q.Has(Cues.SeriesHighest) || q.Has(BusyMonths)) || q.Has(Cues.FigureAsked)
            || q.Period.Quarter is not null || q.Has(ProseCues.Why))
        {
            return null;
        }

        var understood = Passage(q, PassageAspect.General);
        return understood with { Passage = understood.Passage! with { Text = low ? "months lower than average lowest" : "months higher figures than in other months" } };
    }

    private static readonly CueSet BusyMonths = new("busiest", "peak", "tend", "seasonal", "seasonally", "most");

    private static readonly CueSet QuietMonths = new("quietest", "least", "fewest");

    /// <summary>"what was ASB in 2017/18?": an indicator named with a year or period, which asks its figures of that period.</summary>
    private static bool AsksATopicOfAPeriod(QuestionFacts q) => q.NamesIndicator && !q.Period.IsEmpty;

    /// <summary>
    /// "and all keywords?", "what about the keywords?": a follow-up whose only words besides its opening name a topic, the
    /// definition words among them: that topic's figures, asked as the last question was.
    /// </summary>
    private static bool NamesOnlyAnotherRow(QuestionFacts q) =>
        q.FollowUp && q.NamesIndicator && q.Rest.Count(w => !RowAskedAgainWords.Contains(w)) <= 2 && !ProseCues.Definition.AnyIn(q.Rest) && !q.Rest.Any(w => w is "which" or "what's" or "whats" or "define");

    /// <summary>
    /// How many years before the last answer's period a question asks ("the previous year", "a year earlier": 1; "five years earlier",
    /// "3 years before that", "two years previously": that many), or null when it asks none.
    /// </summary>
    private static int? YearsBackAsked(QuestionFacts q)
    {
        if (YearsBackPhrase().Match(q.Folded) is { Success: true } match)
        {
            var n = match.Groups["n"].Value;
            return int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits
                : Array.IndexOf(NumberWords, n) is var index and > 0 ? index : null;
        }

        return q.Has(Cues.YearBefore) ? 1 : null;
    }

    /// <summary>"a", "one" ... "ten" by their value (index 0 unused).</summary>
    private static readonly string[] NumberWords = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    [GeneratedRegex(@"\b(?<n>one|two|three|four|five|six|seven|eight|nine|ten|[1-9]|10)\s+(?:calendar\s+)?years?\s+(?:earlier|before|previously|prior|back|ago)\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearsBackPhrase();

    /// <summary>Words a follow-up naming another row may hold besides two of its own ("and for all the keywords?", "what about the begging one then?").</summary>
    private static readonly HashSet<string> RowAskedAgainWords = new[] { "and", "for", "the", "all", "about", "what", "then", "so", "ok", "now", "of", "one", "row", "same" }
        .Select(Stem.Of).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// "Oct-Dec: extended city centre ASB incidents with any of the 5 keywords?": a topic named with a quarter (or the year to date)
    /// asks that quarter's figure; what a topic counts does not change by quarter.
    /// </summary>
    private static bool NamesATopicsQuarter(QuestionFacts q) =>
        q.NamesIndicator && (q.Period.Quarter is not null || q.Period.YearToDate) && !q.Has(ProseCues.DefinitionAsked)
        && !q.Words.Any(w => w is "mean" or "means" or "define" or "definition" or "which" or "list");

    /// <summary>Whether the question asks how many or what share of a quarter's (or the year to date's) figure.</summary>
    private static bool AsksForACountOfAQuarter(QuestionFacts q) =>
        (q.Period.Quarter is not null || q.Period.YearToDate || q.Has(Cues.Quarters)) && (q.Asks(Cues.Volume) || q.Has(ProseCues.TableShare));

    private static bool AsksForFigures(IReadOnlyList<string> stems) => AsksForNumbers(stems) || Cues.Opportunities.AnyIn(stems);

    /// <summary>Whether the question asks for a number: a rate, a count, a comparison, a series or quarters.</summary>
    private static bool AsksForNumbers(IReadOnlyList<string> stems) =>
        Cues.Rate.AnyIn(stems) || Cues.Volume.AnyIn(stems) || Cues.Compare.AnyIn(stems) || Cues.National.AnyIn(stems)
        || Cues.Series.AnyIn(stems) || Cues.Quarters.AnyIn(stems);

    private static Understanding? ProgrammeByCode(QuestionFacts q) =>
        ProgrammeCode().Match(q.Folded) is { Success: true } code ? new Understanding(Intent.Priority) { Topic = code.Value } : null;

    /// <summary>
    /// "priority 2", "what's in priority 2?": the recommended priority's card; of the year reviewed ("what was priority 2 in 2017/18",
    /// "what was priority 1 last year"), the priorities reviewed.
    /// </summary>
    private static Understanding? PriorityByNumber(QuestionFacts q) =>
        PriorityWord().Match(q.Folded) is { Success: true } word && PriorityNumber(q.Folded, word) is { } number
            ? q.Period.FinancialYearStart == 2017 || q.Period.Year == 2017 || q.Has(OfTheYearReviewed)
                // "what was priority 3 for 2017/18": the priorities reviewed, the one asked remembered by its number (a follow-up's "it").
                ? new Understanding(Intent.TopicList) { Filter = new ListFilter { Reviewed = true }, PriorityNumber = number }
                : new Understanding(Intent.Priority) { Topic = number.ToString(CultureInfo.InvariantCulture) }
            : null;

    private static Understanding? ProgrammeByName(QuestionFacts q)
    {
        if (q.Programmes is not [var programme, ..])
        {
            return null;
        }

        // A programme named alongside a stronger indicator match ("drug offences and county lines
        // rate") is an indicator question.
        return q.NamesIndicator && q.Indicators[0].Score > programme.Score
            ? null
            : new Understanding(Intent.Priority) { Topic = programme.Topics[0].Id };
    }

    private static Understanding? Movers(QuestionFacts q)
    {
        // "best" and "worst" judge rather than move: they ask for risers or fallers only about crime ("which
        // crimes got worst"), never about pubs.
        var judged = q.Has(Cues.Judgement) && q.Has(Cues.DomainNouns);
        var down = q.Has(Cues.Down) || (judged && q.Folded.Contains("best", StringComparison.Ordinal));
        var up = q.Has(Cues.Up) || (judged && q.Folded.Contains("worst", StringComparison.Ordinal));
        // "list all the crime types in the scanning table that fell", "name the offences that went up": a list asked of the
        // topics that moved one way is the movers, whatever words ask for the list.
        var listed = q.Has(Cues.ListNouns) && (q.Has(Cues.ListAsked) || q.Words.Contains("all"));
        if (q.Has(Cues.Compare) || (!q.Has(Cues.MoversNoun) && !((q.Has(Cues.Movers) || listed) && (up || down))))
        {
            return null;
        }

        // "what % rise is that nationally?" asks the national change of the topic just answered, not a list of risers.
        if (q.Has(Cues.National) && q.Has(Cues.Pronouns) && !q.Has(Cues.ListNouns))
        {
            return null;
        }

        // "and the change?" after a figure asks for that topic's change, not a list: a follow-up with no word of a list.
        if (q.FollowUp && !q.Has(Cues.Movers) && !q.Has(Cues.ListNouns) && !(up || down))
        {
            return null;
        }

        // "% change?", "the change?", "percent change": a word or two naming one change, with no plural and no list, is the
        // change of what was just answered; "changes?" or "the biggest changes" still ask for the movers.
        if (q.Stems.Count <= 3 && !q.Has(Cues.Movers) && !q.Has(Cues.ListNouns) && !(up || down) && !q.Words.Any(IsPluralMover))
        {
            return null;
        }

        // "% increase?", "how big was that rise?", "by how much did it go up?": one change (no superlative, no list, no plural) in a few
        // words, or pointed to ("it", "that rise"), is the change of what was just answered; with nothing answered before, the risers (or fallers).
        if (!q.Has(Cues.Movers) && !q.Has(Cues.ListNouns) && !listed && !q.Words.Any(IsPluralMover) && !judged
            // "year on year change?", "the annual change?": the change on the year before is one topic's, not a list.
            && !AsksWhatMoved(q) && (q.Stems.Count <= 3 || q.Words.Any(w => w is "it" or "that" or "this") || q.Has(Cues.ChangeOnTheYearBefore)))
        {
            return new Understanding(Intent.Change)
            {
                FollowUp = true,
                Asked = Intent.Movers,
                Filter = down == up ? null : new ListFilter { Direction = down ? Knowledge.MoveDirection.Down : Knowledge.MoveDirection.Up },
            };
        }

        // "how much did motor traffic rise nationally": how much one subject (no crime named) rose, with no plural and no list, is
        // not a list of risers; the assessment's words on it are looked for (see FigureInTheAssessmentsWords).
        if (q.Folded.Contains("how much", StringComparison.Ordinal) && !q.Has(Cues.Movers) && !q.Has(Cues.ListNouns) && !q.Words.Any(IsPluralMover)
            && !q.Has(Cues.Domain) && !q.Has(Cues.DomainNouns))
        {
            return null;
        }

        // "what are we worst at in property crime": the movers of the group named, never every topic's.
        var group = TopicGroups.In(q);
        return new Understanding(Intent.Movers)
        {
            Filter = down == up && group is null
                ? null
                : new ListFilter { Direction = down == up ? null : down ? Knowledge.MoveDirection.Down : Knowledge.MoveDirection.Up, Category = group },
        };
    }

    /// <summary>
    /// "what % of police recorded violence nationally is VWI", "what share of violence nationally is without injury", "VWI as a
    /// percentage of all violence in England and Wales": a national share of one topic that is part of another. The part (after
    /// "is" or "are" between the two, else the first named) is the topic whose national figures hold the share the assessment
    /// prints; never the whole's change as if it answered.
    /// </summary>
    private static Understanding? NationalShareOfAPart(QuestionFacts q)
    {
        if (!q.Has(Cues.National) || !(q.Has(GapCues.ShareOf) || q.Folded.Contains("% of", StringComparison.Ordinal)))
        {
            return null;
        }

        var spans = new List<TopicMatch>();
        foreach (var match in q.Indicators.OrderByDescending(m => m.Score))
        {
            if (!spans.Any(k => k.Start < match.Start + match.Length && match.Start < k.Start + k.Length))
            {
                spans.Add(match);
            }
        }

        // "what share of national violence is that category?", "what % of all violence nationally is it?" after a part of violence: the
        // whole named, the part pointed back to (the follow-up resolver carries the last topic, whose national figures hold the share).
        if (spans.Count == 1 && q.Has(Cues.Pronouns))
        {
            return new Understanding(Intent.National) { FollowUp = true };
        }

        if (spans.Count != 2)
        {
            return null;
        }

        var (first, second) = spans[0].Start < spans[1].Start ? (spans[0], spans[1]) : (spans[1], spans[0]);
        var between = q.Words.Skip(first.Start + first.Length).Take(second.Start - first.Start - first.Length);
        var part = between.Any(w => w is "is" or "are" or "was" or "were") ? second : first;
        return part.Topics switch
        {
            [var topic] => new Understanding(Intent.National) { Topic = topic.Id },
            // "what % of violence nationally is VWI": the part could be either kind of violence; each one's share is asked.
            [var one, var other] => new Understanding(Intent.Clarify) { Asked = Intent.National, Candidates = [one.Id, other.Id] },
            _ => null,
        };
    }

    /// <summary>"what increased?", "which fell?": a question word followed by the move asks which topics moved, never one change.</summary>
    private static bool AsksWhatMoved(QuestionFacts q)
    {
        var at = q.Stems.ToList().FindIndex(s => s is "what" or "which");
        return at >= 0 && at + 1 < q.Stems.Count && (Cues.Up.AnyIn([q.Stems[at + 1]]) || Cues.Down.AnyIn([q.Stems[at + 1]]));
    }

    internal static bool IsPluralMover(string word) =>
        word is "risers" or "fallers" or "movers" or "rises" or "falls" or "increases" or "decreases" or "drops" or "reductions" or "changes";

    /// <summary>Whether the question names a priority by its number ("priority 2", "the second priority").</summary>
    private static bool NamesANumberedPriority(QuestionFacts q) =>
        PriorityWord().Match(q.Folded) is { Success: true } word && PriorityNumber(q.Folded, word) is not null;

    /// <summary>The number a priority is named by ("priority 2", "the second priority"), never below one.</summary>
    private static int? PriorityNumber(string folded, Match priority)
    {
        var after = folded[(priority.Index + priority.Length)..];
        var before = folded[..priority.Index];
        var digit = LeadingNumber().Match(after);
        if (digit.Success)
        {
            return int.Parse(digit.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        // "priority -1", "priority 0": no priority is numbered below one, so no number is asked.
        // "priority number two": the number after "number", "no." or "#".
        after = NumberWordBefore().Replace(after, " ");
        var numbers = NumberRecognizer.RecognizeNumber(after.Length > 20 ? after[..20] : after, Culture.English);
        if (numbers.FirstOrDefault(n => after.TrimStart().StartsWith(n.Text, StringComparison.Ordinal)) is { } spelt
            && int.TryParse(spelt.Resolution["value"]?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 1)
        {
            return value;
        }

        // "the number one priority", "the no. 2 priority".
        if (NumberedBefore().Match(before) is { Success: true } numbered)
        {
            return numbered.Groups[1].Value switch { "one" or "1" => 1, "two" or "2" => 2, _ => 3 };
        }

        var ordinals = NumberRecognizer.RecognizeOrdinal(before, Culture.English);
        if (ordinals.LastOrDefault() is { } ordinal
            && int.TryParse(ordinal.Resolution["value"]?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var position))
        {
            return position;
        }

        return null;
    }

    [GeneratedRegex(@"(?<![\d.])[1-3]\.[1-9](?![\d.])", RegexOptions.None)]
    private static partial Regex ProgrammeCode();

    [GeneratedRegex(@"(?<![\d.])[1-3]\.[1-9]-[a-z]\b", RegexOptions.None)]
    private static partial Regex ActionCode();

    [GeneratedRegex(@"\bpriorit(?:y|ies)\b", RegexOptions.None)]
    private static partial Regex PriorityWord();

    /// <summary>A number just before the priority word: "the number one priority", "the no. 2 priority", "the #3 priority".</summary>
    [GeneratedRegex(@"(?:\bnumber|\bno\.?|#)\s*(one|two|three|[1-3])\s*$", RegexOptions.None)]
    private static partial Regex NumberedBefore();

    [GeneratedRegex(@"^\s*(?:no\.?\s*|number\s+|#\s*)?([1-9])\b", RegexOptions.None)]
    private static partial Regex LeadingNumber();

    /// <summary>"number", "no." or "#" opening what follows the priority word ("priority number two").</summary>
    [GeneratedRegex(@"^\s*(?:number\s+|no\.\s*|#\s*)", RegexOptions.None)]
    private static partial Regex NumberWordBefore();

    [GeneratedRegex(@"\b(what\s+does|what\s+do)\b.*\b(mean|stand\s+for)\b|\bdefine\b|\bdefinition\b|\bmeaning\s+of\b|\bstand\s+for\b", RegexOptions.None)]
    private static partial Regex DefinitionQuestion();
}
