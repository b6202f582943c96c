using System.Net.Http;
using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SafetyBot.Bot.Security;

/// <summary>
/// The Bot Framework authentication of incoming requests, guarded on both sides:
/// <list type="bullet">
/// <item>a token that can be refused without the channel's signing keys (see
/// <see cref="KeyFreeTokenCheck"/>) is refused (401) before the SDK fetches anything;</item>
/// <item>when the signing keys (the OpenID metadata) cannot be fetched, the SDK's error becomes
/// <see cref="SigningKeysUnavailableException"/> (503 with Retry-After) rather than a 500: a
/// request whose signature cannot be checked is never processed. The outage is logged once when
/// it begins and once when a token is next checked with the keys.</item>
/// </list>
/// Everything else is the inner authentication's.
/// </summary>
internal sealed partial class GuardedAuthentication(BotFrameworkAuthentication inner, TimeProvider time, ILogger<GuardedAuthentication> logger) : BotFrameworkAuthentication
{
    private readonly Lock _outageLock = new();
    private DateTimeOffset? _outageSince;
    private int _refusedInOutage;

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        if (KeyFreeTokenCheck.Refusal(authHeader, time.GetUtcNow()) is { } refusal)
        {
            RequestRefusal.LogUnauthorized(logger, refusal);
            throw new UnauthorizedAccessException($"The token is not valid ({refusal}).");
        }

        AuthenticateRequestResult result;
        try
        {
            result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsKeyFetchFailure(exception) && !cancellationToken.IsCancellationRequested)
        {
            OutageContinues(exception);
            throw new SigningKeysUnavailableException("The Bot Framework signing keys could not be fetched to check the request's token.", exception);
        }

        if (!string.IsNullOrWhiteSpace(authHeader))
        {
            OutageEnded();
        }

        return result;
    }

    /// <inheritdoc />
    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);

    /// <inheritdoc />
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => inner.CreateConnectorFactory(claimsIdentity);

    /// <inheritdoc />
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    /// <inheritdoc />
    public override Microsoft.Bot.Builder.Skills.BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    /// <inheritdoc />
    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    /// <inheritdoc />
    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    /// <summary>
    /// True when <paramref name="exception"/> (or what it wraps) says the signing keys could not be
    /// fetched: IdentityModel's "unable to obtain configuration" (IDX20803), or the HTTP failure under it.
    /// </summary>
    internal static bool IsKeyFetchFailure(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException or IOException or TimeoutException
                || (current is InvalidOperationException && current.Source == "Microsoft.IdentityModel.Protocols"))
            {
                return true;
            }
        }

        return false;
    }

    private void OutageContinues(Exception exception)
    {
        bool began;
        lock (_outageLock)
        {
            began = _outageSince is null;
            _outageSince ??= time.GetUtcNow();
            _refusedInOutage++;
        }

        if (began)
        {
            LogKeysUnavailable(logger, exception);
        }
    }

    private void OutageEnded()
    {
        DateTimeOffset since;
        int refused;
        lock (_outageLock)
        {
            if (_outageSince is not { } began)
            {
                return;
            }

            (since, refused, _outageSince, _refusedInOutage) = (began, _refusedInOutage, null, 0);
        }

        LogKeysAvailable(logger, time.GetUtcNow() - since, refused);
    }

    [LoggerMessage(EventId = 1203, Level = LogLevel.Error, Message = "The Bot Framework signing keys cannot be fetched, so no request's token can be checked: answering 503 until they can")]
    private static partial void LogKeysUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Warning, Message = "The Bot Framework signing keys can be fetched again after {Duration}; {Refused} requests were answered 503 meanwhile")]
    private static partial void LogKeysAvailable(ILogger logger, TimeSpan duration, int refused);
}
