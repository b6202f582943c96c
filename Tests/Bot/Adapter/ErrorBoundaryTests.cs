using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Bot.Adapter;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Engine;
using SafetyBot.Dialogs.Questions;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot.Adapter;

/// <summary>
/// The error boundary through /api/messages of the running app, on every provider (one nested class each): a turn that
/// fails on a bug forgets only what it was working on. A dialog of two questions and a stand-in for the caveats
/// handler (its button starts the dialog, or fails) are added to the real app.
/// </summary>
public abstract class ErrorBoundaryTests : IDisposable
{
    private const string ConversationKey = "msteams/conversations/conversation-1";
    private readonly TempFolder _folder = new();
    private readonly ProviderSettings _provider;
    private readonly BotHost _host;

    protected ErrorBoundaryTests(StoreProvider provider)
    {
        _provider = new ProviderSettings(provider);
        _host = new BotHost(_folder.File("bot.db"), _provider.With(), services =>
        {
            services.Remove(services.Single(d => d.ImplementationType == typeof(CaveatsHandler)));
            services.AddSingleton<IIntentHandler, CaveatsStandIn>();
            var dialogs = services.Single(d => d.ServiceType == typeof(DialogSet));
            services.Remove(dialogs);
            services.AddSingleton(provider => ((DialogSet)dialogs.ImplementationFactory!(provider)).Add(new TwoQuestionsDialog()));
        });
    }

    public void Dispose()
    {
        _host.Dispose();
        _provider.Dispose();
        _folder.Dispose();
    }

    private IStorage Storage => (_ = _host.Http, _host.Services.GetRequiredService<IStorage>()).Item2;

    [Fact]
    public async Task QuestionThatFailsMidDialog_KeepsTheDialog_AndTheNextAnswerContinuesIt()
    {
        Assert.Equal(TwoQuestionsDialog.FirstQuestion, Said(await _host.SendAsync(BeginButton())));
        Assert.StartsWith("Colour noted: blue.", Said(await _host.SayAsync("blue")), StringComparison.Ordinal);

        // A button of another feature (not an answer) goes to its handler, past the dialog; the handler fails.
        var replies = await _host.SendAsync(FailingButton());

        Assert.Equal(SafetyBotAdapter.ApologyDialogKeptText, Said(replies));
        Assert.Equal("Size noted: large. Done.", Said(await _host.SayAsync("large")));
    }

    [Fact]
    public async Task QuestionThatFailsMidDialog_DropsOnlyTheFollowUpContext()
    {
        Assert.NotEmpty(await _host.SayAsync("how has dwelling burglary changed"));
        await _host.SendAsync(BeginButton());
        Assert.Contains(ConversationAccessors.QuestionsProperty, (await StoredStateAsync()).Keys);

        await _host.SendAsync(FailingButton());

        var state = await StoredStateAsync();
        Assert.DoesNotContain(ConversationAccessors.QuestionsProperty, state.Keys);
        Assert.Equal(TwoQuestionsDialog.Id, Assert.Single(Assert.IsType<DialogState>(state[DialogSet.DefaultPropertyName]).DialogStack).Id);
    }

