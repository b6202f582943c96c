using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Fallback;
using SafetyBot.Dialogs.Language;
using SafetyBot.Dialogs.Priorities;
using SafetyBot.Dialogs.Questions;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Dialogs.Passages;

/// <summary>
/// Answers a question from the assessment's own words (<see cref="Intent.Passage"/>: why, who leads, when, what is...)
/// through <see cref="PassageAnswers"/>, within the topic named or carried from the conversation. When nothing in the
/// assessment answers it, a question that asked something specific (why, when...) gets the honest "the assessment
/// doesn't say" card; any other question is not one SafetyBot can answer, and gets the "can't answer" reply,
/// recorded for admins (<see cref="UnknownHandler"/>), unless it names a topic the assessment gives no figures for ("what does
/// it say about overdoses"), which gets the honest "no figure or programme for ..." answer (<see cref="GapReplies.Uncovered"/>). A question about what was done for a topic ("list the DA
/// interventions") gets the card of the programme that took the topic on, with the 2017/18 review's interventions and outcomes.
/// </summary>
public sealed class PassageHandler(PassageAnswers answers, UnknownHandler unknown, IKnowledgeStore store, PriorityCards programmes, GapReplies gaps) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Passage];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        if (understanding is { Passage.OfTheTopic: not AskedOfTheTopic.None and var asked, Topic: { } bound })
        {
            // "anything we should keep an eye on" after road safety: road safety's own words, or the honest "it says nothing of it".
            var own = OfTheTopic(asked, bound, understanding);
            await turnContext.SendActivityAsync(
                own is null ? ReplyFactory.Text(GapReplies.NothingOfTheTopic(asked, TopicName(bound))) : ReplyFactory.Card(own.Card),
                cancellationToken).ConfigureAwait(false);
            return;
        }

        if (understanding is { Passage: { WholeQuestion: true, OfTheTopic: AskedOfTheTopic.None } whole, Topic: { } conversed, FollowUp: true })
        {
            // A question with nothing of the assessment in it, asked in a conversation about a topic ("which months tend to be
            // highest?" after ASB): that topic's own words when they answer it; else it is asked as it was, of the whole assessment.
            var own = answers.Answer(whole.Text, conversed, whole.Aspect, DocumentAsked(understanding), withinTopicOnly: true);
            if (own.Found && Belongs(own.Result.Best!.Passage, conversed))
            {
                await turnContext.SendActivityAsync(ReplyFactory.Card(own.Card), cancellationToken).ConfigureAwait(false);
                return;
            }

            understanding = understanding with { Topic = null, FollowUp = false };
        }

        if (understanding is { Passage.OfTheTopic: AskedOfTheTopic.WhatToWatch or AskedOfTheTopic.WhomToLinkUpWith or AskedOfTheTopic.HowPartnersHelp or AskedOfTheTopic.ChangeJudged, Topic: null, Candidates.Count: 0 })
        {
            // "anything we should keep an eye on", "is that good news?" with no topic asked before: the assessment says it topic by topic, so which one.
            await turnContext.SendActivityAsync(ReplyFactory.Text(GapReplies.AskOfATopic(understanding.Passage.OfTheTopic)), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (understanding.Passage is { WhatWasDone: true } && ReviewingProgramme(understanding) is { } code
            && await programmes.GetAsync(code, cancellationToken).ConfigureAwait(false) is { } review)
        {
            await turnContext.SendActivityAsync(ReplyFactory.Card(review), cancellationToken).ConfigureAwait(false);
            return;
        }

        var text = understanding.Passage?.Text ?? understanding.Question ?? string.Empty;
        var aspect = understanding.Passage?.Aspect ?? PassageAspect.General;
        if (understanding is { FollowUp: true, Topic: null, Candidates.Count: > 1 } && EachOwnAnswer(text, understanding, aspect) is { Count: > 0 } each)
        {
            // "why is it rising?" after "VWI numbers" was answered for both kinds of violence (none picked yet): each one's own words.
            foreach (var own in each)
            {
                await turnContext.SendActivityAsync(ReplyFactory.Card(own.Card), cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var answer = Answer(text, understanding, aspect);
        if (understanding is { Topic: { } weighed, Passage.OtherDistricts: true } && !(answer.Found && IsOf(answer.Result.Best!.Passage, weighed)))
        {
            // "which districts are higher than us?" after shoplifting: never another topic's words on the districts.
            var name = store.FindIndicator(weighed)?.DisplayName.ToLowerInvariant() ?? "that topic";
            await turnContext.SendActivityAsync(ReplyFactory.Text(GapReplies.DistrictsNotCompared(name)), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (aspect == PassageAspect.General && understanding is { FollowUp: true, Topic: { } carried, Passage.WholeQuestion: false } && char.IsDigit(carried[0])
            && !(answer.Found && Belongs(answer.Result.Best!.Passage, carried)) && await programmes.GetAsync(carried, cancellationToken).ConfigureAwait(false) is { } card)
        {
            // "what does it hope to accomplish?" after a programme, in words its own passages never use: the programme's card, which
            // holds what the assessment says of it (its aim, actions, lead and review), never another topic's words nor "can't answer".
            await turnContext.SendActivityAsync(ReplyFactory.Card(card), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!answer.Found && understanding is { FollowUp: true, Topic: not null })
        {
            // A follow-up's topic is the conversation's, assumed: "and the CSEW data goes up to when?" after a violence
            // figure is answered wherever the assessment says it, when it says nothing of it within that topic.
            var across = answers.Answer(text, null, aspect, DocumentAsked(understanding));
            answer = across.Found ? across : answer;
        }

        var found = answer.Found && !(understanding.Passage is { WholeQuestion: true } && answer.Result.Best!.Coverage < 0.999);
        if (!found && understanding.UncoveredTopic is { } uncovered)
        {
            await turnContext.SendActivityAsync(ReplyFactory.Text(gaps.Uncovered(uncovered)), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!found && (aspect == PassageAspect.General || understanding.Passage is { WholeQuestion: true }))
        {
            await unknown.HandleAsync(turnContext, understanding with { Intent = Intent.Unknown, Question = text }, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (found && understanding.Topic is null && understanding.Passage is not { OfTheTopic: not AskedOfTheTopic.None } && AnsweredTopic(answer.Result.Best!.Passage, store) is { } topic)
        {
            // "how long have we funded school projects" named no topic: the passage that answered it is what a follow-up points to.
            AnswerMemory.RecordTopic(turnContext, topic);
        }

        await turnContext.SendActivityAsync(ReplyFactory.Card(answer.Card), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The answer to <paramref name="asked"/> from <paramref name="topic"/>'s own passages: its scanning table opportunities for whom
    /// to link up with, the interventions of the review of the programme that took it on for how partners help, its own words for
    /// what to watch or improve; null when they hold nothing of it.
    /// </summary>
    private PassageAnswer? OfTheTopic(AskedOfTheTopic asked, string topic, Understanding understanding)
    {
        var text = understanding.Passage?.Text ?? understanding.Question ?? string.Empty;
        switch (asked)
        {
            case AskedOfTheTopic.WhomToLinkUpWith:
                // A programme has no scanning-table opportunities: the partners its review names are in its interventions.
                return answers.Quoting([.. answers.Passages().Where(p => p.Kind == PassageKind.Opportunities && Belongs(p, topic))], text)
                    ?? (store.Programme(topic) is null ? null : OfTheTopic(AskedOfTheTopic.HowPartnersHelp, topic, understanding));
            case AskedOfTheTopic.HowPartnersHelp:
                return ReviewingProgramme(understanding) is { } code
                    ? answers.Quoting([.. answers.Passages().Where(p => p.Kind == PassageKind.Intervention && p.ProgrammeCodes.Contains(code, StringComparer.OrdinalIgnoreCase))], text)
                    : null;
            default:
                var answer = answers.Answer(text, topic, understanding.Passage?.Aspect ?? PassageAspect.General, DocumentAsked(understanding), withinTopicOnly: true);
                return answer.Found && Belongs(answer.Result.Best!.Passage, topic) ? answer : null;
        }
    }

    /// <summary>The answer within each of the understanding's candidate topics that its own passages hold, in the candidates' order.</summary>
    private List<PassageAnswer> EachOwnAnswer(string text, Understanding understanding, PassageAspect aspect) =>
        [.. understanding.Candidates
            .Select(topic => (topic, answer: answers.Answer(text, topic, aspect, DocumentAsked(understanding), withinTopicOnly: true)))
            .Where(t => t.answer.Found && Belongs(t.answer.Result.Best!.Passage, t.topic))
            .Select(t => t.answer)];

    /// <summary>Whether <paramref name="passage"/> belongs to <paramref name="topic"/>: filed under it, or under a programme of that priority.</summary>
    private bool Belongs(Passage passage, string topic) =>
        IsOf(passage, topic)
        || passage.ProgrammeCodes.Select(store.Programme).OfType<ProgrammeDetail>()
            .Any(d => string.Equals(d.Priority.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), topic, StringComparison.Ordinal));

    /// <summary>The name of <paramref name="topic"/> as a reply says it (an indicator's or a programme's).</summary>
    private string TopicName(string topic) =>
        store.FindIndicator(topic)?.DisplayName.ToLowerInvariant() ?? store.Programme(topic)?.Programme.Title ?? "that topic";

    /// <summary>Whether <paramref name="passage"/> is filed under <paramref name="topic"/> (an indicator id or a programme code).</summary>
    private static bool IsOf(Passage passage, string topic) =>
        passage.IndicatorIds.Contains(topic, StringComparer.OrdinalIgnoreCase) || passage.ProgrammeCodes.Contains(topic, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The one programme a passage is filed under, else the one priority its programmes share (a 2017/18 review continued by
    /// several programmes), else its one indicator; null when it is about several or none.
    /// </summary>
    private static string? AnsweredTopic(Passage passage, IKnowledgeStore store)
    {
        if (passage.ProgrammeCodes is [var code])
        {
            return code;
        }

        var priorities = passage.ProgrammeCodes.Select(store.Programme).OfType<ProgrammeDetail>()
            .Select(d => d.Priority.Number).Distinct().ToList();
        return priorities is [int number] ? number.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : passage.ProgrammeCodes.Count == 0 && passage.IndicatorIds is [var indicator] ? indicator
            : null;
    }

    /// <summary>
    /// The answer within the topic asked about; when the question's words fit several topics equally ("what does it
    /// recommend on domestic abuse": the incidents and the offences), the best answer within any of them, else across the assessment.
    /// </summary>
    private PassageAnswer Answer(string text, Understanding understanding, PassageAspect aspect)
    {
        var document = DocumentAsked(understanding);
        if (understanding.Topic is not null || understanding.Candidates.Count == 0)
        {
            return answers.Answer(text, understanding.Topic, aspect, document);
        }

        var best = understanding.Candidates.Select(topic => answers.Answer(text, topic, aspect, document))
            .Where(a => a.Found)
            .MaxBy(a => a.Result.Best!.Score);
        return best ?? answers.Answer(text, null, aspect, document);
    }

    /// <summary>
    /// The programme whose 2017/18 review holds the interventions and outcomes for the topic asked about: the programme
    /// named, or the one continuing a reviewed priority that gave the indicator as evidence (else any whose evidence it is).
    /// </summary>
    private string? ReviewingProgramme(Understanding understanding)
    {
        var asked = understanding.Topic is { } topic ? [topic] : understanding.Candidates;
        var reviewed = store.Priorities().SelectMany(p => p.ProgrammeCodes).Select(store.Programme).OfType<ProgrammeDetail>()
            .Where(d => d.Interventions.Count > 0 || d.Outcomes.Count > 0)
            .ToList();
        bool Asked(string id) => asked.Contains(id, StringComparer.OrdinalIgnoreCase);
        var programme = reviewed.FirstOrDefault(d => Asked(d.Programme.Id))
            ?? reviewed.FirstOrDefault(d => d.ReviewedPriorities.Any(r => r.EvidenceIndicatorIds.Any(Asked)))
            ?? reviewed.FirstOrDefault(d => d.Programme.EvidenceIndicatorIds.Any(Asked));
        return programme?.Programme.Id;
    }

    /// <summary>
    /// The document a question names by its financial year ("what did the 2017/18 assessment say about burglary?"),
    /// when the store holds more than one assessment and one of them is of that year; otherwise null (every document).
    /// </summary>
    private string? DocumentAsked(Understanding understanding)
    {
        if (understanding.Period.FinancialYearStart is not { } year)
        {
            return null;
        }

        var documents = store.Documents();
        return documents.Count > 1 ? documents.LastOrDefault(d => d.FinancialYearStart == year)?.Title : null;
    }
}
