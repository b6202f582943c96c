using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SafetyBot.Bot.Proactive;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Schedule;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot.Proactive;

/// <summary>The text summary, counting the outcome updates of the store of every provider (one nested class each).</summary>
public abstract class TextQuarterlySummaryComposerTests(StoreProvider provider) : IAsyncLifetime
{
    private static readonly Actor Admin = new(TestUser.Admin.AadObjectId, TestUser.Admin.Name);
    private static readonly Actor Lead = new(TestUser.Lead.AadObjectId, TestUser.Lead.Name);

    private readonly TempDatabase _db = new(ProactiveHarness.PersistedTypes);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2018, 3, 31, 22, 59, 0, TimeSpan.Zero));
    private readonly ProviderSettings _provider = new(provider);
    private ProactiveHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = ProactiveHarness.Create(_db.Database, _time, _provider.With());
        await _harness.OpenStoreAsync();
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        _provider.Dispose();
        _db.Dispose();
    }

    [Fact]
    public async Task CountsTheUpdatesLoggedInTheQuarter_ByStatus_InLondonTime()
    {
        var outcomes = _harness.Services.GetRequiredService<IOutcomeStore>();
        await outcomes.AssignLeadAsync("1.1-a", Lead.AadObjectId, Lead.Name, Admin);
        await LogAsync(outcomes, OutcomeStatus.OffTrack); // 23:59 BST on 31 March: the quarter before
        _time.Advance(TimeSpan.FromMinutes(1)); // midnight BST, 1 April: Q1 starts
        await LogAsync(outcomes, OutcomeStatus.OnTrack);
        await LogAsync(outcomes, OutcomeStatus.OnTrack);
        _time.SetUtcNow(new DateTimeOffset(2018, 6, 30, 22, 59, 0, TimeSpan.Zero));
        await LogAsync(outcomes, OutcomeStatus.AtRisk);
        _time.Advance(TimeSpan.FromMinutes(1)); // midnight BST, 1 July: Q2
        await LogAsync(outcomes, OutcomeStatus.Complete);

        var activity = (IMessageActivity)await Composer.ComposeAsync(new FinancialQuarter(2018, 1), CancellationToken.None);

        Assert.Equal(
            "**Quarterly summary: 2018/19 Q1 (April to June 2018)**\n\nOutcome updates logged in the quarter: 3\n- On track: 2\n- At risk: 1\n- Off track: 0\n- Complete: 0",
            activity.Text);
    }

    [Fact]
    public async Task SaysSoWhenNothingWasLogged()
    {
        var activity = (IMessageActivity)await Composer.ComposeAsync(new FinancialQuarter(2017, 4), CancellationToken.None);

        Assert.Equal("**Quarterly summary: 2017/18 Q4 (January to March 2018)**\n\nNo outcome updates were logged in the quarter.", activity.Text);
    }

    private IQuarterlySummaryComposer Composer => _harness.Services.GetRequiredService<IQuarterlySummaryComposer>();

    private Task LogAsync(IOutcomeStore outcomes, OutcomeStatus status) => outcomes.LogAsync(
        new OutcomeUpdate { IdempotencyKey = Guid.NewGuid().ToString("N"), ActionId = "1.1-a", Status = status, Summary = "Update" },
        Lead);

    public sealed class OnLiteDb() : TextQuarterlySummaryComposerTests(StoreProvider.LiteDb);

    public sealed class OnPostgreSql() : TextQuarterlySummaryComposerTests(StoreProvider.PostgreSql);
}
