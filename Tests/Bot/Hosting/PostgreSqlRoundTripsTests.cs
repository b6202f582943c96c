using SafetyBot.Knowledge.Storage;
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
    public async Task AQuestionAskedAgain_OnPostgreSql_TakesAtMostThreeRoundTrips()
    {
        // The first question of the conversation builds its answer and saves the conversation's state.
        Assert.NotEmpty(await _host.SayAsync("how has dwelling burglary changed?", TestUser.Member, "round-trips"));

        IReadOnlyList<Microsoft.Bot.Schema.Activity> replies = [];
        var statements = await RoundTrips.DuringAsync(_provider.Postgres!.Name, async () =>
            replies = await _host.SayAsync("how has dwelling burglary changed?", TestUser.Member, "round-trips"));

        Assert.NotEmpty(replies);
        _output.WriteLine(string.Join(Environment.NewLine, statements));
        Assert.True(statements.Count <= 3, $"{statements.Count} round trips:{Environment.NewLine}{string.Join(Environment.NewLine, statements)}");
    }
}
