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
}
