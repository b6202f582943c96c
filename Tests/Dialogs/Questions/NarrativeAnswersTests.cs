using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Knowledge.Imports;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;
using SafetyBot.Tests.Knowledge.Narratives;

namespace SafetyBot.Tests.Dialogs.Questions;

/// <summary>A later assessment's prose loaded into the running bot: cards show it and say which document it is from.</summary>
public sealed class NarrativeAnswersTests : IDisposable
{
    private readonly BotChat _bot = new("narratives.db");

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task ShopliftingCard_ShowsTheLatestAssessmentsTrend_AndSaysWhichDocumentItIsFrom()
    {
        var before = await _bot.SaidAsync("how has shoplifting changed");
        _ = _bot.Host.Http;
        var database = _bot.Host.Services.GetRequiredService<SafetyDatabase>();
        var csv = Encoding.UTF8.GetBytes(NarrativesImportTests.Header + "\n" + NarrativesImportTests.ShopliftingTrend + "\n");
        var result = new DataImporter(database, TimeProvider.System, ShellImportPermission.Instance)
            .Apply(ImportBatch.FromBytes("sa-2018-19.csv", csv), new Actor(string.Empty, "analyst"));
        Assert.True(result.Applied, string.Join("; ", result.Preview.Errors));

        var after = await _bot.SaidAsync("how has shoplifting changed");

        Assert.Contains("had been relatively constant", before, StringComparison.Ordinal);
        Assert.DoesNotContain("From the ", before, StringComparison.Ordinal);
        Assert.Contains("Shoplifting fell in 2018, after three years of rises", after, StringComparison.Ordinal);
        Assert.Contains("From the Community Safety Strategic Assessment – Cambridge City 2018/19", after, StringComparison.Ordinal);
        Assert.DoesNotContain("had been relatively constant", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatDidTheEarlierAssessmentSay_IsAnsweredFromThatDocument_AndTheNewerOneFromItsOwn()
    {
        _ = _bot.Host.Http;
        var database = _bot.Host.Services.GetRequiredService<SafetyDatabase>();
        var row = NarrativesImportTests.Title + ",Section 3: Scanning table – Dwelling burglary,dwelling-burglary,trend,2018,\"Dwelling burglary fell by a fifth in 2018, after the cycle of rises ended.\"";
        var csv = Encoding.UTF8.GetBytes(NarrativesImportTests.Header + "\n" + row + "\n");
        Assert.True(new DataImporter(database, TimeProvider.System, ShellImportPermission.Instance)
            .Apply(ImportBatch.FromBytes("sa-2018-19.csv", csv), new Actor(string.Empty, "analyst")).Applied);

        var earlier = await _bot.SaidAsync("what did the 2017/18 assessment say about burglary?");
        var later = await _bot.SaidAsync("what did the 2018/19 assessment say about burglary?");

        Assert.DoesNotContain("fell by a fifth", earlier, StringComparison.Ordinal);
        Assert.Contains("2017/18", earlier, StringComparison.Ordinal);
        Assert.Contains("fell by a fifth", later, StringComparison.Ordinal);
    }
}
