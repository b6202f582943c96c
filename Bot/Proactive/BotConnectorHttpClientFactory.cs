namespace SafetyBot.Bot.Proactive;

/// <summary>
/// The <see cref="IHttpClientFactory"/> given to the Bot Framework authentication, so that every
/// Bot Connector client the adapter creates (it asks for the default client) is the
/// <see cref="ClientName"/> client: retries on 429, 412, 502 and 504 with exponential backoff
/// and jitter, honouring <c>Retry-After</c>, under Teams' rate limits.
/// </summary>
public sealed class BotConnectorHttpClientFactory : IHttpClientFactory
{
    /// <summary>The name of the Bot Connector's HttpClient.</summary>
    public const string ClientName = "BotConnector";

    private readonly IHttpClientFactory _factory;

    /// <summary>Wraps the app's factory.</summary>
    public BotConnectorHttpClientFactory(IHttpClientFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factory = factory;
    }

    /// <summary>Creates the Bot Connector client, whatever name is asked for.</summary>
    public HttpClient CreateClient(string name) => _factory.CreateClient(ClientName);
}
