using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Choices;
using SafetyBot.Dialogs.Language;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge;

namespace SafetyBot.Dialogs.Questions;

/// <summary>
/// Asks which topic was meant when a question fitted several equally, rather than guessing. When it fitted two and asked for
/// a figure each of them has (<see cref="TopicTies"/> settles the rest), each topic's card follows the question, so the
/// member has both figures at once ("domestic abuse figures since 2012": the incidents and the offences), never one guessed.
/// </summary>
public sealed class ClarifyHandler(IKnowledgeStore store, IndicatorAnswers answers) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Clarify];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        var candidates = understanding.Candidates
            .Select(store.FindIndicator)
            .OfType<Indicator>()
            .ToList();
        var asked = understanding.Asked is { } intent && FollowUpResolver.IndicatorIntents.Contains(intent) ? intent : Intent.Change;
        // "the incidents one", "the second one": a typed reply picks from what the card offered, in its order.
        AnswerMemory.RecordItems(turnContext, candidates.Select(c => c.Id));
        var both = candidates.Count == 2 && understanding.Asked is { } figure && FollowUpResolver.IndicatorIntents.Contains(figure);
        await turnContext.SendActivityAsync(
            ReplyFactory.Card(DidYouMeanCardBuilder.Build(candidates, asked, PeriodFields.Write(understanding.Period), figuresFollow: both)),
            cancellationToken).ConfigureAwait(false);
        if (!both)
        {
            return;
        }

        foreach (var candidate in candidates)
        {
            var question = IndicatorQuestionHandler.QuestionOf(understanding with { Intent = asked, Asked = null, Candidates = [] }, candidate.Id);
            await turnContext.SendActivityAsync(ReplyFactory.Card(answers.Answer(question)), cancellationToken).ConfigureAwait(false);
        }
    }
}
