using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.UpdateHistory;

/// <summary>"export updates" through the running bot, and the CSV behind its link fetched over HTTP.</summary>
public sealed class UpdateExportDownloadTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BotHost _host;

    public UpdateExportDownloadTests()
    {
        _host = new BotHost(_folder.File("exports.db"), new Dictionary<string, string?> { ["Roles:Admins:0"] = TestUser.Admin.AadObjectId });
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task ExportLink_ServesUtf8Csv_ThatIsNeverCached_AndHoldsNoFormula()
    {
        var outcomes = _host.Services.GetRequiredService<IOutcomeStore>();
        var admin = new Actor(TestUser.Admin.AadObjectId, TestUser.Admin.Name);
        await outcomes.AssignLeadAsync("1.1-a", TestUser.Lead.AadObjectId, TestUser.Lead.Name, admin);
        await outcomes.LogAsync(new SafetyBot.Knowledge.Outcomes.OutcomeUpdate
        {
            ActionId = "1.1-a",
            IdempotencyKey = "k1",
            Status = OutcomeStatus.OnTrack,
            Summary = "@SUM(1+1) café",
            MeasureValue = -3,
            MeasureUnit = "=referrals",
        }, new Actor(TestUser.Lead.AadObjectId, TestUser.Lead.Name));

        using var response = await _host.Http.GetAsync(new Uri(ExportPath(await _host.SayAsync("export updates", TestUser.Member, "member-chat")), UriKind.Relative));
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("'@SUM(1+1) café", csv, StringComparison.Ordinal);
        Assert.Contains(",-3,", csv, StringComparison.Ordinal);
        Assert.Contains("'=referrals", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownExportLink_IsNotFound_AndNotCached()
    {
        using var response = await _host.Http.GetAsync(new Uri("/exports/0123456789abcdef.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }

    private static string ExportPath(IReadOnlyList<Microsoft.Bot.Schema.Activity> replies)
    {
        var url = (string)Replies.Card(Assert.Single(replies)).Descendants().OfType<JObject>().First(o => (string?)o["type"] == "Action.OpenUrl")["url"]!;
        return new Uri(url).PathAndQuery;
    }
}
