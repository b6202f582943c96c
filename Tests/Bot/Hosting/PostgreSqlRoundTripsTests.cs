using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Storage.PostgreSql;
using SafetyBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SafetyBot.Tests.Bot.Hosting;

/// <summary>
/// How many times a question turn of the real app (over HTTP) talks to PostgreSQL: each is a round trip that costs the
/// bot and the server CPU and the member time (<see cref="RoundTrips"/>).
/// </summary>
public sealed class PostgreSqlRoundTripsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ProviderSettings _provider = new(StoreProvider.PostgreSql);
    private readonly BotHost _host;
    private readonly ITestOutputHelper _output;

    public PostgreSqlRoundTripsTests(ITestOutputHelper output)
    {
        _output = output;
        _host = new BotHost(_folder.File("knowledge.db"), _provider.With());
    }

    public void Dispose()
    {
        _host.Dispose();
        _provider.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task AQuestionTurn_OnPostgreSql_TakesTwoRoundTrips_AndOneMoreWhenItSavesState()
    {
        // Once this instance knows every subscription, "is this conversation subscribed?" asks the database nothing.
        Assert.NotNull(_host.Http);
        var subscriptions = _host.Services.GetRequiredService<PostgreSqlSubscriptionStore>();
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        while (!subscriptions.KnowsEverySubscription)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The subscription listener did not start.");
            await Task.Delay(50);
        }

        // The conversation's first question saves its state (its last question); asked again, nothing changes.
        var first = await TurnAsync("how has dwelling burglary changed?");
        var again = await TurnAsync("how has dwelling burglary changed?");

        Assert.True(first.Count <= 3, Describe(first));
        Assert.Contains(first, statement => statement.StartsWith("INSERT INTO bot_state", StringComparison.Ordinal));
        Assert.True(again.Count <= 2, Describe(again));
    }

    private async Task<IReadOnlyList<string>> TurnAsync(string text)
    {
        IReadOnlyList<Microsoft.Bot.Schema.Activity> replies = [];
        var statements = await RoundTrips.DuringAsync(_provider.Postgres!.Name, async () => replies = await _host.SayAsync(text, TestUser.Member, "round-trips"), inRequests: true);
        Assert.NotEmpty(replies);
        _output.WriteLine(Describe(statements));
        return statements;
    }

    private static string Describe(IReadOnlyList<string> statements) =>
        $"{statements.Count} round trips:{Environment.NewLine}{string.Join(Environment.NewLine, statements)}";
}
