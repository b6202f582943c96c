using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Knowledge.Caching;
using SafetyBot.Knowledge.Figures;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;
using SafetyBot.Tests.Knowledge;

namespace SafetyBot.Tests.Dialogs.Questions;

/// <summary>
/// Answers kept in memory (<see cref="KnowledgeCache"/>) through /api/messages of the running bot: an import or a new
/// lead shows in the very next answer to the same question, and the cache never holds more than its limit.
/// </summary>
public sealed class KeptAnswersTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BotHost _host;

    public KeptAnswersTests()
    {
        _host = new BotHost(_folder.File("kept.db"), new Dictionary<string, string?>
        {
            ["Roles:Admins:0"] = TestUser.Admin.AadObjectId,
            ["KnowledgeCache:SizeLimit"] = "64",
        });
        _ = _host.Http;
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    private void Import(string csv)
    {
        var report = new FiguresImporter(_host.Services.GetRequiredService<SafetyDatabase>(), TimeProvider.System)
            .ImportText("indicator_id,area,period,measure,value\n" + csv, "corrections.csv", "analyst");
        Assert.True(report.Succeeded);
    }

    private async Task<string> AnswerAsync(string question, string conversationId)
    {
        var reply = Assert.Single(await _host.SayAsync(question, conversationId: conversationId));
        return reply.Text + "\n" + (reply.Attachments?.Count > 0 ? Replies.AllText(reply) : string.Empty);
    }

    [Fact]
    public async Task FigureQuestion_AskedAgainAfterAnImport_ShowsTheImportedFigureAtOnce()
    {
        var before = await AnswerAsync("how many cybercrimes were there in 2017", "import-figure");
        Assert.Equal(before, await AnswerAsync("how many cybercrimes were there in 2017", "import-figure-again"));
        Assert.DoesNotContain("912", before, StringComparison.Ordinal);

        Import("cybercrime,CambridgeCity,2017,Count,912");

        Assert.Contains("912", await AnswerAsync("how many cybercrimes were there in 2017", "import-figure"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BiggestRisers_AskedAgainAfterAnImport_RankWithTheImportedFigureAtOnce()
    {
        var before = await AnswerAsync("biggest risers", "import-risers");
        Assert.Contains("cybercrime +53%", before, StringComparison.Ordinal);

        Import("cybercrime,CambridgeCity,2017,PercentChange,5");

        var after = await AnswerAsync("biggest risers", "import-risers");
        Assert.DoesNotContain("cybercrime +53%", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgrammeCard_AskedAgainAfterALeadIsAssigned_ShowsTheLeadAtOnce()
    {
        var before = await AnswerAsync("tell me about programme 1.1", "programme-lead");
        Assert.DoesNotContain(TestUser.Lead.Name, before, StringComparison.Ordinal);

        await _host.Services.GetRequiredService<IOutcomeStore>().AssignLeadAsync(
            "1.1-a", TestUser.Lead.AadObjectId, TestUser.Lead.Name, new Actor(TestUser.Admin.AadObjectId, TestUser.Admin.Name));

        Assert.Contains(TestUser.Lead.Name, await AnswerAsync("tell me about programme 1.1", "programme-lead"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoLeads_AskedAgainAfterALeadIsAssigned_ShowsTheLeadAtOnce()
    {
        var before = await AnswerAsync("who leads 1.1", "leads-card");
        Assert.Equal(before, await AnswerAsync("who leads 1.1", "leads-card-again"));
        Assert.DoesNotContain(TestUser.Lead.Name, before, StringComparison.Ordinal);

        await _host.Services.GetRequiredService<IOutcomeStore>().AssignLeadAsync(
            "1.1-a", TestUser.Lead.AadObjectId, TestUser.Lead.Name, new Actor(TestUser.Admin.AadObjectId, TestUser.Admin.Name));

        Assert.Contains(TestUser.Lead.Name, await AnswerAsync("who leads 1.1", "leads-card"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManyDistinctQuestions_KeepNoMoreThanTheLimitAndEachIsAnsweredAsWhenAskedFirst()
    {
        var cache = _host.Services.GetRequiredService<KnowledgeCache>();
        string[] topics = ["dwelling burglary", "shoplifting", "cybercrime", "business crime", "drugs", "hate crime"];
        var first = new Dictionary<string, string>();
        for (var year = 2010; year <= 2017; year++)
        {
            foreach (var topic in topics)
            {
                var question = $"how many {topic} offences were there in {year}";
                first[question] = await AnswerAsync(question, "many");
                Assert.InRange(cache.Count, 0, 64);
            }
        }

        foreach (var (question, answer) in first.Take(10))
        {
            Assert.Equal(answer, await AnswerAsync(question, "many-again"));
        }
    }
}
