using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Tests.Infrastructure;
using SafetyBot.Knowledge.Storage.LiteDb;

namespace SafetyBot.Tests.Security;

/// <summary>
/// Every admin write path checks the role again at the moment of writing: an admin whose role is
/// withdrawn between the dialog's start and its last step writes nothing. (The lead's equivalent is
/// OutcomeUpdateDialogTests.Update_WhenTheLeadIsRemovedBeforeSaving_IsRefusedAndNothingWritten.)
/// </summary>
public sealed class RoleRecheckTests : IDisposable
{
    private const string Chat = "admin-chat";
    private static readonly Actor AdminActor = new(TestUser.Admin.AadObjectId, TestUser.Admin.Name);
    private readonly TempFolder _folder = new();
    private readonly BotHost _host;

    public RoleRecheckTests()
    {
        _host = new BotHost(_folder.File("roles.db"), new Dictionary<string, string?> { ["Roles:Admins:0"] = TestUser.Admin.AadObjectId });
        _ = _host.Http;
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    private IOutcomeStore Outcomes => _host.Services.GetRequiredService<IOutcomeStore>();

    [Fact]
    public async Task AssignLead_WhenTheAdminIsRemovedBeforeTheLastStep_IsRefusedAndNothingWritten()
    {
        Assert.Contains("Who should lead it?", Replies.Said(await _host.SayAsync("make someone the lead for 1.1-a", TestUser.Admin, Chat)), StringComparison.Ordinal);
        var auditBefore = AuditCount();

        WithdrawAdmin();
        var done = Replies.Said(await _host.SayAsync($"Lee Lead, {TestUser.Lead.AadObjectId}", TestUser.Admin, Chat));

        Assert.Contains("Only a SafetyBot admin can do that. Nothing was changed.", done, StringComparison.Ordinal);
        Assert.Empty(await Outcomes.AllLeadsAsync());
        Assert.Equal(auditBefore, AuditCount());
    }

    [Fact]
    public async Task RemoveLead_WhenTheAdminIsRemovedBeforeTheLastStep_IsRefusedAndTheLeadStays()
    {
        await Outcomes.AssignLeadAsync("1.1-a", TestUser.Lead.AadObjectId, TestUser.Lead.Name, AdminActor);
        Assert.Contains("Which lead should I remove?", Replies.Said(await _host.SayAsync("remove the lead for 1.1-a", TestUser.Admin, Chat)), StringComparison.Ordinal);
        var auditBefore = AuditCount();

        WithdrawAdmin();
        var done = Replies.Said(await _host.SayAsync("Lee Lead", TestUser.Admin, Chat));

        Assert.Contains("Nothing was changed.", done, StringComparison.Ordinal);
        Assert.True(await Outcomes.IsLeadAsync(TestUser.Lead.AadObjectId, "1.1-a"));
        Assert.Equal(auditBefore, AuditCount());
    }

    [Fact]
    public async Task StoreWrites_ByANonAdmin_AreRefusedInsideTheTransaction()
    {
        var member = new Actor(TestUser.Member.AadObjectId, TestUser.Member.Name);

        await Assert.ThrowsAsync<WriteRefusedException>(() => Outcomes.AssignLeadAsync("1.1-a", TestUser.Lead.AadObjectId, TestUser.Lead.Name, member));
        await Assert.ThrowsAsync<WriteRefusedException>(() => Outcomes.RemoveLeadAsync("1.1-a", TestUser.Lead.AadObjectId, member));
        await Assert.ThrowsAsync<WriteRefusedException>(() => Outcomes.ReadAuditAsync(member, 10));
        Assert.Empty(await Outcomes.AllLeadsAsync());
    }

    /// <summary>The Teams administrator takes the admin out of SafetyBot's configuration while the app runs.</summary>
    private void WithdrawAdmin()
    {
        var configuration = (IConfigurationRoot)_host.Services.GetRequiredService<IConfiguration>();
        configuration["Roles:Admins:0"] = "00000000-0000-0000-0000-00000000ffff";
        configuration.Reload();
        Assert.False(Outcomes.IsAdmin(TestUser.Admin.AadObjectId));
    }

    private int AuditCount() =>
        _host.Services.GetRequiredService<SafetyBot.Knowledge.Storage.SafetyDatabase>().Database.GetCollection(LiteDbOutcomeStore.AuditCollection).Count();
}
