using Microsoft.Bot.Schema;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot;

/// <summary>The welcome card on install, sent once per conversation.</summary>
public sealed class WelcomeTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BotHost _host;

    public WelcomeTests()
    {
        _host = new BotHost(_folder.File("welcome.db"));
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Install_SendsTheWelcomeCard_OnceEvenWhenTeamsAnnouncesItTwice()
    {
        var install = Activities.Base(ActivityTypes.InstallationUpdate, TestUser.Member, "new-chat");
        install.Action = "add";
        var added = Activities.Base(ActivityTypes.ConversationUpdate, TestUser.Member, "new-chat");
        added.MembersAdded = [new ChannelAccount("28:safetybot", "SafetyBot"), new ChannelAccount(TestUser.Member.Id, TestUser.Member.Name)];

        var replies = await Task.WhenAll(_host.SendAsync(install), _host.SendAsync(added));

        var welcome = Assert.Single(replies.SelectMany(r => r));
        Assert.StartsWith("Hello Mo! I'm SafetyBot.", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("How has dwelling burglary changed?", Replies.AllText(welcome), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMemberJoiningATeam_IsNotWelcomedInTheChannel()
    {
        var joined = Activities.Base(ActivityTypes.ConversationUpdate, TestUser.Member, "19:general@thread.tacv2");
        joined.Conversation.ConversationType = "channel";
        joined.MembersAdded = [new ChannelAccount(TestUser.Lead.Id, TestUser.Lead.Name)];

        Assert.Empty(await _host.SendAsync(joined));
    }
}
