using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace SafetyBot.Bot.Adapter;

/// <summary>A Bot Connector client shared by many turns: each turn disposes its handle, never the client.</summary>
internal sealed class SharedConnectorClient(IConnectorClient shared) : IConnectorClient
{
    /// <inheritdoc />
    public Uri BaseUri
    {
        get => shared.BaseUri;
        set => throw new NotSupportedException("This connector client is shared between turns; its address cannot be changed.");
    }

    /// <inheritdoc />
    public JsonSerializerSettings SerializationSettings => shared.SerializationSettings;

    /// <inheritdoc />
    public JsonSerializerSettings DeserializationSettings => shared.DeserializationSettings;

    /// <inheritdoc />
    public ServiceClientCredentials Credentials => shared.Credentials;

    /// <inheritdoc />
    public IAttachments Attachments => shared.Attachments;

    /// <inheritdoc />
    public IConversations Conversations => shared.Conversations;

    /// <summary>Ends a turn's use; the shared client stays open.</summary>
    public void Dispose()
    {
    }
}
