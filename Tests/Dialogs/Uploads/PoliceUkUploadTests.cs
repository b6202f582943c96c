using System.IO.Compression;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Tests.Infrastructure;
using SafetyBot.Tests.Knowledge.PoliceUk;

namespace SafetyBot.Tests.Dialogs.Uploads;

/// <summary>
/// A zip of three police.uk monthly files uploaded in Teams through /api/messages (served by a loopback test server):
/// the preview names the new indicators and what was left out, Apply loads it, and members' next questions about
/// bicycle thefts and shoplifting are answered from the new counts.
/// </summary>
public sealed class PoliceUkUploadTests : IAsyncLifetime
{
    private const string Chat = "analyst-chat";

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2018, 7, 10, 9, 0, 0, TimeSpan.Zero));
    private FileServer _server = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _server = await FileServer.StartAsync();
        _host = new BotHost(_folder.File("police-uk-upload.db"), new Dictionary<string, string?>
        {
            ["Roles:Admins:0"] = TestUser.Admin.AadObjectId,
            ["DataUploads:AllowedDownloadHosts:0"] = _server.Origin,
            ["QuarterlySummary:Enabled"] = "false",
        }, services => services.AddSingleton<TimeProvider>(_time));
        _host.Services.GetRequiredService<AnalystRoster>().Make(TestUser.Analyst.AadObjectId, TestUser.Analyst.Name, new Actor(TestUser.Admin.AadObjectId, TestUser.Admin.Name));
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task ZipOfThreeMonths_PreviewThenApply_AnswersBicycleTheftsAndShopliftingFromTheNewCounts()
    {
        var url = _server.Serve("/sites/analyst/police-uk-2018-q1.zip", Zip(PoliceUkSamples.Quarter));
        var upload = Activities.Base(ActivityTypes.Message, TestUser.Analyst, Chat);
        upload.Attachments =
        [
            new Attachment
            {
                ContentType = "application/vnd.microsoft.teams.file.download.info",
                Name = "police-uk-2018-q1.zip",
                Content = new JObject { ["downloadUrl"] = url, ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = "zip" },
            },
        ];

        var preview = await _host.SendAsync(upload);
        var card = Replies.Said(preview);
        Assert.Contains("Bicycle theft", card, StringComparison.Ordinal);
        Assert.Contains("47 records in LSOAs named 'Cambridge 0...' counted", card, StringComparison.Ordinal);

        var applied = Replies.Said(await _host.SendAsync(Activities.Submit(Replies.Button(preview, "Apply"), TestUser.Analyst, Chat)));
        Assert.Contains("Loaded", applied, StringComparison.Ordinal);

        var bikes = Replies.Said(await _host.SayAsync("how many bicycle thefts in Q1 2018/19", TestUser.Member, "member-bikes"));
        var shoplifting = Replies.Said(await _host.SayAsync("how has shoplifting changed", TestUser.Member, "member-shoplifting"));
        Assert.Contains("15", bikes, StringComparison.Ordinal);
        Assert.Contains("police.uk street-level crime, April 2018 to June 2018", bikes, StringComparison.Ordinal);
        Assert.Contains("Newer: 2018/19 Q1 (April to June 2018), 19 crimes", shoplifting, StringComparison.Ordinal);
    }

    private static byte[] Zip(IEnumerable<string> names)
    {
        using var zipped = new MemoryStream();
        using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in names)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(File.ReadAllBytes(PoliceUkSamples.PathOf(name)));
            }
        }

        return zipped.ToArray();
    }
}
