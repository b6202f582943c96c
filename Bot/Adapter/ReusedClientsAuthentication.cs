using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SafetyBot.Bot.Adapter;

/// <summary>
/// The Bot Framework authentication, with the Bot Connector and user-token clients reused between
/// turns. <see cref="Microsoft.Bot.Builder.Integration.AspNet.Core.CloudAdapter"/> asks for both on every turn, and building them (credentials,
/// HTTP pipeline, user-agent parsing with regular expressions) costs more than answering most
/// questions; the earlier <c>BotFrameworkAdapter</c> kept them per service URL and app id in the
/// same way. Authentication itself is never cached: every request's token is validated by the
/// inner authentication. A client is reused for at most <see cref="Lifetime"/>, and at most
/// <see cref="Capacity"/> are kept (beyond that each turn gets its own, as before).
/// </summary>
internal sealed class ReusedClientsAuthentication(BotFrameworkAuthentication inner, TimeProvider time) : BotFrameworkAuthentication
{
    /// <summary>How long a client is reused before a new one is built.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>The most clients kept at once (service URLs × audiences × bot identities).</summary>
    public const int Capacity = 64;

    private readonly ConcurrentDictionary<string, Reused<IConnectorClient>> _connectors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Reused<UserTokenClient>> _tokenClients = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        result.ConnectorFactory = Reusing(result.ConnectorFactory, result.ClaimsIdentity);
        return result;
    }

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false);
        result.ConnectorFactory = Reusing(result.ConnectorFactory, result.ClaimsIdentity);
        return result;
    }

    /// <inheritdoc />
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        Reusing(inner.CreateConnectorFactory(claimsIdentity), claimsIdentity);

    /// <inheritdoc />
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        ReuseAsync(
            _tokenClients,
            Identity(claimsIdentity),
            () => inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken),
            shared => new SharedUserTokenClient(shared));

    /// <inheritdoc />
    public override Microsoft.Bot.Builder.Skills.BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    /// <inheritdoc />
    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    /// <inheritdoc />
    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    /// <summary>A connector client for <paramref name="identity"/>, <paramref name="serviceUrl"/> and <paramref name="audience"/>, reused when fresh.</summary>
    internal Task<IConnectorClient> ConnectorAsync(
        ConnectorFactory factory, string identity, string serviceUrl, string audience, CancellationToken cancellationToken) =>
        ReuseAsync(
            _connectors,
            string.Join('\n', identity, serviceUrl, audience),
            () => factory.CreateAsync(serviceUrl, audience, cancellationToken),
            shared => new SharedConnectorClient(shared));

    private ReusedConnectorFactory Reusing(ConnectorFactory factory, ClaimsIdentity claimsIdentity) =>
        new(this, factory, Identity(claimsIdentity));

    /// <summary>
    /// The client kept under <paramref name="key"/> while fresh; else a new one from <paramref name="build"/>, kept (as a
    /// handle its turn may dispose) when there is room, or handed over as it is when there is not.
    /// </summary>
    private async Task<T> ReuseAsync<T>(ConcurrentDictionary<string, Reused<T>> clients, string key, Func<Task<T>> build, Func<T, T> share)
    {
        var now = time.GetUtcNow();
        if (clients.TryGetValue(key, out var reused) && reused.IsFresh(now))
        {
            return reused.Client;
        }

        var client = await build().ConfigureAwait(false);
        if (clients.Count >= Capacity && !clients.ContainsKey(key))
        {
            return client;
        }

        var kept = new Reused<T>(share(client), now + Lifetime);
        clients[key] = kept;
        return kept.Client;
    }

    /// <summary>Who the bot is in this request: the audience (the bot's app id) and the caller's app id.</summary>
    private static string Identity(ClaimsIdentity? claimsIdentity)
    {
        var claims = claimsIdentity?.Claims ?? [];
        string Claim(params string[] types) => claims.FirstOrDefault(c => types.Contains(c.Type))?.Value ?? string.Empty;
        return string.Join('\n', Claim(AuthenticationConstants.AudienceClaim), Claim(AuthenticationConstants.AppIdClaim, AuthenticationConstants.AuthorizedParty));
    }

    private sealed record Reused<T>(T Client, DateTimeOffset Until)
    {
        public bool IsFresh(DateTimeOffset now) => now < Until;
    }
}
