using System.Text.Json;

namespace SafetyBot.Bot.Security;

/// <summary>
/// Checks an <c>/api/messages</c> body (already capped in size) before the Bot Framework adapter
/// parses it, in one pass of a non-recursive reader:
/// <list type="bullet">
/// <item>it is strict JSON nested no deeper than <see cref="SecurityOptions.MaxJsonDepth"/>. The
/// adapter parses with Newtonsoft.Json with no depth limit, and nested values are later walked
/// recursively (state, cloning), so a small body could exhaust the stack;</item>
/// <item>it is an object whose <c>serviceUrl</c> is an absolute http(s) address. The adapter builds
/// its connector client from it before the turn starts, and a missing or malformed one escapes it
/// as a 500;</item>
/// <item>it names a <c>channelId</c> and a <c>conversation.id</c>. Bot state is kept under both, so
/// without them every turn fails.</item>
/// </list>
/// </summary>
internal static class ActivityRequestGuard
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> ServiceUrlProperty => "serviceUrl"u8;

    private static ReadOnlySpan<byte> ChannelIdProperty => "channelId"u8;

    private static ReadOnlySpan<byte> ConversationProperty => "conversation"u8;

    private static ReadOnlySpan<byte> IdProperty => "id"u8;

    /// <summary>
    /// Buffers the request body and replaces <see cref="HttpRequest.Body"/> with the buffer.
    /// Returns why the body is refused, or null when it may go on to the adapter.
    /// </summary>
    public static async Task<string?> BufferAndCheckAsync(HttpRequest request, int maxDepth, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var capacity = (int)Math.Clamp(request.ContentLength ?? 4096, 0, maxBytes);
        var buffer = new MemoryStream(capacity);
        request.HttpContext.Response.RegisterForDispose(buffer);
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        request.Body = buffer;
        return Check(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), maxDepth);
    }

    /// <summary>Why <paramref name="json"/> is refused, or null when it is acceptable.</summary>
    public static string? Check(ReadOnlySpan<byte> json, int maxDepth)
    {
        if (json.StartsWith(Utf8Bom))
        {
            json = json[Utf8Bom.Length..];
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions
        {
            MaxDepth = maxDepth,
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        string? serviceUrl = null;
        string? channelId = null;
        string? conversationId = null;
        var inConversation = false;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return "the body is not a JSON object";
            }

            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    if (reader.ValueTextEquals(ServiceUrlProperty))
                    {
                        serviceUrl = ReadString(ref reader);
                    }
                    else if (reader.ValueTextEquals(ChannelIdProperty))
                    {
                        channelId = ReadString(ref reader);
                    }
                    else if (reader.ValueTextEquals(ConversationProperty))
                    {
                        reader.Read();
                        inConversation = reader.TokenType == JsonTokenType.StartObject;
                        conversationId = null;
                    }
                }
                else if (inConversation && reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 2 && reader.ValueTextEquals(IdProperty))
                {
                    conversationId = ReadString(ref reader);
                }
                else if (inConversation && reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 1)
                {
                    inConversation = false;
                }
            }
        }
        catch (JsonException exception)
        {
            return exception.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? $"the JSON is nested deeper than {maxDepth}"
                : "the body is not valid JSON";
        }

        if (!(Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            return "the activity has no valid serviceUrl";
        }

        return string.IsNullOrWhiteSpace(channelId) ? "the activity has no channelId"
            : string.IsNullOrWhiteSpace(conversationId) ? "the activity has no conversation id"
            : null;
    }

    /// <summary>Moves to the value of the property the reader is on: the string, or null for any other value.</summary>
    private static string? ReadString(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
    }
}
