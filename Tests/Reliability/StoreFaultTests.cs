using System.Net;
using Newtonsoft.Json.Linq;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Reliability;

/// <summary>
/// The built bot as a separate process on a store file that cannot be used: at start it stops with one
/// clear line naming the file and the cause, and leaves the file (and its folder) exactly as it was; a page
/// damaged while it runs gives the channel 503 with Retry-After, /healthz 503 with the cause, one log
/// entry, and the process keeps running.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class StoreFaultTests : IDisposable
{
    private static readonly Dictionary<string, string> NoSettings = [];
    private readonly TempFolder _folder = new();

    public static TheoryData<string, string> BadStores => new()
    {
        { "random bytes", "is not a LiteDB file" },
        { "truncated to half", "is damaged" },
        { "truncated inside a page", "not a whole number of 8 KB pages" },
        { "corrupt header", "is not a LiteDB file" },
        { "100 bytes of garbage", "not a whole number of 8 KB pages" },
        { "8 KB overwritten in the middle", "is damaged" },
        { "read-only file", "may not write to it" },
        { "read-only folder", "may not create files in" },
        { "a folder", "is a folder, not a file" },
    };

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(BadStores))]
    public async Task BadStoreAtStart_StopsTheBotWithOneClearLine_AndLeavesTheFileUntouched(string kind, string cause)
    {
        var path = Prepare(kind);
        var before = StoreDamage.Fingerprint(_folder.Path);

        var (exitCode, output) = await BotProcess.FailToStartAsync(path, NoSettings, unprivileged: kind.StartsWith("read-only", StringComparison.Ordinal));

        var said = string.Join('\n', output);
        Assert.NotEqual(0, exitCode);
        var line = Assert.Single(output, line => line.Contains(path, StringComparison.Ordinal));
        Assert.Contains(cause, line, StringComparison.Ordinal);
        Assert.DoesNotContain(output, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain("Unhandled exception", said, StringComparison.Ordinal);
        Assert.Equal(before, StoreDamage.Fingerprint(_folder.Path));
    }

    [Fact]
    public async Task DiskFullWhileTheNewStoreIsPrepared_StopsTheBotWithOneClearLine()
    {
        // A 200 KB file system: too small for the seeded store (mounting needs root, as the read-only cases do).
        var disk = _folder.File("full");
        Directory.CreateDirectory(disk);
        var (mounted, _, mountError) = await ProcessRunner.RunAsync("mount", ["-t", "tmpfs", "-o", "size=200k", "tmpfs", disk], _folder.Path, TimeSpan.FromSeconds(30));
        Assert.True(mounted == 0, "mount: " + mountError);
        try
        {
            var path = Path.Combine(disk, "safetybot.db");

            var (exitCode, output) = await BotProcess.FailToStartAsync(path, NoSettings);

            Assert.Equal(2, exitCode);
            var line = Assert.Single(output, line => line.Contains(path, StringComparison.Ordinal));
            Assert.Contains("the disk refused a read or write", line, StringComparison.Ordinal);
            Assert.DoesNotContain(output, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
            Assert.DoesNotContain("Unhandled exception", string.Join('\n', output), StringComparison.Ordinal);
        }
        finally
        {
            await ProcessRunner.RunAsync("umount", [disk], _folder.Path, TimeSpan.FromSeconds(30));
        }
    }

    [Fact]
    public async Task EmptyFile_IsTakenAsAnEmptyStore_AndSeeded()
    {
        var path = _folder.File("safetybot.db");
        await File.WriteAllBytesAsync(path, []);

        using var bot = await BotProcess.StartAsync(path, NoSettings);

        Assert.Contains("Dwelling burglary", await bot.SayAsync("how has dwelling burglary changed", TestUser.Member, "empty-file"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoFileYet_ANewStoreIsCreatedAndSeeded()
    {
        var path = Path.Combine(_folder.Path, "not", "yet", "safetybot.db");

        using var bot = await BotProcess.StartAsync(path, NoSettings);

        Assert.Contains("Dwelling burglary", await bot.SayAsync("how has dwelling burglary changed", TestUser.Member, "new-file"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageDamagedWhileRunning_Gives503WithRetryAfter_UnhealthyWithTheCause_LoggedOnce()
    {
        var path = _folder.File("safetybot.db");
        var earlier = "conversation-before-the-damage-" + Guid.NewGuid().ToString("N");
        using (var host = new BotHost(path))
        {
            // Saved to the conversation's state, and checkpointed into the data file when the host stops.
            Assert.Contains("Shoplifting", Replies.Said(await host.SayAsync("how has shoplifting changed", TestUser.Member, earlier)), StringComparison.Ordinal);
        }

        using var bot = await BotProcess.StartAsync(path, NoSettings);
        var damaged = StoreDamage.PagesHolding(path, earlier);
        Assert.NotEmpty(damaged);
        StoreDamage.OverwritePages(path, damaged);

        // The conversation's state is read from the damaged page; then every turn is refused until the file is restored.
        var first = await bot.PostAsync("and how does that compare with similar areas?", TestUser.Member, earlier);
        var second = await bot.PostAsync("how has dwelling burglary changed", TestUser.Lead, "another-conversation");
        var (health, body) = await bot.HealthReportAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.Status);
        Assert.NotNull(first.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.Status);
        Assert.NotNull(second.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health);
        var report = JObject.Parse(body);
        Assert.Equal("Unhealthy", (string?)report["status"]);
        Assert.Contains("damaged", (string?)report["checks"]?["store"], StringComparison.Ordinal);
        Assert.False(bot.HasExited);
        await bot.WaitForOutputAsync("The store failed", TimeSpan.FromSeconds(10));
        Assert.True(bot.Output.Count(line => line.Contains("The store failed", StringComparison.Ordinal)) == 1, string.Join('\n', bot.Output));
    }

    /// <summary>Makes the store of case <paramref name="kind"/> and returns the path the bot is given.</summary>
    private string Prepare(string kind)
    {
        var path = _folder.File("safetybot.db");
        if (kind == "a folder")
        {
            Directory.CreateDirectory(path);
            return path;
        }

        StoreDamage.CreateSeeded(path);
        switch (kind)
        {
            case "read-only file":
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
                File.SetUnixFileMode(_folder.Path, (UnixFileMode)0b111_111_111);
                break;
            case "read-only folder":
                File.SetUnixFileMode(path, (UnixFileMode)0b110_110_110);
                File.SetUnixFileMode(_folder.Path, (UnixFileMode)0b101_101_101);
                break;
            default:
                StoreDamage.Apply(kind, path);
                break;
        }

        return path;
    }
}
