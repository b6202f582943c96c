using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using SafetyBot.Bot.Hosting;
using SafetyBot.Knowledge.Figures;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot.Hosting;

/// <summary>The figures command line with <c>Storage:Provider=PostgreSql</c>: an import is a shared write, beside a running bot.</summary>
public sealed class FiguresCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ProviderSettings _provider = new(StoreProvider.PostgreSql);

    public void Dispose()
    {
        _provider.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Import_OnPostgreSql_IsAnsweredByARunningInstance_AndLeavesNoLocalFileBehind()
    {
        using var host = new BotHost(_folder.File("bot.db"), _provider.With());
        await host.SayAsync("hello", TestUser.Member, "warm-up");
        var csv = _folder.File("q1.csv");
        await File.WriteAllTextAsync(csv, "indicator_id,area,period,measure,value,breakdown,rank_of,is_derived,note,source,source_id,footnote,document,section,period_text\n"
            + "violence-without-injury,CambridgeCity,FY2018/19-Q1,Count,512,,,,,Police recorded crime,,,Strategic assessment 2018/19 Q1,Quarterly violence table,Apr-Jun 2018\n");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_provider.With(new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = _folder.File("not-used.db"),
        })).Build();

        var exit = await FiguresCommand.RunAsync(["import", csv, "--by", "Jo Analyst"], configuration, new HostingEnvironment { ContentRootPath = _folder.Path });

        Assert.Equal(FiguresCommandLine.Success, exit);
        Assert.Equal(1L, _provider.Postgres!.Scalar("SELECT count(*) FROM k_imports"));
        Assert.False(File.Exists(_folder.File("not-used.db")));
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(20);
        while (!Replies.Said(await host.SayAsync("violence without injury in Q1 2018/19", TestUser.Member, "member")).Contains("512", StringComparison.Ordinal))
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The running instance did not see the import.");
            await Task.Delay(50);
        }
    }
}
