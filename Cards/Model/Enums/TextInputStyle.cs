using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>Keyboard and validation style of an Input.Text.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextInputStyle>))]
public enum TextInputStyle
{
    /// <summary>Plain text.</summary>
    [JsonStringEnumMemberName("Text")]
    Text,

    /// <summary>A telephone number.</summary>
    [JsonStringEnumMemberName("Tel")]
    Tel,

    /// <summary>A URL.</summary>
    [JsonStringEnumMemberName("Url")]
    Url,

    /// <summary>An e-mail address.</summary>
    [JsonStringEnumMemberName("Email")]
    Email,

    /// <summary>A masked password (1.5).</summary>
    [JsonStringEnumMemberName("Password")]
    Password,
}
