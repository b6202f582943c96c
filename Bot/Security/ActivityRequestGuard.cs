using System.Globalization;
using System.Text.Json;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

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
/// <item>every date-time in it can be read. The adapter's reader (Newtonsoft.Json) throws, and so
/// answers 500, for an offset beyond +-14 hours or a date out of range: in the activity's
/// <c>DateTimeOffset</c> fields (<c>timestamp</c>, <c>localTimestamp</c>, <c>expiration</c>, which
/// must be date-times), and in any string of the untyped parts (<c>value</c>, <c>channelData</c>,
/// entities...) that it reads as a date. Each is read here with the adapter's own serializer's
/// settings. (A string of a typed property, such as <c>text</c>, is never read as a date by the
/// adapter, but is checked all the same: only text that is exactly an unreadable date is refused.)</item>
/// <item>it names a <c>channelId</c> and a <c>conversation.id</c>. Bot state is kept under both, so
/// without them every turn fails.</item>
/// </list>
/// Property names are matched as the adapter's reader binds them: ignoring case, the last one winning.
/// </summary>
internal static class ActivityRequestGuard
{
    /// <summary>The activity's <c>DateTimeOffset</c> properties, as the schema names them.</summary>
    private static readonly string[] DateTimeOffsetFields = ["timestamp", "localTimestamp", "expiration"];

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

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
                    var name = reader.GetString();
                    reader.Read();
                    if (string.Equals(name, "serviceUrl", StringComparison.OrdinalIgnoreCase))
                    {
                        serviceUrl = StringOrNull(ref reader);
                    }
                    else if (string.Equals(name, "channelId", StringComparison.OrdinalIgnoreCase))
                    {
                        channelId = StringOrNull(ref reader);
                    }
                    else if (string.Equals(name, "conversation", StringComparison.OrdinalIgnoreCase))
                    {
                        inConversation = reader.TokenType == JsonTokenType.StartObject;
                        conversationId = null;
                        continue;
                    }
                    else if (DateTimeOffsetFields.FirstOrDefault(field => string.Equals(field, name, StringComparison.OrdinalIgnoreCase)) is { } field)
                    {
                        if (reader.TokenType != JsonTokenType.Null && (reader.TokenType != JsonTokenType.String || !IsReadableDateTimeOffset(reader.GetString()!)))
                        {
                            return $"the activity's {field} is not a date and time it can hold";
                        }

                        continue;
                    }
                }
                else if (inConversation && reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 2
                    && string.Equals(reader.GetString(), "id", StringComparison.OrdinalIgnoreCase))
                {
                    reader.Read();
                    conversationId = StringOrNull(ref reader);
                }
                else if (inConversation && reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 1)
                {
                    inConversation = false;
                }

                if (reader.TokenType == JsonTokenType.String && MayBeReadAsDate(reader.ValueSpan.Length) && !IsReadableIfDate(reader.GetString()!))
                {
                    return "the activity holds a date and time out of range";
                }
            }
        }
        catch (JsonException)
        {
            // The reader stops one level short of the cap when nesting is too deep; a body cut off part-way
            // ("expected depth to be zero at the end") is simply not valid JSON.
            return reader.CurrentDepth >= maxDepth - 1
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

    /// <summary>The string the reader is on, or null for any other value.</summary>
    private static string? StringOrNull(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString() : null;

    /// <summary>
    /// Whether a JSON string of <paramref name="rawLength"/> bytes may be one the reader takes for a
    /// date: ISO 8601 of 19 to 40 characters, or <c>/Date(ticks+hhmm)/</c> (escapes only lengthen it).
    /// </summary>
    private static bool MayBeReadAsDate(int rawLength) => rawLength is >= 9 and <= 40 * 6;

    /// <summary>True when the adapter's reader can read <paramref name="value"/> as the value of a <c>DateTimeOffset</c> property.</summary>
    private static bool IsReadableDateTimeOffset(string value) =>
        Reads(value, reader => reader.ReadAsDateTimeOffset());

    /// <summary>True unless the adapter's reader, meeting <paramref name="value"/> where any JSON may be, takes it for a date it cannot hold.</summary>
    private static bool IsReadableIfDate(string value) =>
        (value.Length == 0 || !(value[0] == '/' || char.IsDigit(value[0]))) || Reads(value, reader => reader.Read());

    private static bool Reads(string value, Action<Newtonsoft.Json.JsonReader> read)
    {
        using var text = new StringReader(Newtonsoft.Json.JsonConvert.ToString(value));
        using var reader = new Newtonsoft.Json.JsonTextReader(text)
        {
            DateParseHandling = HttpHelper.BotMessageSerializer.DateParseHandling,
            DateTimeZoneHandling = HttpHelper.BotMessageSerializer.DateTimeZoneHandling,
            DateFormatString = HttpHelper.BotMessageSerializer.DateFormatString,
            Culture = HttpHelper.BotMessageSerializer.Culture ?? CultureInfo.InvariantCulture,
        };
        try
        {
            read(reader);
            return true;
        }
        catch (Exception exception) when (exception is Newtonsoft.Json.JsonException or ArgumentException or FormatException or OverflowException)
        {
            return false;
        }
    }
}
