using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Admin;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.UpdateHistory;

/// <summary>"export updates": a link to every outcome update as CSV.</summary>
public sealed class ExportUpdatesHandler(UpdateExports exports) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.ExportUpdates];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var (link, count) = await exports.CreateAsync(cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(ReplyFactory.Card(AdminCardBuilder.Export(link, count, exports.LinkLifetime)), cancellationToken).ConfigureAwait(false);
    }
}
