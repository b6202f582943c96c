namespace SafetyBot.Knowledge.Storage.PostgreSql;

/// <summary>
/// Where the password comes from when PostgreSQL is signed in to with an access token
/// (<see cref="PostgreSqlAuthentication.ManagedIdentity"/>): the host supplies the Entra ID token source.
/// </summary>
public interface IPostgreSqlAccessTokenSource
{
    /// <summary>A current access token for Azure Database for PostgreSQL; it is sent as the password.</summary>
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);
}
