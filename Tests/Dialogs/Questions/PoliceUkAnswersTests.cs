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
    private readonly BotChat _bot = new("policeuk.db");

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task BicycleThefts_BeforeTheLoad_AreNotCovered_AndAfterItAnsweredFromPoliceUk()
    {
        var before = await _bot.SaidAsync("how many bicycle thefts in Q1 2018/19");
        Load();

        var after = await _bot.SaidAsync("how many bicycle thefts in Q1 2018/19");

        Assert.Contains("no figure", before, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Bicycle theft", after, StringComparison.Ordinal);
        Assert.Contains("15", after, StringComparison.Ordinal);
        Assert.Contains("police.uk street-level crime, April 2018 to June 2018", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowHasShopliftingChanged_ShowsThePoliceUkCounts()
    {
        Load();

        var said = await _bot.SaidAsync("how has shoplifting changed");

        Assert.Contains("Shoplifting, 2017: 1,295 crimes", said, StringComparison.Ordinal);
        Assert.Contains("Newer: 2018/19 Q1 (April to June 2018), 19 crimes (4 in April 2018, 6 in May 2018, 9 in June 2018) (police.uk street-level crime, April 2018 to June 2018)", said, StringComparison.Ordinal);
        Assert.Contains("Newer figures (after 2017)", said, StringComparison.Ordinal);
    }

    private void Load()
    {
        _ = _bot.Host.Http;
        var database = _bot.Host.Services.GetRequiredService<SafetyDatabase>();
        var result = new DataImporter(database, TimeProvider.System, ShellImportPermission.Instance)
            .Apply(PoliceUkSamples.Batch(PoliceUkSamples.Quarter), new Actor(string.Empty, "analyst"));
        Assert.True(result.Applied, string.Join("; ", result.Preview.Errors));
    }
}
