using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Leads;

/// <summary>
/// "Who leads on shoplifting?" through /api/messages of the running bot: the assessment names leads only for its programmes and
/// the interventions of the 2017/18 review. A topic of figures that no programme draws on has no lead, and the answer says so;
/// one that programmes draw on gets those programmes' leads. Before, both got every lead in the assessment, as if the county
/// lines lead led shoplifting.
/// </summary>
public sealed class WhoLeadsATopicTests : IDisposable
{
    private readonly BotChat _bot = new("who-leads-a-topic.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("who leads on shoplifting", "shoplifting")]
    [InlineData("who is the lead for vehicle crime?", "vehicle crime")]
    [InlineData("who leads on dwelling burglary", "dwelling burglary")]
    public async Task ATopicNoProgrammeDrawsOn_HasNoLead_AndTheAnswerSaysSo_NamingNoOtherProgrammesLead(string question, string topic)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains($"names no lead for {topic}", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("County Lines", said, StringComparison.Ordinal);
        Assert.DoesNotContain("White Ribbon", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoLeadsIt_AfterATopicNoProgrammeDrawsOn_SaysItHasNoLead()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("how has shoplifting changed", conversation);

        var said = await _bot.SaidAsync("who leads on it", conversation);

        Assert.Contains("names no lead for shoplifting", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("County Lines", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATopicProgrammesDrawOn_GetsThoseProgrammesLeads_NotEveryLead()
    {
        var said = await _bot.SaidAsync("who leads on domestic abuse incidents");

        Assert.Contains("names no lead for domestic abuse incidents itself", said, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("White Ribbon", said, StringComparison.Ordinal);
        Assert.DoesNotContain("County Lines", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProgrammeByName_KeepsItsNamedLead()
    {
        var said = await _bot.SaidAsync("who leads on county lines");

        Assert.Contains("Cambridgeshire Constabulary", said, StringComparison.Ordinal);
        Assert.DoesNotContain("names no lead", said, StringComparison.OrdinalIgnoreCase);
    }
}
