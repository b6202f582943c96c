using SafetyBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SafetyBot.Tests.Reliability;

/// <summary>
/// Two bot processes started at the same moment on a new PostgreSQL database, driven at once by many short dialogs
/// whose every turn goes to the other instance (a load balancer without affinity), while the instances are paused at
/// random moments for a few hundred milliseconds (as a loaded machine, or a long GC pause, does): each turn finds the
/// dialog the previous turn, on the other instance, left in the conversation's state, and none fails.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class TwoInstancesDialogTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Admin conversations assigning leads at once; each assigns <see cref="LeadsPerAdminConversation"/>.</summary>
    private const int AdminConversations = 8;
    private const int LeadsPerAdminConversation = 3;
    private const string ActionId = "1.1-a";
    private readonly TwoInstances _instances = new();

    public void Dispose() => _instances.Dispose();

    [Fact]
    public async Task BothStartedAtOnceOnANewDatabase_EveryDialogTurnOnTheOtherInstance_ContinuesTheDialog()
    {
        var instances = await Task.WhenAll(new[] { "a", "b" }.Select(name => _instances.StartAsync(name, new Dictionary<string, string>
        {
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__LogLevel__Microsoft"] = "Warning",
        })));
        var transcript = new List<string>();
        using var pausing = new CancellationTokenSource();
        var pauser = PauseAtRandomAsync(instances, pausing.Token);

        try
        {
            // Leads assigned in several admin conversations at once, each dialog's two turns on the two instances
            // (which one starts alternates between conversations and leads).
            var leads = await Task.WhenAll(Enumerable.Range(0, AdminConversations).Select(c => Task.Run(async () =>
            {
                var assigned = new List<TestUser>();
                var turn = c;
                for (var n = 0; n < LeadsPerAdminConversation; n++)
                {
                    var i = (c * LeadsPerAdminConversation) + n;
                    var lead = new TestUser($"29:lead-{i}", $"Lead Number{i}", $"00000000-0000-0000-0000-0000000d{i:0000}");
                    var conversation = $"admin-chat-{c}";
                    var asked = await SayAsync(instances, turn++, $"make someone the lead for {ActionId}", TestUser.Admin, conversation, transcript);
                    Assert.Contains("Who should lead it?", asked, StringComparison.Ordinal);
                    var done = await SayAsync(instances, turn++, $"{lead.Name}, {lead.AadObjectId}", TestUser.Admin, conversation, transcript);
                    Assert.Contains($"now leads {ActionId}", done, StringComparison.Ordinal);
                    assigned.Add(lead);
                }

                return assigned;
            })));

            // Every lead logs an update through the guided dialog, its turns alternating between the instances.
            await Task.WhenAll(leads.SelectMany(l => l).Select((lead, i) => Task.Run(async () =>
            {
                var turn = i;
                var summary = $"Lead {i}: partnership meeting held";
                foreach (var text in new[] { "log an update", "on track", summary, "skip", "skip", "save" })
                {
                    var said = await SayAsync(instances, turn++, text, lead, $"lead-{i}", transcript);
                    Assert.DoesNotContain("can't answer", said, StringComparison.Ordinal);
                    if (text == "save")
                    {
                        Assert.Contains("Update saved", said, StringComparison.Ordinal);
                    }
                }
            })));

            await pausing.CancelAsync();
            await pauser;
            Assert.Equal(AdminConversations * LeadsPerAdminConversation, await _instances.ScalarAsync("SELECT count(*) FROM outcome_updates"));
        }
        catch
        {
            await pausing.CancelAsync();
            await pauser;
            lock (transcript)
            {
                transcript.ForEach(output.WriteLine);
            }

            _instances.WriteLogs(output);
            throw;
        }
    }

    /// <summary>
    /// Until cancelled: each instance, with even odds, is stopped (SIGSTOP) for 250 to 450 ms, then continued; so a turn
    /// on it may stall at any point, as a thread does on a machine loaded far beyond its cores. Every instance is
    /// running again when this ends.
    /// </summary>
    private static async Task PauseAtRandomAsync(BotProcess[] instances, CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            var paused = instances.Where(_ => Random.Shared.Next(2) == 0).ToList();
            try
            {
                paused.ForEach(bot => bot.Pause());
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(250, 450)), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ending: the paused instances are continued below.
            }
            finally
            {
                paused.ForEach(bot => bot.Continue());
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 90)), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static async Task<string> SayAsync(BotProcess[] instances, int turn, string text, TestUser user, string conversation, List<string> transcript)
    {
        var instance = turn % instances.Length;
        var said = await instances[instance].SayAsync(text, user, conversation);
        lock (transcript)
        {
            transcript.Add($"{conversation} -> {(instance == 0 ? "a" : "b")}: {text} => {said.ReplaceLineEndings(" | ")}");
        }

        return said;
    }
}
