using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Knowledge.Imports;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;
using SafetyBot.Tests.Knowledge.PoliceUk;

namespace SafetyBot.Tests.Bot.Proactive;

/// <summary>
/// The quarterly summary through /api/messages uses what was loaded while the bot runs: every count for the quarter
/// against the same quarter a year before, the quarter's risers and fallers, and what is not loaded yet; on every
/// provider (one nested class each: on PostgreSQL the loads are shared writes).
/// </summary>
public abstract class QuarterlySummaryLoadedDataTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ProviderSettings _provider;
    private readonly BotHost _host;

    protected QuarterlySummaryLoadedDataTests(StoreProvider provider)
    {
        _provider = new ProviderSettings(provider);
        _host = new BotHost(_folder.File("summary-data.db"), _provider.With());
    }

    public void Dispose()
    {
        _host.Dispose();
        _provider.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Summary_BeforeAnyLoad_SaysTheQuarterHasNoFigures_AndWhatIsNotLoadedYet()
    {
        var said = Replies.Said(await _host.SayAsync("summary for Q1 2018/19", conversationId: "empty"));

        Assert.Contains("The store holds no figures for this quarter yet", said, StringComparison.Ordinal);
        Assert.Contains("Not loaded for this quarter yet", said, StringComparison.Ordinal);
        Assert.Contains("Violence with injury (latest: 2017/18 Q", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_AfterPoliceUkAndFiguresLoads_ShowsTheQuarterAgainstTheYearBefore_WithRisersAndFallers()
    {
        Load(PoliceUkSamples.Batch(PoliceUkSamples.Quarter));
        Load(ImportBatch.FromBytes("year-before.csv", System.Text.Encoding.UTF8.GetBytes(
            "indicator_id,area,period,measure,value,source\n" +
            "bicycle-theft,CambridgeCity,FY2017/18-Q1,Count,12,police.uk street-level crime\n" +
            "shoplifting,CambridgeCity,FY2017/18-Q1,Count,25,police.uk street-level crime\n")));

        var reply = Assert.Single(await _host.SayAsync("summary for Q1 2018/19", conversationId: "loaded"));
        var said = Replies.Said([reply]);

        Assert.Contains("15 crimes (12 a year before)", said, StringComparison.Ordinal);
        Assert.Contains("19 crimes (25 a year before)", said, StringComparison.Ordinal);
        Assert.Contains("1 crimes (no figure a year before)", said, StringComparison.Ordinal);
        Assert.Contains("Risers and fallers on the same quarter a year before", said, StringComparison.Ordinal);
        Assert.Contains("▲ 15 against 12 (+3, +25%)", said, StringComparison.Ordinal);
        Assert.Contains("▼ 19 against 25 (-6, -24%)", said, StringComparison.Ordinal);
        Assert.Contains("police.uk street-level crime, April 2018 to June 2018", said, StringComparison.Ordinal);
        Assert.Contains("Violence with injury (latest: 2017/18 Q", said, StringComparison.Ordinal);
        Assert.DoesNotContain("The store holds no figures for this quarter yet", said, StringComparison.Ordinal);
    }

    private void Load(ImportBatch batch)
    {
        _ = _host.Http;
        var database = _host.Services.GetRequiredService<SafetyDatabase>();
        var result = new DataImporter(database, TimeProvider.System, ShellImportPermission.Instance).Apply(batch, new Actor(string.Empty, "analyst"));
        Assert.True(result.Applied, string.Join("; ", result.Preview.Errors));
    }

    public sealed class OnLiteDb() : QuarterlySummaryLoadedDataTests(StoreProvider.LiteDb);

    public sealed class OnPostgreSql() : QuarterlySummaryLoadedDataTests(StoreProvider.PostgreSql);
}
