using SafetyBot.Cards.Model;

namespace SafetyBot.Tests.Cards.Model;

public sealed class InputSerializationTests
{
    [Fact]
    public void Text_input_writes_label_validation_and_text_options()
    {
        var input = new TextInput("update")
        {
            Label = "Outcome update",
            IsRequired = true,
            ErrorMessage = "Please describe the update",
            Value = "draft",
            Placeholder = "What happened?",
            MaxLength = 500,
            IsMultiline = true,
            Style = TextInputStyle.Text,
            Regex = "^.+$",
        };

        CardJson.AssertShape(
            """
            {
              "type": "Input.Text", "id": "update", "label": "Outcome update", "isRequired": true,
              "errorMessage": "Please describe the update", "value": "draft", "placeholder": "What happened?",
              "maxLength": 500, "isMultiline": true, "style": "Text", "regex": "^.+$"
            }
            """,
            CardJson.Of(input));
    }

    [Fact]
    public void Choice_set_writes_choices_style_and_multi_select()
    {
        var input = new ChoiceSetInput("status", [new Choice("On track", "green"), new Choice("At risk", "amber")])
        {
            Label = "Status",
            Style = ChoiceInputStyle.Expanded,
            IsMultiSelect = false,
            Value = "green",
            Placeholder = "Choose",
            Wrap = true,
        };

        CardJson.AssertShape(
            """
            {
              "type": "Input.ChoiceSet", "id": "status", "label": "Status",
              "choices": [ { "title": "On track", "value": "green" }, { "title": "At risk", "value": "amber" } ],
              "style": "expanded", "isMultiSelect": false, "value": "green", "placeholder": "Choose", "wrap": true
            }
            """,
            CardJson.Of(input));
        Assert.Equal("compact", CardJson.Of(input with { Style = ChoiceInputStyle.Compact })["style"]!.GetValue<string>());
        Assert.Equal("filtered", CardJson.Of(input with { Style = ChoiceInputStyle.Filtered })["style"]!.GetValue<string>());
    }

    [Fact]
    public void Number_input_writes_numbers()
    {
        CardJson.AssertShape(
            """{ "type": "Input.Number", "id": "n", "value": 3, "min": 0, "max": 10.5, "placeholder": "0-10" }""",
            CardJson.Of(new NumberInput("n") { Value = 3, Min = 0, Max = 10.5, Placeholder = "0-10" }));
    }

    [Fact]
    public void Date_input_writes_iso_dates()
    {
        var input = new DateInput("when")
        {
            Label = "Date",
            Value = new DateOnly(2024, 3, 31),
            Min = new DateOnly(2024, 1, 1),
            Max = new DateOnly(2024, 12, 31),
        };

        CardJson.AssertShape(
            """{ "type": "Input.Date", "id": "when", "label": "Date", "value": "2024-03-31", "min": "2024-01-01", "max": "2024-12-31" }""",
            CardJson.Of(input));
    }

    [Fact]
    public void Toggle_input_writes_title_and_on_off_values()
    {
        var input = new ToggleInput("notify", "Notify the lead") { Value = "yes", ValueOn = "yes", ValueOff = "no", Wrap = true, IsRequired = false };

        CardJson.AssertShape(
            """{ "type": "Input.Toggle", "id": "notify", "isRequired": false, "title": "Notify the lead", "value": "yes", "valueOn": "yes", "valueOff": "no", "wrap": true }""",
            CardJson.Of(input));
    }

    [Fact]
    public void Inputs_require_an_id()
    {
        Assert.Throws<ArgumentException>(() => new TextInput(" "));
        Assert.ThrowsAny<ArgumentException>(() => new DateInput(null!));
    }
}
