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
/// as a 500.</item>
/// </list>
/// </summary>
internal static class ActivityRequestGuard
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> ServiceUrlProperty => "serviceUrl"u8;

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
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return "the body is not a JSON object";
            }

            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(ServiceUrlProperty))
                {
                    reader.Read();
                    serviceUrl = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
            }
        }
        catch (JsonException exception)
        {
            return exception.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? $"the JSON is nested deeper than {maxDepth}"
                : "the body is not valid JSON";
        }

        return Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? null
            : "the activity has no valid serviceUrl";
    }
}
