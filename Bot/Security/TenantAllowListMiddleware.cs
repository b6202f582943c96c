using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace SafetyBot.Bot.Security;

/// <summary>
/// The first Bot Framework middleware of the adapter: with <see cref="SecurityOptions.AllowedTenants"/>
/// set, an activity from another tenant (or from none) is refused before anything else runs. No
/// state, de-duplication claim, conversation reference, unanswered question or outcome is stored.
/// A message gets a short polite reply; an invoke gets 403.
/// </summary>
internal sealed partial class TenantAllowListMiddleware(IOptionsMonitor<SecurityOptions> options, ILogger<TenantAllowListMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    /// <summary>What a member of a refused tenant is told.</summary>
    public const string RefusalText = "SafetyBot isn't available to your organisation.";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var allowed = options.CurrentValue.AllowedTenants;
        if (allowed.Count == 0 || IsAllowed(turnContext.Activity, allowed))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var activity = turnContext.Activity;
        LogRefused(logger, activity?.Type, TenantsOf(activity).FirstOrDefault() ?? "(none)");
        if (activity?.Type == ActivityTypes.Message)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(RefusalText), cancellationToken).ConfigureAwait(false);
        }
        else if (activity?.Type == ActivityTypes.Invoke)
        {
            await turnContext.SendActivityAsync(
                new Activity { Type = ActivityTypesEx.InvokeResponse, Value = new InvokeResponse { Status = StatusCodes.Status403Forbidden } },
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>True when the activity names at least one tenant and every tenant it names is allowed.</summary>
    internal static bool IsAllowed(Activity? activity, IEnumerable<string> allowed)
    {
        var tenants = TenantsOf(activity);
        return tenants.Count > 0
            && tenants.All(tenant => allowed.Any(id => string.Equals(id.Trim(), tenant, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The tenant ids an activity names: <c>channelData.tenant.id</c> and <c>conversation.tenantId</c>.</summary>
    internal static IReadOnlyList<string> TenantsOf(Activity? activity)
    {
        var tenants = new List<string>(2);
        if (activity?.ChannelData is JObject channelData
            && channelData["tenant"] is JObject tenant
            && tenant["id"] is JValue { Type: JTokenType.String } id
            && !string.IsNullOrWhiteSpace((string?)id))
        {
            tenants.Add(((string)id!).Trim());
        }

        if (!string.IsNullOrWhiteSpace(activity?.Conversation?.TenantId))
        {
            tenants.Add(activity.Conversation.TenantId.Trim());
        }

        return tenants;
    }

    [LoggerMessage(EventId = 1200, Level = LogLevel.Warning, Message = "Refused a {ActivityType} activity from tenant {TenantId}: not in Security:AllowedTenants")]
    private static partial void LogRefused(ILogger logger, string? activityType, string tenantId);
}
