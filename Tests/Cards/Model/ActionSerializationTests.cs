using SafetyBot.Cards.Model;

namespace SafetyBot.Tests.Cards.Model;

public sealed class ActionSerializationTests
{
    [Fact]
    public void Submit_action_writes_title_style_id_and_flat_data()
    {
        var action = new SubmitAction("Compare with similar areas", new SubmitData("compare").With("indicator", "dwelling-burglary"))
        {
            Id = "compare",
            Style = ActionStyle.Positive,
        };

        CardJson.AssertShape(
            """
            {
              "type": "Action.Submit", "id": "compare", "title": "Compare with similar areas", "style": "positive",
              "data": { "verb": "compare", "indicator": "dwelling-burglary" }
            }
            """,
            CardJson.Of(action));
    }

    [Theory]
    [InlineData(ActionStyle.Default, "default")]
    [InlineData(ActionStyle.Positive, "positive")]
    [InlineData(ActionStyle.Destructive, "destructive")]
    public void Action_styles_are_the_schema_lower_case_names(ActionStyle style, string expected)
    {
        Assert.Equal(expected, CardJson.Of(new OpenUrlAction("x", new Uri("https://example.org")) { Style = style })["style"]!.GetValue<string>());
    }

    [Fact]
    public void Open_url_action_writes_the_url_as_given()
    {
        CardJson.AssertShape(
            """{ "type": "Action.OpenUrl", "title": "Assessment", "url": "https://example.org/report?s=3#sec" }""",
            CardJson.Of(new OpenUrlAction("Assessment", new Uri("https://example.org/report?s=3#sec"))));
    }

    [Fact]
    public void Toggle_visibility_writes_bare_ids_or_forced_visibility_objects()
    {
        var action = new ToggleVisibilityAction("Show more", ["trend-more", TargetElement.Show("less"), TargetElement.Hide("more")]);

        CardJson.AssertShape(
            """
            {
              "type": "Action.ToggleVisibility", "title": "Show more",
              "targetElements": [ "trend-more", { "elementId": "less", "isVisible": true }, { "elementId": "more", "isVisible": false } ]
            }
            """,
            CardJson.Of(action));
    }

    [Fact]
    public void Show_card_action_nests_a_full_version_1_5_card()
    {
        var action = new ShowCardAction("Update", new AdaptiveCard([new TextInput("note") { Label = "Note" }])
        {
            Actions = [new SubmitAction("Save", new SubmitData("save-update")) { Style = ActionStyle.Positive }],
        });

        CardJson.AssertShape(
            """
            {
              "type": "Action.ShowCard", "title": "Update",
              "card": {
                "type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "version": "1.5",
                "body": [ { "type": "Input.Text", "id": "note", "label": "Note" } ],
                "actions": [ { "type": "Action.Submit", "title": "Save", "style": "positive", "data": { "verb": "save-update" } } ]
              }
            }
            """,
            CardJson.Of(action));
    }

    [Fact]
    public void Every_action_type_serialises_with_its_schema_type_name()
    {
        var expected = new Dictionary<CardAction, string>
        {
            [new SubmitAction("a", new SubmitData("v"))] = "Action.Submit",
            [new OpenUrlAction("a", new Uri("https://example.org"))] = "Action.OpenUrl",
            [new ShowCardAction("a", new AdaptiveCard())] = "Action.ShowCard",
            [new ToggleVisibilityAction("a", ["x"])] = "Action.ToggleVisibility",
        };

        var concreteTypes = typeof(CardAction).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(CardAction)) && !t.IsAbstract)
            .ToHashSet();

        Assert.Equal(concreteTypes, expected.Keys.Select(a => a.GetType()).ToHashSet());
        foreach (var (action, typeName) in expected)
        {
            Assert.Equal(typeName, CardJson.Of(action)["type"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Actions_require_a_title()
    {
        Assert.Throws<ArgumentException>(() => new SubmitAction("", new SubmitData("v")));
        Assert.ThrowsAny<ArgumentException>(() => new OpenUrlAction("a", null!));
    }
}
