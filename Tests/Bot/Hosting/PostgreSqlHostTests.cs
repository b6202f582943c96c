using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Bot.Adapter;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Questions;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot.Hosting;

/// <summary>The real app with Storage:Provider = PostgreSql: it starts, migrates, answers and reports its health.</summary>
public sealed class PostgreSqlHostTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ProviderSettings _provider = new(StoreProvider.PostgreSql);
    private readonly BotHost _host;

    public PostgreSqlHostTests() => _host = new BotHost(_folder.File("knowledge.db"), _provider.With());

    public void Dispose()
    {
        _host.Dispose();
        _provider.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Healthz_OnPostgreSql_ReportsTheDatabaseHealthy()
    {
        using var response = await _host.Http.GetAsync(new Uri("/healthz", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, body);
        Assert.Contains("postgresql", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TurnThatThrows_OnPostgreSql_GetsAnApology_AndTheConversationStateIsCleared()
    {
        using var folder = new TempFolder();
        using var host = new BotHost(folder.File("knowledge.db"), _provider.With(), services =>
        {
            services.Remove(services.Single(d => d.ImplementationType == typeof(CaveatsHandler)));
            services.AddSingleton<IIntentHandler, ThrowingCaveats>();
        });
        var storage = (_ = host.Http, host.Services.GetRequiredService<IStorage>()).Item2;
        const string conversationKey = "msteams/conversations/conversation-1";
        await storage.WriteAsync(new Dictionary<string, object> { [conversationKey] = new Dictionary<string, object> { ["draft"] = "broken" } });

        var replies = await host.SendAsync(Activities.Submit(new { verb = Verbs.Of(Intent.Caveats) }, TestUser.Member));

        Assert.Equal(SafetyBotAdapter.ApologyText, Assert.Single(replies).Text);
        Assert.Empty(await storage.ReadAsync([conversationKey]));
        Assert.StartsWith("Hello Mo!", Assert.Single(await host.SayAsync("hello")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestion_OnPostgreSql_IsAnswered_AndARepeatOfItsActivityIsPassedOver()
    {
        var activity = Activities.Message("how has dwelling burglary changed?", TestUser.Member, "pg-chat");

        var first = await _host.SendAsync(activity);
        var again = Activities.Message("how has dwelling burglary changed?", TestUser.Member, "pg-chat");
        again.Id = activity.Id;
        var repeat = await _host.SendAsync(again);

        Assert.NotEmpty(first);
        Assert.Empty(repeat);
    }

    private sealed class ThrowingCaveats : IIntentHandler
    {
        public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Caveats];

        public Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A handler failed.");
    }
}
