using Microsoft.Bot.Builder;
using SafetyBot.Dialogs.Engine;

namespace SafetyBot.Dialogs.Leads;

/// <summary>
/// Asks for a member: buttons for the conversation's members (from Teams), or a typed
/// "Name, object-id". Clicking and typing reach the same answer.
/// </summary>
public sealed class MemberPrompt(string dialogId) : Prompt<TeamMember>(dialogId)
{
    /// <inheritdoc />
    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var question = Question(options, isRetry);
        var members = await ConversationMembers.ListAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (members.Count > 0)
        {
            ChoiceButtons.Add(question, [.. members.Take(20).Select(m => new Choice(m.AadObjectId, m.Name))], ListStyle.AdaptiveCard, PromptId(state));
        }

        await turnContext.SendActivityAsync(question, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task<PromptRecognizerResult<TeamMember>> OnRecognizeAsync(ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var members = await ConversationMembers.ListAsync(turnContext, cancellationToken).ConfigureAwait(false);
        return ConversationMembers.Read(input.Text, members) is { } member
            ? PromptRecognizerResult<TeamMember>.Of(member)
            : PromptRecognizerResult<TeamMember>.Failed;
    }
}