    [Fact]
    public async Task DialogStepThatFails_EndsOnlyThatDialog()
    {
        Assert.NotEmpty(await _host.SayAsync("how has dwelling burglary changed"));
        Assert.Equal(TwoQuestionsDialog.FirstQuestion, Said(await _host.SendAsync(BeginButton())));

        var replies = await _host.SayAsync(TwoQuestionsDialog.FailingAnswer);

        Assert.Equal(SafetyBotAdapter.ApologyDialogEndedText, Said(replies));
        var state = await StoredStateAsync();
        Assert.Contains(ConversationAccessors.QuestionsProperty, state.Keys);
        Assert.False(state.TryGetValue(DialogSet.DefaultPropertyName, out var dialog) && ((DialogState)dialog).DialogStack.Count > 0);
        // The next message is not taken for an answer: it is a question again.
        Assert.StartsWith("Hello Mo!", Said(await _host.SayAsync("hello")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionThatFails_WithNoDialog_GetsThePlainApology_AndKeepsTheRestOfTheState()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = new Dictionary<string, object> { ["welcomed"] = true, ["draft"] = "kept" } });

        var replies = await _host.SendAsync(FailingButton());

        Assert.Equal(SafetyBotAdapter.ApologyText, Said(replies));
        var state = await StoredStateAsync();
        Assert.Equal(true, state["welcomed"]);
        Assert.Equal("kept", state["draft"]);
        Assert.StartsWith("Hello Mo!", Said(await _host.SayAsync("hello")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TurnThatFailsOnAStateThatDoesNotRead_StartsTheConversationCleanly()
    {
        // A dialog stack that is not one: the turn fails reading it, before a dialog or a handler has it.
        await Storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = new Dictionary<string, object> { [DialogSet.DefaultPropertyName] = "not a stack", ["welcomed"] = true } });

        var replies = await _host.SayAsync("hello");

        Assert.Equal(SafetyBotAdapter.ApologyText, Said(replies));
        Assert.Empty(await Storage.ReadAsync([ConversationKey]));
        Assert.StartsWith("Hello Mo!", Said(await _host.SayAsync("hello")), StringComparison.Ordinal);
    }

    private static Activity BeginButton() => Activities.Submit(new { verb = Verbs.Of(Intent.Caveats), begin = true }, TestUser.Member);

    private static Activity FailingButton() => Activities.Submit(new { verb = Verbs.Of(Intent.Caveats) }, TestUser.Member);

    private static string Said(IReadOnlyList<Activity> replies) => string.Join("\n", replies.Select(reply => reply.Text));

    private async Task<IDictionary<string, object>> StoredStateAsync() =>
        Assert.IsAssignableFrom<IDictionary<string, object>>((await Storage.ReadAsync([ConversationKey]))[ConversationKey]);

    public sealed class OnLiteDb() : ErrorBoundaryTests(StoreProvider.LiteDb);

    public sealed class OnPostgreSql() : ErrorBoundaryTests(StoreProvider.PostgreSql);

    /// <summary>Stands in for the caveats handler: its button with <c>begin</c> starts <see cref="TwoQuestionsDialog"/>; without, it fails.</summary>
    private sealed class CaveatsStandIn(DialogRunner dialogs) : IIntentHandler
    {
        public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Caveats];

        public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
        {
            if (turnContext.Activity.Value?.ToString()?.Contains("\"begin\"", StringComparison.Ordinal) != true)
            {
                throw new InvalidOperationException("Deliberate failure of a question for the error boundary test.");
            }

            await dialogs.BeginDialogAsync(turnContext, TwoQuestionsDialog.Id, cancellationToken: cancellationToken);
        }
    }

    /// <summary>Asks a colour, then a size; the answer <see cref="FailingAnswer"/> to the colour makes its step fail.</summary>
    private sealed class TwoQuestionsDialog : WaterfallDialog
    {
        public new const string Id = "test.two-questions";
        public const string FirstQuestion = "What colour?";
        public const string FailingAnswer = "fail here";

        public TwoQuestionsDialog()
            : base(Id)
        {
            AddStep(async (step, ct) =>
            {
                await step.Context.SendActivityAsync(FirstQuestion, cancellationToken: ct);
                return EndOfTurn;
            });
            AddStep(async (step, ct) =>
            {
                var colour = step.GetResult<string>();
                if (colour == FailingAnswer)
                {
                    throw new InvalidOperationException("Deliberate failure of a dialog step for the error boundary test.");
                }

                await step.Context.SendActivityAsync($"Colour noted: {colour}. What size?", cancellationToken: ct);
                return EndOfTurn;
            });
            AddStep(async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Size noted: {step.GetResult<string>()}. Done.", cancellationToken: ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            });
        }
    }
}
