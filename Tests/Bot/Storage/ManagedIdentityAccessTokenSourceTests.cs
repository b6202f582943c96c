using Azure.Core;
using SafetyBot.Bot.Storage;

namespace SafetyBot.Tests.Bot.Storage;

/// <summary>The managed identity's tokens are asked for Azure Database for PostgreSQL's scope.</summary>
public sealed class ManagedIdentityAccessTokenSourceTests
{
    [Fact]
    public async Task TheManagedIdentitySource_AsksForAnAzureDatabaseForPostgreSqlToken()
    {
        var credential = new RecordingCredential();
        var source = new ManagedIdentityAccessTokenSource(credential);

        var token = await source.GetTokenAsync(CancellationToken.None);

        Assert.Equal("entra-token", token);
        Assert.Equal(["https://ossrdbms-aad.database.windows.net/.default"], credential.Scopes);
    }

    private sealed class RecordingCredential : TokenCredential
    {
        public string[] Scopes { get; private set; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes = requestContext.Scopes;
            return new AccessToken("entra-token", DateTimeOffset.MaxValue);
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
