using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using SafetyBot.Bot.Hosting;
using SafetyBot.Bot.Storage;
using SafetyBot.Dialogs.Engine;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Engine;

/// <summary>
/// A bot made only of dialogs, as SafetyBot's activity handler will run them: the runner gets
/// each message first; "start &lt;dialog id&gt;" begins a dialog when none consumed the turn;
/// anything else it did not consume is "routed: ..."; conversation state is saved at the end.
/// </summary>
public sealed class DialogHarness : IDisposable
{
    public const string Memory = "memory";
    public const string LiteDb = "litedb";

    private readonly TempDatabase? _ownedDatabase;

    public DialogHarness(string storage, Action<DialogSet> addDialogs, TempDatabase? database = null)
    {
        IStorage store;
        if (storage == LiteDb)
        {
            database ??= _ownedDatabase = new TempDatabase(PersistedTypes.All);
            store = new LiteDbStorage(database.Database);
        }
        else
        {
            store = new MemoryStorage();
        }

        ConversationState = new ConversationState(store);
        Dialogs = new DialogSet(ConversationState);
        addDialogs(Dialogs);
        Runner = new DialogRunner(Dialogs);
        Adapter = new TestAdapter();
    }

    /// <summary>Both storages the engine's state must survive.</summary>
    public static TheoryData<string> Storages => new() { Memory, LiteDb };

    /// <summary>15 June 2018, 10:00 UTC: "3 March" is 2018-03-03.</summary>
    public static FakeTimeProvider Clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2018, 6, 15, 10, 0, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        return clock;
    }

    public ConversationState ConversationState { get; }

    public DialogSet Dialogs { get; }

    public DialogRunner Runner { get; }

    public TestAdapter Adapter { get; }

    /// <summary>Results of turns, last last.</summary>
    public List<DialogTurnResult> Turns { get; } = [];

    public TestFlow Flow() => new(Adapter, TurnAsync);

    /// <summary>A card submit: a message with a value and no text.</summary>
    public static Activity Submit(object data) => new()
    {
        Type = ActivityTypes.Message,
        Value = data as JObject ?? JObject.FromObject(data),
    };

    /// <summary>An answer button's submit, as the dialog engine draws it.</summary>
    public static Activity Answer(string value) => Submit(new { verb = "dialog.answer", value });

    /// <summary>The data of the Adaptive Card button titled <paramref name="title"/> in a reply.</summary>
    public static JObject ButtonData(IActivity reply, string title)
    {
        var card = reply.AsMessageActivity().Attachments.Single(a => a.ContentType == "application/vnd.microsoft.card.adaptive");
        var content = SafetyBot.Tests.Infrastructure.Replies.Json(card.Content);
        return (JObject)content["actions"]!.Single(action => (string?)action["title"] == title)["data"]!;
    }

    public static string Format(object? value) => value switch
    {
        null => "null",
        FoundChoice choice => $"{choice.Value} (#{choice.Index + 1})",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool yes => yes ? "yes" : "no",
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        Measure measure => $"{measure.Value.ToString(CultureInfo.InvariantCulture)} {measure.Unit}",
        PromptResult gaveUp => $"gave up ({gaveUp.Reason})",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>A waterfall that asks one prompt and echoes the answer as "answer: ...".</summary>
    public static WaterfallDialog AskOnce(string id, string promptId, PromptOptions options) =>
        new(id,
        [
            (step, ct) => step.PromptAsync(promptId, options, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync(step.PromptGaveUp ? "Let's leave that for now." : "answer: " + Format(step.Result), cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]);

    public void Dispose() => _ownedDatabase?.Dispose();

    private async Task TurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var result = await Runner.RunAsync(turnContext, cancellationToken);
        if (result.Status == DialogTurnStatus.Empty && turnContext.Activity.Text is { } text && text.StartsWith("start ", StringComparison.Ordinal))
        {
            result = await Runner.BeginDialogAsync(turnContext, text["start ".Length..], null, cancellationToken);
        }
        else if (result.Status == DialogTurnStatus.Empty)
        {
            await turnContext.SendActivityAsync("routed: " + (turnContext.Activity.Text ?? "(card)"), cancellationToken: cancellationToken);
        }

        Turns.Add(result);
        await ConversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }
}
