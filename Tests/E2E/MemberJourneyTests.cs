using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Subscriptions;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.E2E;

/// <summary>
/// The three member journeys in the Microsoft 365 Agents Playground (Teams' own client and
/// card renderer) against the real bot on Kestrel, driven by headless Chromium through
/// Tests/e2e/journeys.mjs. The assertions read the rendered page (the DOM text of the cards);
/// screenshots of every step are kept under Tests/e2e/artifacts/journeys.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MemberJourneyTests : IDisposable
{
    // The mock tenant's people: /.m365agentsplayground.yml
    private const string LeadAadObjectId = "7a3e0c52-1b8d-4f6a-9c21-000000000002";
    private const string AdminAadObjectId = "7a3e0c52-1b8d-4f6a-9c21-000000000003";

    private readonly TempFolder _folder = new();
    private readonly BotHost _host;

    public MemberJourneyTests()
    {
        _host = new BotHost(_folder.File("journeys.db"), new Dictionary<string, string?>
        {
            ["Roles:Admins:0"] = AdminAadObjectId,
        });
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    private IOutcomeStore Outcomes => _host.Services.GetRequiredService<IOutcomeStore>();

    [Fact]
    public async Task Member_AsksHowDwellingBurglaryChanged_AndReadsTheFiguresOnTheCard()
    {
        var result = await RunJourneyAsync("question");

        var card = StepCardText(result, "question");
        Assert.Contains("Dwelling burglary", card, StringComparison.Ordinal);
        Assert.Contains("647", card, StringComparison.Ordinal);
        Assert.Contains("up 193 (43%)", card, StringComparison.Ordinal);
        Assert.Contains("0.87", card, StringComparison.Ordinal);
        Assert.Contains("1.21", card, StringComparison.Ordinal);
        Assert.Contains("Ranked 7 of 15", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Member_AsksWhyWhoLeadsAndForAFigureTheAssessmentLacks_AndReadsHonestAnswers()
    {
        var result = await RunJourneyAsync("prose");

        Assert.Contains("shoplifting", StepBotText(result, "why"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Cambridgeshire Constabulary", StepBotText(result, "who-leads"), StringComparison.Ordinal);
        var noFigure = StepBotText(result, "no-figure");
        Assert.Contains("no figure or programme for robbery", noFigure, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("647", noFigure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lead_LogsAnOutcomeUpdate_ByClickingTheCardButtons()
    {
        _ = _host.Http; // start the bot before touching its services
        await Outcomes.AssignLeadAsync("1.1-a", LeadAadObjectId, "Lee Lead", new Actor(AdminAadObjectId, "Ada Admin"));

        var result = await RunJourneyAsync("update");

        Assert.Contains("How does 1.1-a stand?", StepBotText(result, "log-an-update"), StringComparison.Ordinal);
        Assert.Contains("Check your update", StepBotText(result, "skip-date"), StringComparison.Ordinal);
        Assert.Contains("Update saved", StepBotText(result, "save"), StringComparison.Ordinal);
        var update = Assert.Single(await Outcomes.AllUpdatesAsync());
        Assert.Equal(("1.1-a", OutcomeStatus.OnTrack, LeadAadObjectId), (update.ActionId, update.Status, update.LoggedBy));
        Assert.Equal((string?)result["filled"], update.Summary);
        Assert.Null(update.MeasureValue);
    }

    [Fact]
    public async Task Admin_SubscribesAndSendsTheQuarterlySummary_WhichArrivesInTeams()
    {
        var result = await RunJourneyAsync("summary");

        Assert.Contains("Subscribed", StepBotText(result, "subscribe"), StringComparison.Ordinal);
        var subscription = Assert.Single(await _host.Services.GetRequiredService<ISubscriptionStore>().ListActiveAsync());
        Assert.Equal("personal-user-admin", JsonNode.Parse(subscription.ReferenceJson)!["conversation"]!["id"]!.GetValue<string>());
        var card = StepCardText(result, "send-now");
        Assert.Contains("Quarterly summary", card, StringComparison.Ordinal);
        Assert.Contains("Headline movers", card, StringComparison.Ordinal);
        Assert.Contains("Dwelling burglary", card, StringComparison.Ordinal);
        Assert.Contains("sent to 1 of 1", string.Join('\n', Replies(result, "send-now")), StringComparison.Ordinal);
    }

    private async Task<JsonObject> RunJourneyAsync(string journey)
    {
        var endpoint = new Uri(_host.Http.BaseAddress!, "/api/messages").ToString();
        var artifacts = Path.Combine(NodeTool.E2eFolder, "artifacts", "journeys", journey);
        if (Directory.Exists(artifacts))
        {
            Directory.Delete(artifacts, recursive: true);
        }

        var (exitCode, output, error) = await NodeTool.RunAsync("journeys.mjs", [journey, endpoint, artifacts], TimeSpan.FromMinutes(6));

        Assert.True(exitCode == 0, $"journeys.mjs {journey} failed (screenshots in {artifacts}):\n{output}\n{error}");
        Assert.True(File.Exists(Path.Combine(artifacts, "01-hello.png")), $"No screenshots in {artifacts}.");
        return JsonNode.Parse(output)!.AsObject();
    }

    private static JsonNode Step(JsonObject result, string step) =>
        result["steps"]!.AsArray().Single(s => (string?)s!["step"] == step)!;

    private static string StepCardText(JsonObject result, string step) => (string?)Step(result, step)["cardText"] ?? string.Empty;

    private static string StepBotText(JsonObject result, string step)
    {
        var entry = Step(result, step);
        return $"{(string?)entry["botText"]}\n{(string?)entry["cardText"]}\n{string.Join('\n', Replies(result, step))}";
    }

    private static IEnumerable<string> Replies(JsonObject result, string step) =>
        Step(result, step)["replies"]!.AsArray().Select(r => (string?)r!["text"] ?? string.Empty);
}
