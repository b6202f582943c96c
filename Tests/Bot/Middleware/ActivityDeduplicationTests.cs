using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot.Middleware;

/// <summary>
/// De-duplication through /api/messages of the running app: a re-delivered invoke reaches the bot once, on every
/// provider (one nested class each).
/// </summary>
public abstract class ActivityDeduplicationTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ProviderSettings _provider;
    private readonly BotHost _host;

    protected ActivityDeduplicationTests(StoreProvider provider)
    {
        _provider = new ProviderSettings(provider);
        _host = new BotHost(_folder.File("dedup.db"), _provider.With());
    }

    public void Dispose()
    {
        _host.Dispose();
        _provider.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [InlineData("adaptiveCard/action")]
    [InlineData("task/fetch")]
    [InlineData("no/such/invoke")]
    public async Task RedeliveredInvoke_IsProcessedOnce(string name)
    {
        var invoke = Activities.Base(ActivityTypes.Invoke, TestUser.Member, "invoke-redelivery", value: new JObject { ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = "help" } });
        invoke.Name = name;

        // With expectReplies the bot's invoke response comes back among the replies: the bot
        // answered the first delivery, and was never asked about the second.
        var first = await _host.SendAsync(invoke);
        var second = await _host.SendAsync(invoke);

        Assert.Contains(first, reply => reply.Type == ActivityTypesEx.InvokeResponse);
        Assert.Empty(second);
    }

    [Fact]
    public async Task TwoInvokesWithDifferentIds_AreBothProcessed()
    {
        var first = Activities.Base(ActivityTypes.Invoke, TestUser.Member, "invoke-distinct", value: new JObject());
        var second = Activities.Base(ActivityTypes.Invoke, TestUser.Member, "invoke-distinct", value: new JObject());
        first.Name = second.Name = "adaptiveCard/action";

        Assert.Contains(await _host.SendAsync(first), reply => reply.Type == ActivityTypesEx.InvokeResponse);
        Assert.Contains(await _host.SendAsync(second), reply => reply.Type == ActivityTypesEx.InvokeResponse);
    }

    public sealed class OnLiteDb() : ActivityDeduplicationTests(StoreProvider.LiteDb);

    public sealed class OnPostgreSql() : ActivityDeduplicationTests(StoreProvider.PostgreSql);
}
