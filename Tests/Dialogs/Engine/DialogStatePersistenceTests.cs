using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using SafetyBot.Bot.Hosting;
using SafetyBot.Bot.Storage;
using SafetyBot.Dialogs.Engine;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Engine;

public sealed class DialogStatePersistenceTests
{
    [Fact]
    public async Task DialogState_WithEveryKindOfValue_RoundTripsThroughLiteDbAfterARestart()
    {
        using var database = new TempDatabase(PersistedTypes.All);
        var when = new DateTimeOffset(2018, 3, 3, 9, 30, 0, TimeSpan.FromHours(1));
        var adapter = new TestAdapter();

        var before = new ConversationState(new LiteDbStorage(database.Database));
        await new TestFlow(adapter, async (turnContext, ct) =>
            {
                var state = await before.CreateProperty<DialogState>(DialogSet.DefaultPropertyName).GetAsync(turnContext, () => new DialogState(), ct);
                var values = new Dictionary<string, object>
                {
                    ["text"] = "County lines",
                    ["int"] = 12,
                    ["decimal"] = 3.5m,
                    ["bool"] = true,
                    ["when"] = when,
                    ["date"] = new DateOnly(2018, 3, 3),
                    ["list"] = new List<string> { "a", "b" },
                    ["map"] = new Dictionary<string, object> { ["nested"] = 1 },
                    ["choice"] = new FoundChoice { Value = "p2", Index = 1, Score = 1, Synonym = "second" },
                    ["measure"] = new Measure(12, "referrals"),
                    ["status"] = DialogTurnStatus.Waiting.ToString(),
                };
                state.DialogStack.Add(new DialogInstance
                {
                    Id = "prompt",
                    State = new Dictionary<string, object>
                    {
                        ["options"] = new PromptOptions { Prompt = MessageFactory.Text("Which?"), Choices = [new Choice("p1", "One", ["first"])], Style = ListStyle.HeroCard },
                        ["values"] = values,
                    },
                });
                await before.SaveChangesAsync(turnContext, false, ct);
            })
            .Send("save").StartTestAsync();

        database.Reopen();
        var after = new ConversationState(new LiteDbStorage(database.Database));
        DialogState? loaded = null;
        await new TestFlow(adapter, async (turnContext, ct) =>
                loaded = await after.CreateProperty<DialogState>(DialogSet.DefaultPropertyName).GetAsync(turnContext, () => new DialogState(), ct))
            .Send("load").StartTestAsync();

        var instance = Assert.Single(loaded!.DialogStack);
        var options = instance.State.GetValue<PromptOptions>("options")!;
        Assert.Equal("Which?", options.Prompt!.Text);
        Assert.Equal("first", Assert.Single(Assert.Single(options.Choices!).Synonyms!));
        Assert.Equal(ListStyle.HeroCard, options.Style);

        var read = instance.State.GetValue<IDictionary<string, object>>("values")!;
        Assert.Equal("County lines", read.GetValue<string>("text"));
        Assert.Equal(12, read.GetValue<int>("int"));
        Assert.Equal(3.5m, read.GetValue<decimal>("decimal"));
        Assert.True(read.GetValue<bool>("bool"));
        Assert.Equal(when, read.GetValue<DateTimeOffset>("when"));
        Assert.Equal(new DateOnly(2018, 3, 3), read.GetValue<DateOnly>("date"));
        Assert.Equal(["a", "b"], read.GetValue<List<string>>("list")!);
        Assert.Equal(1, read.GetValue<IDictionary<string, object>>("map")!.GetValue<int>("nested"));
        Assert.Equal("p2", read.GetValue<FoundChoice>("choice")!.Value);
        Assert.Equal(new Measure(12, "referrals"), read.GetValue<Measure>("measure"));
        Assert.Equal(DialogTurnStatus.Waiting, read.GetValue<DialogTurnStatus>("status"));
        Assert.False(read.TryRead<int>("text", out _));
    }

    [Fact]
    public async Task Dialog_RestartMidDialog_ContinuesWhereItWasWithItsAnswersAndBack()
    {
        using var database = new TempDatabase(PersistedTypes.All);
        using (var first = new DialogHarness(DialogHarness.LiteDb, UpdateDialog.AddTo, database))
        {
            await first.Flow()
                .Send("start update").AssertReply(UpdateDialog.WhatQuestion)
                .Send("Workshops in two schools").AssertReply(UpdateDialog.StatusQuestion)
                .Send("at risk").AssertReply(UpdateDialog.CountQuestion)
                .StartTestAsync();
        }

        database.Reopen();
        using var restarted = new DialogHarness(DialogHarness.LiteDb, UpdateDialog.AddTo, database);
        await restarted.Flow()
            .Send("back").AssertReply(UpdateDialog.StatusQuestion)
            .Send("the first one").AssertReply(UpdateDialog.CountQuestion)
            .Send("twelve").AssertReply(UpdateDialog.ConfirmQuestion)
            .Send(DialogHarness.Answer("yes")).AssertReply("Saved: Workshops in two schools / on-track / 12")
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_RestartBetweenInvalidAnswers_StillGivesUpAfterThreeInAll()
    {
        using var database = new TempDatabase(PersistedTypes.All);
        using (var first = new DialogHarness(DialogHarness.LiteDb, UpdateDialog.AddTo, database))
        {
            await first.Flow()
                .Send("start update").AssertReply(UpdateDialog.WhatQuestion)
                .Send("Workshops").AssertReply(UpdateDialog.StatusQuestion)
                .Send("purple").AssertReply("Please pick one of: on track, at risk, off track, complete.")
                .Send("banana").AssertReply("Please pick one of: on track, at risk, off track, complete.")
                .StartTestAsync();
        }

        database.Reopen();
        using var restarted = new DialogHarness(DialogHarness.LiteDb, UpdateDialog.AddTo, database);
        await restarted.Flow()
            .Send("mango").AssertReply(UpdateDialog.GaveUp)
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_ButtonClickedAfterARestart_StillAnswersIt()
    {
        using var database = new TempDatabase(PersistedTypes.All);
        Newtonsoft.Json.Linq.JObject? complete = null;
        using (var first = new DialogHarness(DialogHarness.LiteDb, UpdateDialog.AddTo, database))
        {
            await first.Flow()
                .Send("start update").AssertReply(UpdateDialog.WhatQuestion)
                .Send("Workshops").AssertReply(reply => complete = DialogHarness.ButtonData(reply, "Complete"))
                .StartTestAsync();
        }

        database.Reopen();
        using var restarted = new DialogHarness(DialogHarness.LiteDb, UpdateDialog.AddTo, database);
        await restarted.Flow()
            .Send(DialogHarness.Submit(complete!)).AssertReply(UpdateDialog.CountQuestion)
            .Send(DialogHarness.Submit(complete!)).AssertNoReply()
            .StartTestAsync();
    }
}
