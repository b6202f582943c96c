using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Priorities;
using SafetyBot.Dialogs.Engine;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Priorities;

/// <summary>
/// "tell me about priority 2", "county lines", "White Ribbon"; "walk me through the priorities"; and whether a topic is a
/// priority ("is road safety a priority?").
/// </summary>
public sealed class PriorityHandler(
    PriorityCardBuilder cards, TopicPriorityCardBuilder topicPriorities, PriorityCards priorityCards, DialogRunner dialogs, SafetyBot.Knowledge.IKnowledgeStore store)
    : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Priority, Intent.PriorityWalkthrough, Intent.TopicPriority];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        if (understanding.Intent == Intent.PriorityWalkthrough)
        {
            AnswerMemory.RecordItems(turnContext, store.Priorities().OrderBy(p => p.Number).Select(p => p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await dialogs.BeginDialogAsync(turnContext, PriorityWalkthroughDialog.DialogId, null, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (understanding.Intent == Intent.TopicPriority)
        {
            // "was violence a priority in 2017/18": a financial year before the recommendations' own is the year reviewed.
            var pastYear = understanding.ReviewedYear || topicPriorities.IsBeforeTheRecommendations(understanding.Period.FinancialYearStart ?? understanding.Period.Year);
            if (understanding.NotAmongThePriorities)
            {
                await turnContext.SendActivityAsync(ReplyFactory.Card(topicPriorities.BuildOutside()), cancellationToken).ConfigureAwait(false);
                return;
            }

            // "is the city centre a priority?": the priorities' own words where they name it; else said plainly, with the priorities.
            if (understanding is { Topic: null, UncoveredTopic: { } subject })
            {
                await turnContext.SendActivityAsync(
                    topicPriorities.BuildSubject(subject) is { } found
                        ? ReplyFactory.Card(found)
                        : ReplyFactory.Text($"The recommended priorities and their programmes do not name {Echoable(subject)}. {cards.Overview()} Ask \"is road safety a priority?\" of a topic of figures."),
                    cancellationToken).ConfigureAwait(false);
                return;
            }

            // "is road safety or shoplifting a priority?": each topic asked is answered, in the order asked.
            if (understanding.Candidates.Count > 1)
            {
                var answers = understanding.Candidates.Select(id => topicPriorities.Build(id, pastYear) ?? topicPriorities.BuildProgramme(id)).OfType<Cards.Replies.CardReply>().ToList();
                if (answers.Count > 0)
                {
                    foreach (var each in answers)
                    {
                        await turnContext.SendActivityAsync(ReplyFactory.Card(each), cancellationToken).ConfigureAwait(false);
                    }

                    return;
                }
            }

            var answer = understanding.Topic is { } topic ? topicPriorities.Build(topic, pastYear, understanding.PriorityNumber) ?? topicPriorities.BuildProgramme(topic, understanding.PriorityNumber, pastYear) : null;
            await turnContext.SendActivityAsync(
                answer is null ? ReplyFactory.Text(cards.Overview() + " Name a topic to ask whether it is among them, as in \"is road safety a priority?\".") : ReplyFactory.Card(answer),
                cancellationToken).ConfigureAwait(false);
            return;
        }

        var reply = understanding.Topic is { } code ? await priorityCards.GetAsync(code, cancellationToken).ConfigureAwait(false) : null;
        if (reply is null)
        {
            // The overview lists the recommended priorities: "the first one" is priority 1.
            AnswerMemory.RecordItems(turnContext, store.Priorities().OrderBy(p => p.Number).Select(p => p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        if (reply is not null && understanding.Topic is { } number && int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var priority)
            && store.Priorities().FirstOrDefault(p => p.Number == priority) is { ProgrammeCodes.Count: > 0 } listed)
        {
            // A priority's card lists its programmes: "the first one" is its first programme.
            AnswerMemory.RecordItems(turnContext, listed.ProgrammeCodes);
        }

        await turnContext.SendActivityAsync(
            reply is null
                ? ReplyFactory.Text(cards.Overview() + " Try \"priority 2\" or \"walk me through the priorities\".")
                : ReplyFactory.Card(reply),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The subject asked about, as words to say back ("street drinking"), or "what you asked about" when it is not plain English
    /// words (code, numbers, another script): a reply never repeats text it could not read.
    /// </summary>
    private static string Echoable(string subject) =>
        subject.Length is > 0 and <= 40 && subject.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or ' ' or '-' or '\'')
            ? subject
            : "what you asked about";
}
