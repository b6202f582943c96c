using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SafetyBot.Bot.Adapter;

/// <summary>A user-token client shared by many turns: each turn disposes its handle, never the client.</summary>
internal sealed class SharedUserTokenClient(UserTokenClient shared) : UserTokenClient
{
    /// <inheritdoc />
    public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        shared.GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken);

    /// <inheritdoc />
    public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        shared.GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken);

    /// <inheritdoc />
    public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        shared.SignOutUserAsync(userId, connectionName, channelId, cancellationToken);

    /// <inheritdoc />
    public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        shared.GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken);

    /// <inheritdoc />
    public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
        shared.GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken);

    /// <inheritdoc />
    public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
        shared.ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken);

    /// <summary>Ends a turn's use; the shared client stays open.</summary>
    protected override void Dispose(bool disposing)
    {
    }
}
