using System.Text.Json.Nodes;
using SafetyBot.Cards.Model;

namespace SafetyBot.Tests.Cards.Model;

/// <summary>Serialises model objects through the real serializer and compares JSON shapes.</summary>
internal static class CardJson
{
    /// <summary>The JSON of a card.</summary>
    public static JsonObject Of(AdaptiveCard card) => AdaptiveCardSerializer.ToJsonNode(card);

    /// <summary>The JSON of one element, taken from the body of a card holding only it.</summary>
    public static JsonNode Of(CardElement element) => Of(new AdaptiveCard([element]))["body"]![0]!;

    /// <summary>The JSON of one action, taken from the actions of a card holding only it.</summary>
    public static JsonNode Of(CardAction action) => Of(new AdaptiveCard { Actions = [action] })["actions"]![0]!;

    /// <summary>Asserts that the JSON equals the expected JSON (property order ignored).</summary>
    public static void AssertShape(string expectedJson, JsonNode actual)
    {
        var expected = JsonNode.Parse(expectedJson);
        Assert.True(
            JsonNode.DeepEquals(expected, actual),
            $"Expected:{Environment.NewLine}{expected!.ToJsonString()}{Environment.NewLine}Actual:{Environment.NewLine}{actual.ToJsonString()}");
    }
}
