using Azure.Core;
using Azure.Identity;
using SafetyBot.Knowledge.Storage.PostgreSql;

namespace SafetyBot.Bot.Storage;

/// <summary>
/// Access tokens for Azure Database for PostgreSQL from the app's managed identity
/// (<c>Storage:PostgreSqlAuthentication</c> = <c>ManagedIdentity</c>): the user-assigned identity whose client id is
/// <c>AZURE_CLIENT_ID</c> when that is set, the system-assigned one otherwise.
/// </summary>
internal sealed class ManagedIdentityAccessTokenSource : IPostgreSqlAccessTokenSource
{
    /// <summary>The scope of a token for Azure Database for PostgreSQL.</summary>
    public const string Scope = "https://ossrdbms-aad.database.windows.net/.default";

    private static readonly TokenRequestContext Request = new([Scope]);
    private readonly TokenCredential _credential;

    /// <summary>Uses the user-assigned identity <paramref name="clientId"/>, or the system-assigned one when it is empty.</summary>
    public ManagedIdentityAccessTokenSource(string? clientId)
        : this(new ManagedIdentityCredential(string.IsNullOrWhiteSpace(clientId)
            ? ManagedIdentityId.SystemAssigned
            : ManagedIdentityId.FromUserAssignedClientId(clientId)))
    {
    }

    /// <summary>Uses <paramref name="credential"/> (tests give a fake one).</summary>
    public ManagedIdentityAccessTokenSource(TokenCredential credential) => _credential = credential;

    /// <inheritdoc />
    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        var token = await _credential.GetTokenAsync(Request, cancellationToken).ConfigureAwait(false);
        return token.Token;
    }
}
