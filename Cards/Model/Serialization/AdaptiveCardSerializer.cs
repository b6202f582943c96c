using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace SafetyBot.Cards.Model;

/// <summary>
/// Turns an <see cref="AdaptiveCard"/> into JSON: camelCase property names, null properties
/// omitted, enums as the schema's strings, <c>type</c> discriminators on elements and actions.
/// </summary>
public static class AdaptiveCardSerializer
{
    /// <summary>The attachment content type of an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    private static readonly JsonTypeInfo<AdaptiveCard> Compact = CreateTypeInfo(indented: false);
    private static readonly JsonTypeInfo<AdaptiveCard> Indented = CreateTypeInfo(indented: true);

    /// <summary>Serialises a card to compact JSON.</summary>
    /// <param name="card">The card.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(AdaptiveCard card) => Serialize(card, indented: false);

    /// <summary>Serialises a card to JSON.</summary>
    /// <param name="card">The card.</param>
    /// <param name="indented">Whether to indent the JSON (for logs and snapshots).</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(AdaptiveCard card, bool indented)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.Serialize(card, indented ? Indented : Compact);
    }

    /// <summary>Serialises a card to compact UTF-8 JSON bytes.</summary>
    /// <param name="card">The card.</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] SerializeToUtf8Bytes(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToUtf8Bytes(card, Compact);
    }

    /// <summary>Serialises a card to a detached <see cref="JsonElement"/>.</summary>
    /// <param name="card">The card.</param>
    /// <returns>The JSON object.</returns>
    public static JsonElement ToJsonElement(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToElement(card, Compact);
    }

    /// <summary>Serialises a card to a mutable <see cref="JsonObject"/>.</summary>
    /// <param name="card">The card.</param>
    /// <returns>The JSON object.</returns>
    public static JsonObject ToJsonNode(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return (JsonObject)JsonSerializer.SerializeToNode(card, Compact)!;
    }

    private static JsonTypeInfo<AdaptiveCard> CreateTypeInfo(bool indented)
    {
        // Relaxed escaping keeps "▲", "£" and "<" as themselves: smaller payloads, still valid
        // JSON. The JSON is sent as an HTTP body, never embedded in HTML.
        var options = new JsonSerializerOptions(CardJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
        };
        options.MakeReadOnly();
        return (JsonTypeInfo<AdaptiveCard>)options.GetTypeInfo(typeof(AdaptiveCard));
    }
}
