using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace SafetyBot.Bot.Proactive;

/// <summary>
/// Posts an activity to a stored conversation with the adapter's
/// <c>ContinueConversationAsync</c>. Failures come back as a <see cref="ProactiveSendResult"/>
/// rather than through the adapter's turn-error handler, which would apologise and clear the
/// conversation's state.
/// </summary>
public sealed class ProactiveSender
{
    private readonly BotAdapter _adapter;
    private readonly string _botAppId;
    private readonly ILogger<ProactiveSender> _logger;

    /// <summary>Creates the sender.</summary>
    /// <param name="adapter">The app's adapter (a <c>CloudAdapter</c>).</param>
    /// <param name="botAppId">The bot's Microsoft App ID (<c>MicrosoftAppId</c>); empty when unauthenticated.</param>
    /// <param name="logger">Where failures are logged.</param>
    public ProactiveSender(BotAdapter adapter, string botAppId, ILogger<ProactiveSender> logger)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(botAppId);
        ArgumentNullException.ThrowIfNull(logger);
        _adapter = adapter;
        _botAppId = botAppId;
        _logger = logger;
    }

    /// <summary>
    /// Posts a copy of <paramref name="activity"/> to the conversation of <paramref name="referenceJson"/>.
    /// Throttling and brief outages are retried by the HTTP pipeline before this returns.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ProactiveSendResult> SendAsync(string referenceJson, IActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ConversationReference reference;
        try
        {
            reference = ConversationReferences.Deserialize(referenceJson);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            return new ProactiveSendResult(ProactiveSendOutcome.Failed, Error: $"The stored conversation reference cannot be read: {exception.Message}");
        }

        ResourceResponse? response = null;
        Exception? failure = null;
        try
        {
            await _adapter.ContinueConversationAsync(_botAppId, reference, async (turnContext, token) =>
            {
                try
                {
                    // A post, not a reply: the continuation turn's made-up activity id would make it
                    // a reply (a POST to .../activities/{id}); in a channel, Teams starts a new thread.
                    turnContext.OnSendActivities((_, activities, next) =>
                    {
                        activities.ForEach(a => a.ReplyToId = null);
                        return next();
                    });
                    response = await turnContext.SendActivityAsync(CopyOf(activity), token).ConfigureAwait(false);
                }
#pragma warning disable CA1031 // Kept from the adapter's turn-error handler; classified below.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    failure = exception;
                }
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            failure = exception;
        }

        if (failure is null)
        {
            return new ProactiveSendResult(ProactiveSendOutcome.Sent, ActivityId: response?.Id);
        }

        if (failure is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The proactive post was cancelled.", failure, cancellationToken);
        }

        var status = (failure as ErrorResponseException)?.Response?.StatusCode;
        ProactiveLog.SendFailed(_logger, failure, reference.Conversation.Id, (int?)status);
        return status == HttpStatusCode.Forbidden
            ? new ProactiveSendResult(ProactiveSendOutcome.Forbidden, Error: "Teams refused the post (403): the bot was removed from the conversation or blocked.")
            : new ProactiveSendResult(ProactiveSendOutcome.Failed, Error: Describe(failure, status));
    }

    private static Activity CopyOf(IActivity activity) =>
        JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity))
        ?? throw new InvalidOperationException("The activity could not be copied.");

    private static string Describe(Exception failure, HttpStatusCode? status) => status is { } code
        ? $"The Bot Connector answered {(int)code} {code}."
        : $"{failure.GetType().Name}: {failure.Message}";
}
