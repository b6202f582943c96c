using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Leads;

/// <summary>
/// "Who leads it?" after a priority, through /api/messages of the running bot: the actions of that priority's programmes, never
/// every action with the leads the assessment names for other priorities' programmes (an attacker's pass found County Lines and
/// White Ribbon given as priority 2's leads).
/// </summary>
public sealed class WhoLeadsAPriorityTests : IDisposable
{
    private readonly BotChat _bot = new("who-leads-priority.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("What is priority 2?")]
    [InlineData("tell me about priority 2")]
    public async Task WhoLeadsIt_AfterAPriority_IsThatPrioritysActionsOnly(string opener)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync(opener, conversation);

        var said = await _bot.TextAsync("who leads it?", conversation);

        Assert.Contains("the assessment names no lead for priority 2", said, StringComparison.Ordinal);
        Assert.Contains("2.1-a", said, StringComparison.Ordinal);
        Assert.DoesNotContain("1.2-a", said, StringComparison.Ordinal);
        Assert.DoesNotContain("1.1-a", said, StringComparison.Ordinal);
        Assert.DoesNotContain("county lines", said, StringComparison.Ordinal);
        Assert.DoesNotContain("white ribbon", said, StringComparison.Ordinal);
    }
}
