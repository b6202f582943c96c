using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using SafetyBot.Bot.Adapter;

namespace SafetyBot.Tests.Bot.Adapter;

/// <summary>Bot Connector and token clients are reused between turns; authentication never is.</summary>
public sealed class ReusedClientsAuthenticationTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/uk/";
    private static readonly ClaimsIdentity Bot = new([new Claim(AuthenticationConstants.AudienceClaim, "bot-app-id"), new Claim(AuthenticationConstants.AppIdClaim, "channel-app-id")]);

    private readonly CountingAuthentication _inner = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Connector_TwoTurnsToOneServiceUrl_BuildOneClientThatTurnsCannotDispose()
    {
        var authentication = new ReusedClientsAuthentication(_inner, _time);

        var first = await ConnectorAsync(authentication, ServiceUrl);
        first.Dispose();
        var second = await ConnectorAsync(authentication, ServiceUrl);

        Assert.Equal(1, _inner.ConnectorsBuilt);
        Assert.Equal(2, _inner.Authentications);
        Assert.Same(first, second);
        Assert.False(_inner.LastConnector!.Disposed);
        Assert.Equal(new Uri(ServiceUrl), second.BaseUri);
        Assert.Throws<NotSupportedException>(() => second.BaseUri = new Uri("https://elsewhere.example/"));
    }

    [Fact]
    public async Task Connector_AnotherServiceUrlOrAudience_GetsItsOwnClient()
    {
        var authentication = new ReusedClientsAuthentication(_inner, _time);

        await ConnectorAsync(authentication, ServiceUrl);
        await ConnectorAsync(authentication, "https://smba.trafficmanager.net/emea/");
        var factory = (await authentication.AuthenticateRequestAsync(new Activity(), "Bearer x", CancellationToken.None)).ConnectorFactory;
        await factory.CreateAsync(ServiceUrl, "https://api.botframework.com/.default", CancellationToken.None);

        Assert.Equal(3, _inner.ConnectorsBuilt);
    }

    [Fact]
    public async Task Connector_AfterItsLifetime_IsBuiltAgain()
    {
        var authentication = new ReusedClientsAuthentication(_inner, _time);

        await ConnectorAsync(authentication, ServiceUrl);
        _time.Advance(ReusedClientsAuthentication.Lifetime);
        await ConnectorAsync(authentication, ServiceUrl);

        Assert.Equal(2, _inner.ConnectorsBuilt);
    }

    [Fact]
    public async Task Connector_MoreServiceUrlsThanItKeeps_BuildsAClientPerTurnForTheRest()
    {
        var authentication = new ReusedClientsAuthentication(_inner, _time);
        for (var i = 0; i < ReusedClientsAuthentication.Capacity; i++)
        {
            await ConnectorAsync(authentication, $"https://service-{i}.example/");
        }

        var extra = await ConnectorAsync(authentication, "https://one-too-many.example/");
        extra.Dispose();
        await ConnectorAsync(authentication, "https://one-too-many.example/");

        Assert.Equal(ReusedClientsAuthentication.Capacity + 2, _inner.ConnectorsBuilt);
        Assert.True(_inner.LastConnector!.Disposed is false);
    }

    [Fact]
    public async Task Authentication_ThatFails_IsNeverSkipped()
    {
        var authentication = new ReusedClientsAuthentication(_inner, _time);
        await ConnectorAsync(authentication, ServiceUrl);
        _inner.Refuse = true;

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => authentication.AuthenticateRequestAsync(new Activity(), "Bearer bad", CancellationToken.None));
    }

    [Fact]
    public async Task UserTokenClient_ForOneBot_IsBuiltOnceAndNotDisposedByTurns()
    {
        var authentication = new ReusedClientsAuthentication(_inner, _time);

        var first = await authentication.CreateUserTokenClientAsync(Bot, CancellationToken.None);
        first.Dispose();
        var second = await authentication.CreateUserTokenClientAsync(Bot, CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal(1, _inner.TokenClientsBuilt);
        Assert.False(_inner.LastTokenClient!.Disposed);
    }

    private static async Task<IConnectorClient> ConnectorAsync(ReusedClientsAuthentication authentication, string serviceUrl)
    {
        var result = await authentication.AuthenticateRequestAsync(new Activity { ServiceUrl = serviceUrl }, "Bearer token", CancellationToken.None);
        return await result.ConnectorFactory.CreateAsync(serviceUrl, result.Audience, CancellationToken.None);
    }

    private sealed class CountingAuthentication : BotFrameworkAuthentication
    {
        public int Authentications { get; private set; }

        public int ConnectorsBuilt { get; private set; }

        public int TokenClientsBuilt { get; private set; }

        public bool Refuse { get; set; }

        public FakeConnector? LastConnector { get; private set; }

        public FakeTokenClient? LastTokenClient { get; private set; }

        public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
        {
            Authentications++;
            if (Refuse)
            {
                throw new UnauthorizedAccessException("Invalid token.");
            }

            return Task.FromResult(new AuthenticateRequestResult
            {
                ClaimsIdentity = Bot,
                Audience = "https://api.botframework.com",
                ConnectorFactory = CreateConnectorFactory(Bot),
            });
        }

        public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
            AuthenticateRequestAsync(new Activity(), authHeader, cancellationToken);

        public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => new Factory(this);

        public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken)
        {
            TokenClientsBuilt++;
            LastTokenClient = new FakeTokenClient();
            return Task.FromResult<UserTokenClient>(LastTokenClient);
        }

        private sealed class Factory(CountingAuthentication owner) : ConnectorFactory
        {
            public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
            {
                owner.ConnectorsBuilt++;
                owner.LastConnector = new FakeConnector(new Uri(serviceUrl));
                return Task.FromResult<IConnectorClient>(owner.LastConnector);
            }
        }
    }

    private sealed class FakeConnector(Uri baseUri) : IConnectorClient
    {
        public bool Disposed { get; private set; }

        public Uri BaseUri { get; set; } = baseUri;

        public Newtonsoft.Json.JsonSerializerSettings SerializationSettings { get; } = new();

        public Newtonsoft.Json.JsonSerializerSettings DeserializationSettings { get; } = new();

        public Microsoft.Rest.ServiceClientCredentials Credentials => throw new NotSupportedException();

        public IAttachments Attachments => throw new NotSupportedException();

        public IConversations Conversations => throw new NotSupportedException();

        public void Dispose() => Disposed = true;
    }

    private sealed class FakeTokenClient : UserTokenClient
    {
        public bool Disposed { get; private set; }

        public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) => throw new NotSupportedException();

        protected override void Dispose(bool disposing) => Disposed = true;
    }
}
