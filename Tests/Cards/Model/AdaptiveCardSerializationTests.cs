using System.Text.Json;
using SafetyBot.Cards.Model;

namespace SafetyBot.Tests.Cards.Model;

public sealed class AdaptiveCardSerializationTests
{
    [Fact]
    public void Empty_card_declares_type_schema_and_version_1_5_and_an_empty_body()
    {
        CardJson.AssertShape(
            """
            {
              "type": "AdaptiveCard",
              "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
              "version": "1.5",
              "body": []
            }
            """,
            CardJson.Of(new AdaptiveCard()));
    }

    [Fact]
    public void Card_options_are_camel_case_and_msteams_full_width_is_written()
    {
        var card = new AdaptiveCard([new TextBlock("Hello")])
        {
            Actions = [new SubmitAction("Help", new SubmitData("help"))],
            FallbackText = "Hello (card)",
            Speak = "Hello",
            MsTeams = TeamsCardProperties.FullWidth,
        };

        CardJson.AssertShape(
            """
            {
              "type": "AdaptiveCard",
              "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
              "version": "1.5",
              "body": [ { "type": "TextBlock", "text": "Hello", "wrap": true } ],
              "actions": [ { "type": "Action.Submit", "title": "Help", "data": { "verb": "help" } } ],
              "fallbackText": "Hello (card)",
              "speak": "Hello",
              "msteams": { "width": "Full" }
            }
            """,
            CardJson.Of(card));
    }

    [Fact]
    public void Type_schema_and_version_come_first_in_the_json_text()
    {
        var json = AdaptiveCardSerializer.Serialize(new AdaptiveCard([new TextBlock("x")]));

        Assert.StartsWith(
            """{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5",""",
            json,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Element_json_starts_with_its_type_discriminator()
    {
        var json = AdaptiveCardSerializer.Serialize(new AdaptiveCard([new TextBlock("x") { Id = "a" }]));

        Assert.Contains("""{"type":"TextBlock","id":"a",""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_properties_are_omitted_everywhere()
    {
        var json = AdaptiveCardSerializer.Serialize(new AdaptiveCard(
        [
            new Container([new TextBlock("x") { Wrap = null }]),
            new FactSet([new Fact("a", "b")]),
        ]));

        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("actions", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_ascii_text_is_written_unescaped_to_keep_payloads_small()
    {
        var json = AdaptiveCardSerializer.Serialize(new AdaptiveCard([new TextBlock("▲ 12% — £5 <b> & \"q\"")]));

        Assert.Contains("▲ 12% — £5 <b> & \\\"q\\\"", json, StringComparison.Ordinal);
        Assert.Equal("▲ 12% — £5 <b> & \"q\"", JsonDocument.Parse(json).RootElement.GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Serialize_ToJsonElement_ToJsonNode_and_utf8_bytes_agree()
    {
        var card = new AdaptiveCard([new TextBlock("Same") { Weight = TextWeight.Bolder }]) { MsTeams = TeamsCardProperties.FullWidth };

        var text = AdaptiveCardSerializer.Serialize(card);

        Assert.Equal(text, AdaptiveCardSerializer.ToJsonElement(card).GetRawText());
        Assert.Equal(text, AdaptiveCardSerializer.ToJsonNode(card).ToJsonString());
        Assert.Equal(text, System.Text.Encoding.UTF8.GetString(AdaptiveCardSerializer.SerializeToUtf8Bytes(card)));
        Assert.Equal(JsonValueKind.Object, AdaptiveCardSerializer.ToJsonElement(card).ValueKind);
    }

    [Fact]
    public void Indented_output_is_the_same_json_with_line_breaks()
    {
        var card = new AdaptiveCard([new TextBlock("x")]);

        var indented = AdaptiveCardSerializer.Serialize(card, indented: true);

        Assert.Contains('\n', indented);
        CardJson.AssertShape(indented, CardJson.Of(card));
    }

    [Fact]
    public void Content_type_is_the_adaptive_card_attachment_type()
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", AdaptiveCardSerializer.ContentType);
    }

    [Fact]
    public void Cards_are_immutable_values_that_copy_with_with()
    {
        var card = new AdaptiveCard([new TextBlock("x")]);

        var wide = card with { MsTeams = TeamsCardProperties.FullWidth };

        Assert.Null(card.MsTeams);
        Assert.Equal(TeamsCardWidth.Full, wide.MsTeams!.Width);
        Assert.Same(card.Body, wide.Body);
    }
}
