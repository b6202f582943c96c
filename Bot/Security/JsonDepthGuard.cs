using System.Text.Json;

namespace SafetyBot.Bot.Security;

/// <summary>
/// Reads an <c>/api/messages</c> body (already capped in size) into memory and checks, with a
/// non-recursive reader, that it is strict JSON no deeper than <see cref="SecurityOptions.MaxJsonDepth"/>.
/// The Bot Framework adapter parses bodies with Newtonsoft.Json with no depth limit, and deeply
/// nested values are later walked recursively (state, cloning): without this a small body could
/// exhaust the stack.
/// </summary>
internal static class JsonDepthGuard
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Buffers the request body and replaces <see cref="HttpRequest.Body"/> with the buffer.
    /// False when the body is not JSON or nests deeper than <paramref name="maxDepth"/>.
    /// </summary>
    public static async Task<bool> BufferAndCheckAsync(HttpRequest request, int maxDepth, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var capacity = (int)Math.Clamp(request.ContentLength ?? 4096, 0, maxBytes);
        var buffer = new MemoryStream(capacity);
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        request.Body = buffer;
        request.HttpContext.Response.RegisterForDispose(buffer);
        return IsWithinDepth(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), maxDepth);
    }

    /// <summary>True when <paramref name="json"/> is one strict JSON value nested no deeper than <paramref name="maxDepth"/>.</summary>
    public static bool IsWithinDepth(ReadOnlySpan<byte> json, int maxDepth)
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
        try
        {
            while (reader.Read())
            {
                // Reading is the check: Utf8JsonReader throws past MaxDepth or on malformed JSON.
            }

            return reader.BytesConsumed > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
