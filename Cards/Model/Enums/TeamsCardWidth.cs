using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>Width of a card in Microsoft Teams (the "msteams" property).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TeamsCardWidth>))]
public enum TeamsCardWidth
{
    /// <summary>Use the full width of the conversation.</summary>
    [JsonStringEnumMemberName("Full")]
    Full,
}
