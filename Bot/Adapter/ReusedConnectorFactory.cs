using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace SafetyBot.Bot.Adapter;

/// <summary>A request's connector factory whose clients come from <see cref="ReusedClientsAuthentication"/>.</summary>
internal sealed class ReusedConnectorFactory(ReusedClientsAuthentication clients, ConnectorFactory inner, string identity) : ConnectorFactory
{
    /// <inheritdoc />
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        clients.ConnectorAsync(inner, identity, serviceUrl ?? string.Empty, audience ?? string.Empty, cancellationToken);
}
