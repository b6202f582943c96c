using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SafetyBot.Bot.Proactive;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot.Proactive;

public sealed class ProactiveRegistrationTests : IDisposable
{
    private readonly TempDatabase _db = new(ProactiveHarness.PersistedTypes);

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task TheSchedulerIsAHostedService_AndTheAdapterUsesTheBotConnectorClient()
    {
        await using var harness = ProactiveHarness.Create(_db.Database, TimeProvider.System);

        Assert.Contains(harness.Services.GetServices<IHostedService>(), service => service is QuarterlySummaryScheduler);
        Assert.IsType<BotConnectorHttpClientFactory>(harness.Services.GetRequiredService<BotConnectorHttpClientFactory>());
    }

    [Theory]
    [InlineData("QuarterlySummary:Schedule", "0 9 1W 13 *", "QuarterlySummary:Schedule '0 9 1W 13 *'")]
    [InlineData("QuarterlySummary:TimeZone", "Mars/Olympus", "QuarterlySummary:TimeZone 'Mars/Olympus'")]
    [InlineData("BotConnector:MaxSendsPerSecondPerConversation", "0", "MaxSendsPerSecondPerConversation")]
    public async Task BadSettings_StopTheStart_NamingTheKey(string key, string value, string expected)
    {
        await using var harness = ProactiveHarness.Create(_db.Database, TimeProvider.System, new Dictionary<string, string?> { [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => harness.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }
}
