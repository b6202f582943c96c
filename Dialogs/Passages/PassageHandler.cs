using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Fallback;
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
/// recorded for admins (<see cref="UnknownHandler"/>).
/// </summary>
public sealed class PassageHandler(PassageAnswers answers, UnknownHandler unknown, IKnowledgeStore store) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Passage];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        var text = understanding.Passage?.Text ?? understanding.Question ?? string.Empty;
        var aspect = understanding.Passage?.Aspect ?? PassageAspect.General;
        var answer = answers.Answer(text, understanding.Topic, aspect, DocumentAsked(understanding));
        var found = answer.Found && !(understanding.Passage is { WholeQuestion: true } && answer.Result.Best!.Coverage < 0.999);
        if (!found && (aspect == PassageAspect.General || understanding.Passage is { WholeQuestion: true }))
        {
            await unknown.HandleAsync(turnContext, understanding with { Intent = Intent.Unknown, Question = text }, cancellationToken).ConfigureAwait(false);
            return;
        }

        await turnContext.SendActivityAsync(ReplyFactory.Card(answer.Card), cancellationToken).ConfigureAwait(false);
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
