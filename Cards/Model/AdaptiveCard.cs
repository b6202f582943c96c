using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>
/// An Adaptive Card, always of schema version 1.5. Serialise it with
/// <see cref="AdaptiveCardSerializer"/>.
/// </summary>
public sealed record AdaptiveCard
{
    /// <summary>The schema version every SafetyBot card declares.</summary>
    public const string SchemaVersion = "1.5";

    /// <summary>The JSON schema URL written in <c>$schema</c>.</summary>
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>Creates an empty card.</summary>
    public AdaptiveCard()
    {
    }

    /// <summary>Creates a card with the given body.</summary>
    /// <param name="body">The elements of the card, top to bottom.</param>
    public AdaptiveCard(IReadOnlyList<CardElement> body)
    {
        Body = body;
    }

    /// <summary>Always <c>"AdaptiveCard"</c>.</summary>
    [JsonPropertyOrder(-3)]
    public string Type => "AdaptiveCard";

    /// <summary>Always <see cref="SchemaUrl"/>.</summary>
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string Schema => SchemaUrl;

    /// <summary>Always <see cref="SchemaVersion"/> ("1.5").</summary>
    [JsonPropertyOrder(-1)]
    public string Version => SchemaVersion;

    /// <summary>The elements of the card, top to bottom.</summary>
    public IReadOnlyList<CardElement> Body { get; init; } = [];

    /// <summary>Buttons shown at the bottom of the card; omitted when empty.</summary>
    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Text shown by clients that cannot render the card.</summary>
    public string? FallbackText { get; init; }

    /// <summary>What a speech client says for the card (plain text or SSML).</summary>
    public string? Speak { get; init; }

    /// <summary>Teams-specific options, e.g. <see cref="TeamsCardProperties.FullWidth"/>.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; init; }
}
