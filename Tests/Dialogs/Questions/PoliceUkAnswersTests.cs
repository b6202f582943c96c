using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Knowledge.Imports;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;
using SafetyBot.Tests.Knowledge.PoliceUk;

namespace SafetyBot.Tests.Dialogs.Questions;

/// <summary>
/// police.uk counts loaded into the running bot are answered at once through /api/messages: a topic the
/// assessment lacks (bicycle theft) from its new indicator rather than "not covered", and an assessment topic
/// (shoplifting) with the newer police.uk figures alongside the assessment's.
/// </summary>
public sealed class PoliceUkAnswersTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BotHost _host;

    public PoliceUkAnswersTests()
    {
        _host = new BotHost(_folder.File("policeuk.db"));
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task BicycleThefts_BeforeTheLoad_AreNotCovered_AndAfterItAnsweredFromPoliceUk()
    {
        var before = Replies.Said(await _host.SayAsync("how many bicycle thefts in Q1 2018/19", conversationId: "bikes-before"));
        Load();

        var after = Replies.Said(await _host.SayAsync("how many bicycle thefts in Q1 2018/19", conversationId: "bikes-after"));

        Assert.Contains("no figure", before, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Bicycle theft", after, StringComparison.Ordinal);
        Assert.Contains("15", after, StringComparison.Ordinal);
        Assert.Contains("police.uk street-level crime, April 2018 to June 2018", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowHasShopliftingChanged_ShowsThePoliceUkCounts()
    {
        Load();

        var said = Replies.Said(await _host.SayAsync("how has shoplifting changed", conversationId: "shoplifting"));

        Assert.Contains("Shoplifting, 2017: 1,295 crimes", said, StringComparison.Ordinal);
        Assert.Contains("Newer: 2018/19 Q1 (April to June 2018), 19 crimes (4 in April 2018, 6 in May 2018, 9 in June 2018) (police.uk street-level crime, April 2018 to June 2018)", said, StringComparison.Ordinal);
        Assert.Contains("Newer figures (after 2017)", said, StringComparison.Ordinal);
    }

    private void Load()
    {
        _ = _host.Http;
        var database = _host.Services.GetRequiredService<SafetyDatabase>();
        var result = new DataImporter(database, TimeProvider.System, ShellImportPermission.Instance)
            .Apply(PoliceUkSamples.Batch(PoliceUkSamples.Quarter), new Actor(string.Empty, "analyst"));
        Assert.True(result.Applied, string.Join("; ", result.Preview.Errors));
    }
}
