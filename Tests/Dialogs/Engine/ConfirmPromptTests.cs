using Microsoft.Bot.Builder;
using SafetyBot.Dialogs.Engine;

namespace SafetyBot.Tests.Dialogs.Engine;

public sealed class ConfirmPromptTests
{
    [Theory]
    [InlineData("yes", "yes")]
    [InlineData("yep", "yes")]
    [InlineData("Yeah!", "yes")]
    [InlineData("sure", "yes")]
    [InlineData("ok", "yes")]
    [InlineData("yes, that's right", "yes")]
    [InlineData("oui", "yes")]
    [InlineData("no", "no")]
    [InlineData("nope", "no")]
    [InlineData("nah", "no")]
    [InlineData("no thanks", "no")]
    [InlineData("nein", "no")]
    public async Task ConfirmPrompt_WithTypedAnswer_RecognisesIt(string typed, string expected)
    {
        using var harness = PromptTestKit.Harness(new ConfirmPrompt("confirm"));
        Assert.Equal("answer: " + expected, await PromptTestKit.AnswerAsync(harness, typed));
    }

    [Theory]
    [InlineData("no", "no")]
    [InlineData("yes", "yes")]
    [InlineData(true, "yes")]
    [InlineData(false, "no")]
    public async Task ConfirmPrompt_WithCardSubmit_RecognisesTheValue(object value, string expected)
    {
        using var harness = PromptTestKit.Harness(new ConfirmPrompt("confirm"));
        var submit = DialogHarness.Submit(new Newtonsoft.Json.Linq.JObject { ["verb"] = "dialog.answer", ["value"] = Newtonsoft.Json.Linq.JToken.FromObject(value) });
        Assert.Equal("answer: " + expected, await PromptTestKit.AnswerAsync(harness, submit));
    }

    [Fact]
    public async Task ConfirmPrompt_Question_CarriesYesAndNoButtons()
    {
        using var harness = PromptTestKit.Harness(new ConfirmPrompt("confirm"));
        await harness.Flow()
            .Send("start ask").AssertReply(reply =>
            {
                Assert.Equal(PromptTestKit.Question, reply.AsMessageActivity().Text);
                Assert.Equal("yes", (string?)DialogHarness.ButtonData(reply, "Yes")["value"]);
                Assert.Equal("no", (string?)DialogHarness.ButtonData(reply, "No")["value"]);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ConfirmPrompt_WithUnclearAnswer_Reprompts()
    {
        using var harness = PromptTestKit.Harness(new ConfirmPrompt("confirm") { Style = ListStyle.None }, new PromptOptions { RetryPrompt = MessageFactory.Text("Yes or no?") });
        await PromptTestKit.Start(harness)
            .Send("maybe").AssertReply("Yes or no?")
            .Send("yes but no").AssertReply("Yes or no?")
            .Send("yup").AssertReply("answer: yes")
            .StartTestAsync();
    }
}
