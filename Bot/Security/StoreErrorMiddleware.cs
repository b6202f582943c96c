using LiteDB;
using Microsoft.Bot.Builder;
using SafetyBot.Dialogs.Telemetry;

namespace SafetyBot.Bot.Security;

/// <summary>
/// Counts a turn that failed because the embedded store failed (<c>safetybot.store.errors</c>,
/// operation <c>turn</c>), then lets the exception go on to the adapter's error boundary.
/// </summary>
internal sealed class StoreErrorMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsStoreFailure(exception))
        {
            SafetyBotTelemetry.RecordStoreError("turn");
            throw;
        }
    }

    /// <summary>True for LiteDB's own errors, I/O errors and a closed store, however deeply wrapped.</summary>
    internal static bool IsStoreFailure(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is LiteException or IOException
                || (current is ObjectDisposedException disposed && disposed.ObjectName.Contains("SafetyDatabase", StringComparison.Ordinal)))
            {
                return true;
            }

            if (current is AggregateException aggregate && aggregate.InnerExceptions.Any(IsStoreFailure))
            {
                return true;
            }
        }

        return false;
    }
}
