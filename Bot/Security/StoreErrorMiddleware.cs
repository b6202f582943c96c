using Microsoft.Bot.Builder;
using SafetyBot.Bot.Hosting;
using SafetyBot.Dialogs.Telemetry;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Bot.Security;

/// <summary>
/// Counts a turn that failed because the embedded store failed (<c>safetybot.store.errors</c>,
/// operation <c>turn</c>) and reports a store fault (see <see cref="StoreFaultReporter"/>), then lets the
/// exception go on to the adapter's error boundary.
/// </summary>
internal sealed class StoreErrorMiddleware(StoreFaultReporter faults) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (StoreFaults.IsStoreError(exception))
        {
            SafetyBotTelemetry.RecordStoreError("turn");
            faults.Report(exception);
            throw;
        }
    }
}
