using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SafetyBot.Dialogs.Engine;

namespace SafetyBot.Tests.Dialogs.Engine;

public sealed class ChoicePromptTests
{
    private static PromptOptions Priorities() => new()
    {
        Choices =
        [
            new Choice("p1", "County lines and exploitation", ["drugs"]),
            new Choice("p2", "Knife crime"),
            new Choice("p3", "Domestic abuse", ["DA"]),
        ],
        RetryPrompt = MessageFactory.Text("Which priority? Pick one of the buttons."),
    };

    [Fact]
    public async Task ChoicePrompt_WithOrdinalText_PicksTheSecondChoice()
    {
        using var harness = PromptTestKit.Harness(new ChoicePrompt("choice"), Priorities());
        Assert.Equal("answer: p2 (#2)", await PromptTestKit.AnswerAsync(harness, "the second one"));
    }

    [Theory]
    [InlineData("2", "p2 (#2)")]
    [InlineData("second", "p2 (#2)")]
    [InlineData("2nd", "p2 (#2)")]
    [InlineData("number 3", "p3 (#3)")]
    [InlineData("the first one please", "p1 (#1)")]
    [InlineData("the last one", "p3 (#3)")]
    [InlineData("Knife crime", "p2 (#2)")]
    [InlineData("knife crime.", "p2 (#2)")]
    [InlineData("p3", "p3 (#3)")]
    [InlineData("da", "p3 (#3)")]
    [InlineData("drugs", "p1 (#1)")]
    [InlineData("county lines", "p1 (#1)")]
    [InlineData("I think domestic abuse", "p3 (#3)")]
    [InlineData("knif crime", "p2 (#2)")]
    [InlineData("domestic abuze", "p3 (#3)")]
    public async Task ChoicePrompt_WithTypedAnswer_PicksTheMeantChoice(string typed, string expected)
    {
        using var harness = PromptTestKit.Harness(new ChoicePrompt("choice"), Priorities());
        Assert.Equal("answer: " + expected, await PromptTestKit.AnswerAsync(harness, typed));
    }

    [Theory]
    [InlineData("4")]
    [InlineData("the fifth one")]
    [InlineData("burglary")]
    public async Task ChoicePrompt_WithNoMatchingChoice_RepromptsWithTheButtons(string typed)
    {
        using var harness = PromptTestKit.Harness(new ChoicePrompt("choice"), Priorities());
        await PromptTestKit.Start(harness)
            .Send(typed).AssertReply(reply =>
            {
                Assert.Equal("Which priority? Pick one of the buttons.", reply.AsMessageActivity().Text);
                Assert.Equal("p1", (string?)DialogHarness.ButtonData(reply, "County lines and exploitation")["value"]);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_ClickingAButton_PicksThatChoice()
    {
        using var harness = PromptTestKit.Harness(new ChoicePrompt("choice"), Priorities());
        JObject? knifeCrime = null;
        await harness.Flow()
            .Send("start ask").AssertReply(reply => knifeCrime = DialogHarness.ButtonData(reply, "Knife crime"))
            .StartTestAsync();

        Assert.Equal("dialog.answer", (string?)knifeCrime!["verb"]);
        await harness.Flow().Send(DialogHarness.Submit(knifeCrime)).AssertReply("answer: p2 (#2)").StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_ButtonOfAnEarlierPrompt_IsIgnored()
    {
        using var harness = PromptTestKit.Harness(new ChoicePrompt("choice"), Priorities());
        var stale = new JObject { ["verb"] = "dialog.answer", ["value"] = "p2", ["promptId"] = "not-this-one" };
        await PromptTestKit.Start(harness)
            .Send(DialogHarness.Submit(stale)).AssertNoReply()
            .Send("1").AssertReply("answer: p1 (#1)")
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_WithHeroCardStyle_SendsMessageBackButtonsCarryingTheAnswer()
    {
        using var harness = PromptTestKit.Harness(new ChoicePrompt("choice") { Style = ListStyle.HeroCard }, Priorities());
        await harness.Flow()
            .Send("start ask").AssertReply(reply =>
            {
                var hero = (HeroCard)reply.AsMessageActivity().Attachments.Single().Content;
                var button = hero.Buttons[2];
                Assert.Equal(ActionTypes.MessageBack, button.Type);
                Assert.Equal("p3", (string?)((JObject)button.Value)["value"]);
                Assert.Equal("dialog.answer", (string?)((JObject)button.Value)["verb"]);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_WithSuggestedActionsStyle_SendsTitlesThatAreRecognised()
    {
        using var harness = PromptTestKit.Harness(new ChoicePrompt("choice") { Style = ListStyle.SuggestedActions }, Priorities());
        string? title = null;
        await harness.Flow()
            .Send("start ask").AssertReply(reply => title = (string)reply.AsMessageActivity().SuggestedActions.Actions[2].Value)
            .StartTestAsync();
        await harness.Flow().Send(title!).AssertReply("answer: p3 (#3)").StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_WithTiedFuzzyMatches_Reprompts()
    {
        using var harness = PromptTestKit.Harness(new ChoicePrompt("choice"), new PromptOptions
        {
            Choices = [new Choice("on", "On track"), new Choice("off", "Off track")],
            RetryPrompt = MessageFactory.Text("On track or off track?"),
        });
        await PromptTestKit.Start(harness)
            .Send("track").AssertReply("On track or off track?")
            .Send("off").AssertReply("answer: off (#2)")
            .StartTestAsync();
    }
}
